package vn.hoinghi.security.repository;

import static vn.hoinghi.database.jooq.Tables.ACCOUNT;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.SelectJoinStep;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.Account;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Credentials(String username, String passwordHash, String role, boolean enabled) {
    }

    public List<Account> findAll() {
        return select().orderBy(ACCOUNT.ROLE, ACCOUNT.USERNAME).fetch(Records.mapping(Account::new));
    }

    /** The enabled accounts with this role, by display name. */
    public List<Account> enabledWithRole(String role) {
        return select().where(ACCOUNT.ROLE.eq(role).and(ACCOUNT.ENABLED.isTrue()))
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID).fetch(Records.mapping(Account::new));
    }

    /** These accounts by display name. */
    public List<Account> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : select().where(ACCOUNT.ID.in(ids))
                .orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.ID).fetch(Records.mapping(Account::new));
    }

    public Optional<Long> idOf(String username) {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOptional(ACCOUNT.ID);
    }

    public Optional<Credentials> findCredentials(String username) {
        return dsl.select(ACCOUNT.USERNAME, ACCOUNT.PASSWORD_HASH, ACCOUNT.ROLE, ACCOUNT.ENABLED)
                .from(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(Records.mapping(Credentials::new));
    }

    public Optional<Long> unitOf(String username) {
        return dsl.select(ACCOUNT.UNIT_ID).from(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq(username).and(ACCOUNT.UNIT_ID.isNotNull()))
                .fetchOptional(ACCOUNT.UNIT_ID);
    }

    public int countOfUnit(long unitId) {
        return dsl.fetchCount(ACCOUNT, ACCOUNT.UNIT_ID.eq(unitId));
    }

    public boolean exists(String username) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(username));
    }

    public boolean isEmpty() {
        return !dsl.fetchExists(ACCOUNT);
    }

    private SelectJoinStep<Record8<Long, String, String, String, Long, Boolean, Integer, Instant>> select() {
        return dsl.select(ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, ACCOUNT.ROLE, ACCOUNT.UNIT_ID,
                ACCOUNT.ENABLED, ACCOUNT.VERSION, ACCOUNT.CREATED_AT).from(ACCOUNT);
    }

    public long insert(String username, String displayName, String passwordHash, String role, Long unitId,
                       boolean enabled) {
        return dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.USERNAME, username)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.ROLE, role)
                .set(ACCOUNT.UNIT_ID, unitId)
                .set(ACCOUNT.ENABLED, enabled)
                .set(ACCOUNT.CREATED_AT, Instant.now())
                .returningResult(ACCOUNT.ID)
                .fetchOne(ACCOUNT.ID);
    }

    /** Returns false when the row changed since {@code version} was read. */
    public boolean update(long id, int version, String displayName, String role, Long unitId, boolean enabled,
                          String newPasswordHash) {
        var update = dsl.update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.ROLE, role)
                .set(ACCOUNT.UNIT_ID, unitId)
                .set(ACCOUNT.ENABLED, enabled)
                .set(ACCOUNT.VERSION, version + 1);
        if (newPasswordHash != null) {
            update = update.set(ACCOUNT.PASSWORD_HASH, newPasswordHash);
        }
        return update.where(ACCOUNT.ID.eq(id).and(ACCOUNT.VERSION.eq(version))).execute() == 1;
    }
}
