package vn.hoinghi.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of test set-up as a committee member, whoever the test itself runs as. Uses this application
 * context's own security-context strategy (Vaadin registers one per context), not the JVM-wide static holder,
 * which another test context may have replaced.
 */
@Component
public class RunAs {

    private final SecurityContextHolderStrategy strategy;

    RunAs(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T committee(String username, Supplier<T> work) {
        return role(username, AppRoles.STAFF, work);
    }

    /**
     * Runs the work as a user with that role, on this thread; the thread's previous user is restored. The user
     * is also put in the JVM-wide holder, which {@link CurrentUser} reads: with several test contexts in one JVM
     * that holder may belong to another context (in production there is one, and both are the same).
     */
    public <T> T role(String username, String role, Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))), work);
    }

    /** Runs the work as a display signed in with a screen link, as {@code ScreenLinkFilter} signs it in. */
    public <T> T screen(ScreenPass pass, Supplier<T> work) {
        return as(new PreAuthenticatedAuthenticationToken(pass, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SCREEN))), work);
    }

    private <T> T as(Authentication auth, Supplier<T> work) {
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext before = strategy.getContext();
        SecurityContext globalBefore = global.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        global.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(before);
            global.setContext(globalBefore);
        }
    }
}
