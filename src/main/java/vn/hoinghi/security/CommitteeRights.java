package vn.hoinghi.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs one piece of work with the committee's rights, under the caller's own name ("system" when nobody is signed
 * in, as in a scheduled job), then restores the caller. Only for a consequence that a service has already checked
 * the caller may cause but that lives in a feature the caller cannot edit: a unit renaming the speaker of its
 * accepted contribution updates the agenda item made for it; the daily job mails the reminders.
 */
@Component
public class CommitteeRights {

    public static final String SYSTEM = "system";

    private final SecurityContextHolderStrategy strategy;

    CommitteeRights(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T call(Supplier<T> work) {
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext before = strategy.getContext();
        SecurityContext globalBefore = global.getContext();
        Authentication caller = before.getAuthentication();
        boolean signedIn = caller != null && caller.isAuthenticated() && !"anonymousUser".equals(caller.getPrincipal());
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (signedIn) {
            authorities.addAll(caller.getAuthorities());
        }
        authorities.add(new SimpleGrantedAuthority("ROLE_" + AppRoles.STAFF));
        String name = signedIn ? caller.getName() : SYSTEM;
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, authorities));
        strategy.setContext(context);
        global.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(before);
            global.setContext(globalBefore);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
