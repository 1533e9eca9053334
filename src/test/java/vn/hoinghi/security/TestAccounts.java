package vn.hoinghi.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.security.repository.AccountRepository;
import vn.hoinghi.security.repository.ServedConferenceRepository;

/** Makes accounts for tests directly, as the bootstrap does, without needing an admin session. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "dung-mat-khau-1";

    private final AccountRepository accounts;
    private final ServedConferenceRepository served;
    private final ConferenceAccess access;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    TestAccounts(AccountRepository accounts, ServedConferenceRepository served, ConferenceAccess access,
                 PasswordEncoder encoder, TransactionTemplate tx) {
        this.accounts = accounts;
        this.served = served;
        this.access = access;
        this.encoder = encoder;
        this.tx = tx;
    }

    /**
     * An account of this role that serves these conferences too (decision 021), as the committee binds it on the
     * accounts page; made if missing. A gate, MC, point, screen or unit account opens no conference without it.
     */
    public String serving(String username, String role, long... conferenceIds) {
        ensure(username, role);
        bind(username, conferenceIds);
        return username;
    }

    /** A unit's representative speaking for that unit and serving these conferences. */
    public String unitServing(String username, long unitId, long... conferenceIds) {
        ensureUnit(username, unitId);
        bind(username, conferenceIds);
        return username;
    }

    private void bind(String username, long... conferenceIds) {
        tx.executeWithoutResult(s -> {
            long id = accounts.idOf(username).orElseThrow();
            for (long conference : conferenceIds) {
                served.add(id, conference);
            }
            access.forgetAfterCommit();
        });
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
