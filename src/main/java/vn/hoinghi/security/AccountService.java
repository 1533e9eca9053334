package vn.hoinghi.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.security.repository.AccountRepository;

/** Accounts of the people who use HoiNghi. Only a committee admin manages them; the committee may name them. */
@Service
@Transactional
@PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
public class AccountService {

    /** Who may name the accounts holding a duty (a point's desk) and choose among them. */
    static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ConferenceAccess access;
    private final UnitDirectory units;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog,
                   ConferenceAccess access, UnitDirectory units) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Account> list() {
        return accounts.findAll();
    }

    /** The accounts that speak for this unit: a unit they name is not deleted. Asked by the committee too. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public int accountsOfUnit(long unitId) {
        return accounts.countOfUnit(unitId);
    }

    /** The enabled accounts with this role, by display name: whom the committee may give a duty. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<Account> enabledWithRole(String role) {
        return accounts.enabledWithRole(role);
    }

    /** These accounts by display name (an id of no account is left out): to name who holds a duty. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<Account> byIds(Collection<Long> ids) {
        return accounts.byIds(ids);
    }

    public long create(AccountDraft draft) {
        validate(draft, true);
        checkUnitsProvince(draft, Set.of());
        String username = UserNames.canonical(draft.username()); // "Admin" and "ädmin" would be the same login
        if (accounts.exists(username)) {
            throw new ValidationException(Map.of("username", Texts.t("account.usernameTaken", username)));
        }
        long id = accounts.insert(username, SearchKey.clean(draft.displayName()),
                passwordEncoder.encode(draft.password()), draft.role(), unitOf(draft), draft.enabled());
        auditLog.record("account.create", "account", id, username + " (" + draft.role() + ")");
        serve(id, draft);
        return id;
    }

    public void update(long id, int version, AccountDraft draft) {
        validate(draft, false);
        checkUnitsProvince(draft, access.bindings().getOrDefault(id, Set.of()));
        String hash = isBlank(draft.password()) ? null : passwordEncoder.encode(draft.password());
        if (!accounts.update(id, version, SearchKey.clean(draft.displayName()), draft.role(), unitOf(draft),
                draft.enabled(), hash)) {
            throw new VersionConflictException(Texts.t("account.changedByOther"));
        }
        auditLog.record("account.update", "account", id,
                draft.username() + " (" + draft.role() + (draft.enabled() ? "" : ", disabled") + (hash != null ? ", new password" : "") + ")");
        serve(id, draft);
    }

    /** Every account's conferences, by account id. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> conferences() {
        return access.bindings();
    }

    /** The committee serves every conference and keeps no list; another account the one it was given, if any. */
    private void serve(long id, AccountDraft draft) {
        if (AppRoles.ADMIN.equals(draft.role()) || AppRoles.STAFF.equals(draft.role())) {
            access.replace(id, Set.of());
        } else if (draft.conferenceIds() != null) {
            access.replace(id, draft.conferenceIds());
        }
    }

    private static void validate(AccountDraft draft, boolean isNew) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!UserNames.isValid(UserNames.canonical(draft.username()))) {
            errors.put("username", Texts.t("account.usernameRule"));
        }
        if (isBlank(draft.displayName())) {
            errors.put("displayName", Texts.t("account.displayNameMissing"));
        }
        if (draft.role() == null || !AppRoles.ALL.contains(draft.role())) {
            errors.put("role", Texts.t("account.roleMissing"));
        } else if (AppRoles.UNIT.equals(draft.role()) && draft.unitId() == null) {
            errors.put("unit", Texts.t("account.unitMissing"));
        }
        if ((isNew || !isBlank(draft.password()))
                && (draft.password() == null || draft.password().length() < MIN_PASSWORD_LENGTH)) {
            errors.put("password", Texts.t("account.passwordTooShort", String.valueOf(MIN_PASSWORD_LENGTH)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A unit's account serves only conferences of its unit's province (decision 034). */
    private void checkUnitsProvince(AccountDraft draft, Set<Long> servedNow) {
        Long unit = unitOf(draft);
        if (unit != null) {
            units.refusal(unit, draft.conferenceIds() == null ? servedNow : draft.conferenceIds())
                    .ifPresent(message -> {
                        throw new ValidationException(Map.of("unit", message));
                    });
        }
    }

    /** Only a unit's representative speaks for a unit. */
    private static Long unitOf(AccountDraft draft) {
        return AppRoles.UNIT.equals(draft.role()) ? draft.unitId() : null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
