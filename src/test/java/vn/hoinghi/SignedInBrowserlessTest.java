package vn.hoinghi;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A browserless UI test whose pages see the test's user. The test's user is set in this application context's
 * security strategy; browserless navigation reads the JVM-wide holder, which Vaadin hands to whichever test context
 * started last (a browser test's, in a full run) — so a navigation would otherwise land on the login page.
 */
public abstract class SignedInBrowserlessTest extends SpringBrowserlessTest {

    @Autowired ObjectProvider<SecurityContextHolderStrategy> securityContexts;

    @BeforeEach
    void sameUserForTheUi() {
        SecurityContextHolder.getContext().setAuthentication(securityContexts
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy).getContext().getAuthentication());
    }

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }
}
