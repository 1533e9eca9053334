package vn.hoinghi.award.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.AWARD_DECISION;
import static vn.hoinghi.database.jooq.Tables.AWARD_QUOTA;
import static vn.hoinghi.database.jooq.Tables.NOMINATION;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.Nomination;
import vn.hoinghi.award.NominationFilter;
import vn.hoinghi.award.NominationStatus;
import vn.hoinghi.award.NominationValues;
import vn.hoinghi.base.SearchKey;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class NominationRepository {

    /** The proposing unit's name is the unit feature's: {@code NominationReader} puts it on the nomination. */
    private static final Field<String> UNIT_NAME = DSL.inline(null, String.class);
    private static final SelectField<Nomination> NOMINATION_ROW = row(NOMINATION.ID, NOMINATION.CONFERENCE_ID,
            NOMINATION.POSITION, NOMINATION.QUOTA_ID, AWARD_QUOTA.AWARD_FORM, AWARD_QUOTA.RECIPIENT_TYPE,
            NOMINATION.PROPOSING_UNIT_ID, UNIT_NAME, NOMINATION.FULL_NAME, NOMINATION.TITLE, NOMINATION.WORK_UNIT,
            NOMINATION.ACHIEVEMENT, NOMINATION.STATUS, NOMINATION.REFUSAL_REASON, NOMINATION.APPRAISED_BY,
            NOMINATION.APPRAISED_AT, NOMINATION.DECISION_ID, AWARD_DECISION.DECISION_NUMBER, NOMINATION.PRESENTED_AT,
            NOMINATION.CREATED_BY, NOMINATION.CREATED_AT, NOMINATION.VERSION).mapping(Nomination::new);

    private final DSLContext dsl;

    NominationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** In their stable order; {@code unitId} narrows to one proposing unit (a unit's own page). */
    public List<Nomination> find(long conferenceId, NominationFilter f, Long unitId) {
        Condition where = NOMINATION.CONFERENCE_ID.eq(conferenceId);
        if (unitId != null) {
            where = where.and(NOMINATION.PROPOSING_UNIT_ID.eq(unitId));
        }
        if (f.status() != null) {
            where = where.and(NOMINATION.STATUS.eq(f.status()));
        }
        if (f.type() != null) {
            where = where.and(AWARD_QUOTA.RECIPIENT_TYPE.eq(f.type()));
        }
        if (f.proposingUnitId() != null) {
            where = where.and(NOMINATION.PROPOSING_UNIT_ID.eq(f.proposingUnitId()));
        }
        if (f.form() != null) {
            where = where.and(AWARD_QUOTA.AWARD_FORM.eq(f.form()));
        }
        if (f.search() != null && !f.search().isBlank()) {
            where = where.and(NOMINATION.SEARCH_KEY.contains(SearchKey.fold(f.search())));
        }
        return select().where(where).orderBy(NOMINATION.POSITION).fetch(Record1::value1);
    }

    public Optional<Nomination> get(long id) {
        return select().where(NOMINATION.ID.eq(id)).fetchOptional(Record1::value1);
    }

    public List<Nomination> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : select().where(NOMINATION.ID.in(ids)).fetch(Record1::value1);
    }

    public List<Nomination> ofDecision(long decisionId) {
        return select().where(NOMINATION.DECISION_ID.eq(decisionId)).orderBy(NOMINATION.POSITION)
                .fetch(Record1::value1);
    }

    public List<Long> ids(long conferenceId) {
        return dsl.select(NOMINATION.ID).from(NOMINATION).where(NOMINATION.CONFERENCE_ID.eq(conferenceId))
                .fetch(NOMINATION.ID);
    }

    /** The next free place in the conference's order; the caller holds the conference's award settings lock. */
    public int nextPosition(long conferenceId) {
        Integer max = dsl.select(DSL.max(NOMINATION.POSITION)).from(NOMINATION)
                .where(NOMINATION.CONFERENCE_ID.eq(conferenceId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public long insert(long conferenceId, int position, NominationValues v, String by, Instant at) {
        return dsl.insertInto(NOMINATION)
                .set(NOMINATION.CONFERENCE_ID, conferenceId)
                .set(NOMINATION.POSITION, position)
                .set(values(v))
                .set(NOMINATION.STATUS, NominationStatus.PROPOSED)
                .set(NOMINATION.CREATED_BY, by)
                .set(NOMINATION.CREATED_AT, at)
                .returningResult(NOMINATION.ID)
                .fetchOne(NOMINATION.ID);
    }

    public boolean update(long id, int version, NominationValues v) {
        return dsl.update(NOMINATION).set(values(v)).set(NOMINATION.VERSION, version + 1)
                .where(NOMINATION.ID.eq(id).and(NOMINATION.VERSION.eq(version))).execute() == 1;
    }

    /** Accepted or refused: who appraised and when; the reason only for a refusal. */
    public boolean appraise(long id, int version, Set<NominationStatus> from, NominationStatus to, String reason,
                            String by, Instant at) {
        return move(id, version, from, to, Map.of(NOMINATION.REFUSAL_REASON, DSL.val(reason, String.class),
                NOMINATION.APPRAISED_BY, DSL.val(by), NOMINATION.APPRAISED_AT, DSL.val(at, NOMINATION.APPRAISED_AT)));
    }

    public boolean withdraw(long id, int version, Set<NominationStatus> from, String by, Instant at) {
        return move(id, version, from, NominationStatus.WITHDRAWN, Map.of(NOMINATION.WITHDRAWN_BY, DSL.val(by),
                NOMINATION.WITHDRAWN_AT, DSL.val(at, NOMINATION.WITHDRAWN_AT)));
    }

    public boolean restore(long id, int version) {
        return move(id, version, Set.of(NominationStatus.WITHDRAWN), NominationStatus.PROPOSED,
                Map.of(NOMINATION.WITHDRAWN_BY, DSL.val((String) null), NOMINATION.WITHDRAWN_AT,
                        DSL.val(null, NOMINATION.WITHDRAWN_AT)));
    }

    public boolean present(long id, int version, Instant at) {
        return move(id, version, Set.of(NominationStatus.DECIDED), NominationStatus.PRESENTED,
                Map.of(NOMINATION.PRESENTED_AT, DSL.val(at, NOMINATION.PRESENTED_AT)));
    }

    /** The ceremony moved past these recipients: decided ones become presented; returns how many did. */
    public int presentAll(Collection<Long> ids, Instant at) {
        return dsl.update(NOMINATION)
                .set(NOMINATION.STATUS, NominationStatus.PRESENTED)
                .set(NOMINATION.PRESENTED_AT, at)
                .set(NOMINATION.VERSION, NOMINATION.VERSION.plus(1))
                .where(NOMINATION.ID.in(ids).and(NOMINATION.STATUS.eq(NominationStatus.DECIDED)))
                .execute();
    }

    /** Their batch is back on stage (or the ceremony is reset): presented ones are only decided again. */
    public int unpresentAll(Collection<Long> ids) {
        return dsl.update(NOMINATION)
                .set(NOMINATION.STATUS, NominationStatus.DECIDED)
                .setNull(NOMINATION.PRESENTED_AT)
                .set(NOMINATION.VERSION, NOMINATION.VERSION.plus(1))
                .where(NOMINATION.ID.in(ids).and(NOMINATION.STATUS.eq(NominationStatus.PRESENTED)))
                .execute();
    }

    /** Puts accepted nominations into a decision; returns how many were still accepted and moved. */
    public int decide(Collection<Long> ids, long decisionId) {
        return dsl.update(NOMINATION)
                .set(NOMINATION.STATUS, NominationStatus.DECIDED)
                .set(NOMINATION.DECISION_ID, decisionId)
                .set(NOMINATION.VERSION, NOMINATION.VERSION.plus(1))
                .where(NOMINATION.ID.in(ids).and(NOMINATION.STATUS.eq(NominationStatus.ACCEPTED)))
                .execute();
    }

    /**
     * The places taken on a quota, read with a lock: after {@link QuotaRepository#lock} this sees what other
     * transactions committed while this one waited, not the snapshot it started with.
     */
    public int placedCount(long quotaId) {
        return dsl.selectCount().from(NOMINATION)
                .where(NOMINATION.QUOTA_ID.eq(quotaId).and(NOMINATION.STATUS.in(NominationStatus.PLACED)))
                .forUpdate().fetchOne(0, int.class);
    }

    /** For each quota, how many nominations stand in each status. */
    public Map<Long, Map<NominationStatus, Integer>> countsByQuota(long conferenceId) {
        Map<Long, Map<NominationStatus, Integer>> counts = new HashMap<>();
        dsl.select(NOMINATION.QUOTA_ID, NOMINATION.STATUS, DSL.count()).from(NOMINATION)
                .where(NOMINATION.CONFERENCE_ID.eq(conferenceId))
                .groupBy(NOMINATION.QUOTA_ID, NOMINATION.STATUS)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new EnumMap<>(NominationStatus.class))
                        .put(r.value2(), r.value3()));
        return counts;
    }

    public boolean usesQuota(long quotaId) {
        return dsl.fetchExists(NOMINATION, NOMINATION.QUOTA_ID.eq(quotaId));
    }

    private boolean move(long id, int version, Set<NominationStatus> from, NominationStatus to,
                         Map<Field<?>, Field<?>> extra) {
        return dsl.update(NOMINATION)
                .set(NOMINATION.STATUS, to)
                .set(extra)
                .set(NOMINATION.VERSION, version + 1)
                .where(NOMINATION.ID.eq(id).and(NOMINATION.VERSION.eq(version))
                        .and(NOMINATION.STATUS.in(from)))
                .execute() == 1;
    }

    private static Map<Field<?>, Object> values(NominationValues v) {
        Map<Field<?>, Object> m = new java.util.LinkedHashMap<>();
        m.put(NOMINATION.QUOTA_ID, v.quotaId());
        m.put(NOMINATION.PROPOSING_UNIT_ID, v.proposingUnitId());
        m.put(NOMINATION.FULL_NAME, v.fullName());
        m.put(NOMINATION.TITLE, v.title());
        m.put(NOMINATION.WORK_UNIT, v.workUnit());
        m.put(NOMINATION.ACHIEVEMENT, v.achievement());
        m.put(NOMINATION.SEARCH_KEY, v.searchKey());
        return m;
    }

    private SelectOnConditionStep<Record1<Nomination>> select() {
        return dsl.select(NOMINATION_ROW)
                .from(NOMINATION)
                .join(AWARD_QUOTA).on(AWARD_QUOTA.ID.eq(NOMINATION.QUOTA_ID))
                .leftJoin(AWARD_DECISION).on(AWARD_DECISION.ID.eq(NOMINATION.DECISION_ID));
    }
}
