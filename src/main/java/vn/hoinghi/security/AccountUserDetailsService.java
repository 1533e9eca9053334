package vn.hoinghi.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.repository.AccountRepository;

/** Loads accounts for login by the canonical form of the name typed (see {@link UserNames}, {@link ThrottledLogin}). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String canonical = UserNames.canonical(username);
        if (canonical.length() > UserNames.MAX_LENGTH) {
            throw new UsernameNotFoundException("unknown");
        }
        var credentials = accounts.findCredentials(canonical).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .roles(credentials.role())
                .disabled(!credentials.enabled())
                .build();
    }
}
