package vn.hoinghi.checkin.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.CHECKIN;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.checkin.Checkin;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class CheckinRepository {

    private static final SelectField<Checkin> CHECKIN_ROW = row(CHECKIN.ID, CHECKIN.CONFERENCE_ID, CHECKIN.DELEGATE_ID,
            CHECKIN.ATTENDEE_NAME, CHECKIN.SUBSTITUTE, CHECKIN.GATE, CHECKIN.METHOD, CHECKIN.CHECKED_IN_AT,
            CHECKIN.CHECKED_IN_BY, CHECKIN.REQUEST_ID, CHECKIN.ANNULLED_AT, CHECKIN.ANNULLED_BY, CHECKIN.ANNUL_REASON)
            .mapping(Checkin::new);

    private final DSLContext dsl;

    CheckinRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The single-row conditional update that decides who wins when gates scan the same person at once. */
    public boolean markCheckedIn(long delegateId, Instant at) {
        return dsl.update(DELEGATE)
                .set(DELEGATE.CHECKED_IN_AT, at)
                .where(DELEGATE.ID.eq(delegateId).and(DELEGATE.CHECKED_IN_AT.isNull()))
                .execute() == 1;
    }

    /**
     * Of these delegates, those not checked in yet, their rows locked until the transaction ends: a group of scans
     * then checks them in without another gate slipping in between.
     */
    public Set<Long> lockNotCheckedIn(Collection<Long> delegateIds) {
        return new HashSet<>(dsl.select(DELEGATE.ID).from(DELEGATE)
                .where(DELEGATE.ID.in(delegateIds).and(DELEGATE.CHECKED_IN_AT.isNull()))
                .orderBy(DELEGATE.ID).forUpdate().fetch(DELEGATE.ID));
    }

    /** Marks delegates locked by {@link #lockNotCheckedIn} as checked in; how many rows changed. */
    public int markCheckedIn(Collection<Long> delegateIds, Instant at) {
        return dsl.update(DELEGATE).set(DELEGATE.CHECKED_IN_AT, at)
                .where(DELEGATE.ID.in(delegateIds).and(DELEGATE.CHECKED_IN_AT.isNull())).execute();
    }

    /** A new check-in row; the id is given by the database. */
    public record NewCheckin(long conferenceId, long delegateId, String attendee, boolean substitute, String gate,
                             String method, Instant at, String by, String requestId) {
    }

    /** Several check-ins in one statement. */
    public void insertAll(List<NewCheckin> rows) {
        var insert = dsl.insertInto(CHECKIN, CHECKIN.CONFERENCE_ID, CHECKIN.DELEGATE_ID, CHECKIN.ATTENDEE_NAME,
                CHECKIN.SUBSTITUTE, CHECKIN.GATE, CHECKIN.METHOD, CHECKIN.CHECKED_IN_AT, CHECKIN.CHECKED_IN_BY,
                CHECKIN.REQUEST_ID);
        for (NewCheckin c : rows) {
            insert = insert.values(c.conferenceId(), c.delegateId(), c.attendee(), c.substitute(), c.gate(), c.method(),
                    c.at(), c.by(), c.requestId());
        }
        insert.execute();
    }

    /** The active (not annulled) check-in of each of these delegates that has one. */
    public Map<Long, Checkin> active(Collection<Long> delegateIds) {
        Map<Long, Checkin> found = new HashMap<>();
        select().where(CHECKIN.DELEGATE_ID.in(delegateIds).and(CHECKIN.ANNULLED_AT.isNull()))
                .orderBy(CHECKIN.ID).fetch(Record1::value1).forEach(c -> found.put(c.delegateId(), c));
        return found;
    }

    public long insert(long conferenceId, long delegateId, String attendee, boolean substitute, String gate,
                       String method, Instant at, String by, String requestId) {
        return dsl.insertInto(CHECKIN)
                .set(CHECKIN.CONFERENCE_ID, conferenceId)
                .set(CHECKIN.DELEGATE_ID, delegateId)
                .set(CHECKIN.ATTENDEE_NAME, attendee)
                .set(CHECKIN.SUBSTITUTE, substitute)
                .set(CHECKIN.GATE, gate)
                .set(CHECKIN.METHOD, method)
                .set(CHECKIN.CHECKED_IN_AT, at)
                .set(CHECKIN.CHECKED_IN_BY, by)
                .set(CHECKIN.REQUEST_ID, requestId)
                .returningResult(CHECKIN.ID).fetchOne(CHECKIN.ID);
    }

    public Optional<Checkin> active(long delegateId) {
        return select().where(CHECKIN.DELEGATE_ID.eq(delegateId).and(CHECKIN.ANNULLED_AT.isNull()))
                .orderBy(CHECKIN.ID.desc()).limit(1).fetchOptional(Record1::value1);
    }

    public Optional<Checkin> byRequest(long conferenceId, String requestId) {
        return select().where(CHECKIN.CONFERENCE_ID.eq(conferenceId).and(CHECKIN.REQUEST_ID.eq(requestId)))
                .fetchOptional(Record1::value1);
    }

    public Optional<Checkin> get(long id) {
        return select().where(CHECKIN.ID.eq(id)).fetchOptional(Record1::value1);
    }

    public List<Checkin> recent(long conferenceId, String gate, int limit) {
        var where = CHECKIN.CONFERENCE_ID.eq(conferenceId);
        if (gate != null) {
            where = where.and(CHECKIN.GATE.eq(gate));
        }
        return select().where(where).orderBy(CHECKIN.ID.desc()).limit(limit).fetch(Record1::value1);
    }

    public void annul(long id, long delegateId, Instant at, String by, String reason) {
        dsl.update(CHECKIN).set(CHECKIN.ANNULLED_AT, at).set(CHECKIN.ANNULLED_BY, by)
                .set(CHECKIN.ANNUL_REASON, reason).where(CHECKIN.ID.eq(id)).execute();
        dsl.update(DELEGATE).setNull(DELEGATE.CHECKED_IN_AT).where(DELEGATE.ID.eq(delegateId)).execute();
    }

    private SelectJoinStep<Record1<Checkin>> select() {
        return dsl.select(CHECKIN_ROW).from(CHECKIN);
    }
}
