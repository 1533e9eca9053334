package vn.hoinghi.checkin.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.CHECKIN;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.checkin.Checkin;
import vn.hoinghi.checkin.CheckinMethod;

/** The check-ins: only {@code CheckinWriter} adds them. */
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

    /** A new check-in row; the id is given by the database. */
    public record NewCheckin(long conferenceId, long delegateId, String attendee, boolean substitute, String gate,
                             CheckinMethod method, Instant at, String by, String requestId) {
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
        return activeByDelegate(CHECKIN.DELEGATE_ID.in(delegateIds));
    }

    /** The conference's active check-ins, by delegate. */
    public Map<Long, Checkin> activeByDelegate(long conferenceId) {
        return activeByDelegate(CHECKIN.CONFERENCE_ID.eq(conferenceId));
    }

    private Map<Long, Checkin> activeByDelegate(Condition which) {
        Map<Long, Checkin> found = new HashMap<>();
        select().where(which.and(CHECKIN.ANNULLED_AT.isNull())).orderBy(CHECKIN.ID).fetch(Record1::value1)
                .forEach(c -> found.put(c.delegateId(), c));
        return found;
    }

    /** One check-in; its id, given by the database. */
    public long insert(NewCheckin c) {
        return dsl.insertInto(CHECKIN)
                .set(CHECKIN.CONFERENCE_ID, c.conferenceId())
                .set(CHECKIN.DELEGATE_ID, c.delegateId())
                .set(CHECKIN.ATTENDEE_NAME, c.attendee())
                .set(CHECKIN.SUBSTITUTE, c.substitute())
                .set(CHECKIN.GATE, c.gate())
                .set(CHECKIN.METHOD, c.method())
                .set(CHECKIN.CHECKED_IN_AT, c.at())
                .set(CHECKIN.CHECKED_IN_BY, c.by())
                .set(CHECKIN.REQUEST_ID, c.requestId())
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

    public void annul(long id, Instant at, String by, String reason) {
        dsl.update(CHECKIN).set(CHECKIN.ANNULLED_AT, at).set(CHECKIN.ANNULLED_BY, by)
                .set(CHECKIN.ANNUL_REASON, reason).where(CHECKIN.ID.eq(id)).execute();
    }

    private SelectJoinStep<Record1<Checkin>> select() {
        return dsl.select(CHECKIN_ROW).from(CHECKIN);
    }
}
