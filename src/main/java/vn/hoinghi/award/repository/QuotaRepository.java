package vn.hoinghi.award.repository;

import static vn.hoinghi.database.jooq.Tables.AWARD_QUOTA;
import static vn.hoinghi.database.jooq.Tables.AWARD_SETTING;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.Quota;
import vn.hoinghi.award.RecipientType;

/** The quotas (award_quota) and the per-conference award settings (award_setting). */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class QuotaRepository {

    private final DSLContext dsl;

    QuotaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record Settings(Instant deadline, int version) {
    }

    public List<Quota> quotas(long conferenceId) {
        return dsl.select(AWARD_QUOTA.ID, AWARD_QUOTA.CONFERENCE_ID, AWARD_QUOTA.AWARD_FORM, AWARD_QUOTA.RECIPIENT_TYPE,
                        AWARD_QUOTA.QUOTA)
                .from(AWARD_QUOTA).where(AWARD_QUOTA.CONFERENCE_ID.eq(conferenceId))
                .orderBy(AWARD_QUOTA.ID).fetch(Records.mapping(Quota::new));
    }

    /**
     * Locks the quota row until the transaction ends and returns its number: whoever accepts a nomination on
     * this quota at the same moment waits here, then counts the places after this transaction's change.
     */
    public int lock(long quotaId) {
        return dsl.select(AWARD_QUOTA.QUOTA).from(AWARD_QUOTA).where(AWARD_QUOTA.ID.eq(quotaId)).forUpdate()
                .fetchOne(AWARD_QUOTA.QUOTA);
    }

    public long insert(long conferenceId, String form, RecipientType type, int quota) {
        return dsl.insertInto(AWARD_QUOTA)
                .set(AWARD_QUOTA.CONFERENCE_ID, conferenceId)
                .set(AWARD_QUOTA.AWARD_FORM, form)
                .set(AWARD_QUOTA.RECIPIENT_TYPE, type)
                .set(AWARD_QUOTA.QUOTA, quota)
                .returningResult(AWARD_QUOTA.ID)
                .fetchOne(AWARD_QUOTA.ID);
    }

    public void update(long quotaId, String form, int quota) {
        dsl.update(AWARD_QUOTA).set(AWARD_QUOTA.AWARD_FORM, form).set(AWARD_QUOTA.QUOTA, quota)
                .where(AWARD_QUOTA.ID.eq(quotaId)).execute();
    }

    public void delete(long quotaId) {
        dsl.deleteFrom(AWARD_QUOTA).where(AWARD_QUOTA.ID.eq(quotaId)).execute();
    }

    public Optional<Settings> settings(long conferenceId) {
        return dsl.select(AWARD_SETTING.NOMINATION_DEADLINE, AWARD_SETTING.VERSION).from(AWARD_SETTING)
                .where(AWARD_SETTING.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(Records.mapping(Settings::new));
    }

    /**
     * Locks the conference's settings row (made if missing): quota edits and new nominations (their positions)
     * of one conference take turns on it. Returns the version.
     */
    public int lockSettings(long conferenceId) {
        // Select first: an INSERT IGNORE on an existing row takes a shared lock, and two of those upgrading deadlock.
        Optional<Integer> version = lockedVersion(conferenceId);
        if (version.isPresent()) {
            return version.get();
        }
        dsl.insertInto(AWARD_SETTING).set(AWARD_SETTING.CONFERENCE_ID, conferenceId).onDuplicateKeyIgnore().execute();
        return lockedVersion(conferenceId).orElseThrow();
    }

    private Optional<Integer> lockedVersion(long conferenceId) {
        return dsl.select(AWARD_SETTING.VERSION).from(AWARD_SETTING)
                .where(AWARD_SETTING.CONFERENCE_ID.eq(conferenceId)).forUpdate().fetchOptional(AWARD_SETTING.VERSION);
    }

    public boolean updateSettings(long conferenceId, int version, Instant deadline) {
        return dsl.update(AWARD_SETTING)
                .set(AWARD_SETTING.NOMINATION_DEADLINE, deadline)
                .set(AWARD_SETTING.VERSION, version + 1)
                .where(AWARD_SETTING.CONFERENCE_ID.eq(conferenceId).and(AWARD_SETTING.VERSION.eq(version)))
                .execute() == 1;
    }
}
