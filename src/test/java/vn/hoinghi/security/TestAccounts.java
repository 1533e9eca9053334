package vn.hoinghi.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.security.repository.AccountRepository;

/** Makes accounts for tests directly, as the bootstrap does, without needing an admin session. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "dung-mat-khau-1";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    TestAccounts(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate tx) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tx = tx;
    }

    public String ensure(String username, String role) {
        return ensure(username, role, null);
    }

    /** A unit's representative speaking for that unit. */
    public String ensureUnit(String username, long unitId) {
        return ensure(username, AppRoles.UNIT, unitId);
    }

    private String ensure(String username, String role, Long unitId) {
        tx.executeWithoutResult(s -> {
            if (!accounts.exists(username)) {
                accounts.insert(username, "Người thử " + username, encoder.encode(PASSWORD), role, unitId, true);
            }
        });
        return username;
    }
}
