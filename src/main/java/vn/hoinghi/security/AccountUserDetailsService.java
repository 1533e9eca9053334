package vn.hoinghi.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.repository.AccountRepository;

/** Loads accounts for login; a throttled user name comes back locked, so its password is not even checked. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var credentials = accounts.findCredentials(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .roles(credentials.role())
                .disabled(!credentials.enabled())
                .accountLocked(!throttle.lockedFor(username).isZero())
                .build();
    }
}
