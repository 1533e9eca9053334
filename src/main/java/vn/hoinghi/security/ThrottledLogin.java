package vn.hoinghi.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login form's check. The typed name becomes its canonical form; a name locked for this client address is
 * refused before anything else; then Spring's password check runs, which hashes the typed password against a dummy
 * when no account has the name, so an unknown name answers as slowly and with the same words as a wrong password.
 * Whether the account is disabled is told only after its password was right.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

    static final String REFUSED = "Bad credentials";
    static final String LOCKED = "Too many failed sign-ins";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogin(UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(account -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication typed) {
        String username = UserNames.canonical(typed.getName());
        LoginThrottle.Key key = new LoginThrottle.Key(username, address(typed));
        if (!throttle.lockedFor(key).isZero()) {
            throw new LockedException(LOCKED);
        }
        var canonical = UsernamePasswordAuthenticationToken.unauthenticated(username, typed.getCredentials());
        canonical.setDetails(typed.getDetails());
        try {
            Authentication done = passwords.authenticate(canonical);
            throttle.succeeded(key);
            return done;
        } catch (BadCredentialsException e) {
            throttle.failed(key);
            throw new BadCredentialsException(REFUSED);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address; behind a trusted reverse proxy the forwarded one (server.forward-headers-strategy). */
    private static String address(Authentication typed) {
        return typed.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }
}
