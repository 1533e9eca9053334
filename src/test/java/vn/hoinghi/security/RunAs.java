package vn.hoinghi.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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

    /** Runs the work as a user with that role, on this thread; the thread's previous user is restored. */
    public <T> T role(String username, String role, Supplier<T> work) {
        SecurityContext before = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        strategy.setContext(context);
        // CurrentUser reads the JVM-wide holder; when another test context (a browser test's) was started later,
        // that holder is not this context's strategy, so the user is set there too for the work's duration.
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext globalBefore = global == strategy ? null : global.getContext();
        if (global != strategy) {
            global.setContext(context);
        }
        try {
            return work.get();
        } finally {
            strategy.setContext(before);
            if (global != strategy) {
                global.setContext(globalBefore);
            }
        }
    }
}
