package vn.hoinghi.security;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts a test's {@code @WithMockUser} also in the JVM-wide security holder, which {@link CurrentUser} (roles, audit
 * actor) reads. {@code @WithMockUser} fills this application context's own strategy; with several test contexts in
 * one JVM the JVM-wide holder is whichever context started last (in production both are the same). Register it
 * after the Spring extension ({@code @IntegrationTest} first), so the test's user is already set.
 */
public class JvmWideTestUser implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolderStrategy own = SpringExtension.getApplicationContext(context)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContextHolder.getContext().setAuthentication(own.getContext().getAuthentication());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
