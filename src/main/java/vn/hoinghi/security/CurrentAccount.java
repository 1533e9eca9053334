package vn.hoinghi.security;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.repository.AccountRepository;

/** What the stored account of the signed-in user says beyond the role: its id, the unit a representative speaks for. */
@Service
public class CurrentAccount {

    private final AccountRepository accounts;

    CurrentAccount(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The unit of the signed-in user's account, if the admin linked one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> unitId() {
        return accounts.unitOf(CurrentUser.usernameOrSystem());
    }

    /** The signed-in user's account; none for a display signed in with a screen link. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> id() {
        return accounts.idOf(CurrentUser.usernameOrSystem());
    }
}
