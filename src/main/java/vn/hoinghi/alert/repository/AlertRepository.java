package vn.hoinghi.alert.repository;

import static vn.hoinghi.database.jooq.Tables.POINT_ALERT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.alert.AlertKind;
import vn.hoinghi.alert.PointAlert;

/** Alerts about points. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AlertRepository {

    /** point_alert.notified. */
    public static final int NOTIFIED_LENGTH = 1000;
    /** point_alert.acknowledged_by. */
    public static final int ACKNOWLEDGER_LENGTH = 100;

    private final DSLContext dsl;

    AlertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every alert of the conference, oldest first. */
    public List<PointAlert> history(long conferenceId) {
        return dsl.selectFrom(POINT_ALERT).where(POINT_ALERT.CONFERENCE_ID.eq(conferenceId))
                .orderBy(POINT_ALERT.RAISED_AT, POINT_ALERT.ID)
                .fetch(AlertRepository::alert);
    }

    /** The alerts that still want a person: neither cleared nor acknowledged, newest first. */
    public List<PointAlert> open(long conferenceId) {
        return dsl.selectFrom(POINT_ALERT).where(POINT_ALERT.CONFERENCE_ID.eq(conferenceId))
                .and(POINT_ALERT.CLEARED_AT.isNull()).and(POINT_ALERT.ACKNOWLEDGED_AT.isNull())
                .orderBy(POINT_ALERT.RAISED_AT.desc(), POINT_ALERT.ID.desc())
                .fetch(AlertRepository::alert);
    }

    public Optional<PointAlert> get(long id) {
        return dsl.selectFrom(POINT_ALERT).where(POINT_ALERT.ID.eq(id)).fetchOptional(AlertRepository::alert);
    }

    /** Whether the point has an alert of this kind not cleared yet (acknowledged or not). */
    public boolean hasUncleared(long pointId, AlertKind kind) {
        return dsl.fetchExists(POINT_ALERT, POINT_ALERT.MEETING_POINT_ID.eq(pointId)
                .and(POINT_ALERT.KIND.eq(kind)).and(POINT_ALERT.CLEARED_AT.isNull()));
    }

    public long insert(long conferenceId, long pointId, AlertKind kind, Instant raisedAt) {
        return dsl.insertInto(POINT_ALERT)
                .set(POINT_ALERT.CONFERENCE_ID, conferenceId)
                .set(POINT_ALERT.MEETING_POINT_ID, pointId)
                .set(POINT_ALERT.KIND, kind)
                .set(POINT_ALERT.RAISED_AT, raisedAt)
                .returningResult(POINT_ALERT.ID).fetchOne(r -> r.value1());
    }

    public void setNotified(long id, String notified) {
        String text = notified.length() > NOTIFIED_LENGTH ? notified.substring(0, NOTIFIED_LENGTH) : notified;
        dsl.update(POINT_ALERT).set(POINT_ALERT.NOTIFIED, text).where(POINT_ALERT.ID.eq(id)).execute();
    }

    /** Clears the point's uncleared alerts of these kinds; how many. */
    public int clear(long pointId, List<AlertKind> kinds, Instant at) {
        return dsl.update(POINT_ALERT).set(POINT_ALERT.CLEARED_AT, at)
                .where(POINT_ALERT.MEETING_POINT_ID.eq(pointId)).and(POINT_ALERT.KIND.in(kinds))
                .and(POINT_ALERT.CLEARED_AT.isNull()).execute();
    }

    /** Clears every uncleared alert of the conference; how many. */
    public int clearAll(long conferenceId, Instant at) {
        return dsl.update(POINT_ALERT).set(POINT_ALERT.CLEARED_AT, at)
                .where(POINT_ALERT.CONFERENCE_ID.eq(conferenceId)).and(POINT_ALERT.CLEARED_AT.isNull()).execute();
    }

    /** Records who acknowledged the alert, unless someone already did; whether this call did. */
    public boolean acknowledge(long id, Instant at, String by) {
        return dsl.update(POINT_ALERT).set(POINT_ALERT.ACKNOWLEDGED_AT, at).set(POINT_ALERT.ACKNOWLEDGED_BY, by)
                .where(POINT_ALERT.ID.eq(id)).and(POINT_ALERT.ACKNOWLEDGED_AT.isNull()).execute() == 1;
    }

    static PointAlert alert(Record r) {
        return new PointAlert(r.get(POINT_ALERT.ID), r.get(POINT_ALERT.CONFERENCE_ID),
                r.get(POINT_ALERT.MEETING_POINT_ID), r.get(POINT_ALERT.KIND), r.get(POINT_ALERT.RAISED_AT),
                r.get(POINT_ALERT.NOTIFIED), r.get(POINT_ALERT.CLEARED_AT), r.get(POINT_ALERT.ACKNOWLEDGED_AT),
                r.get(POINT_ALERT.ACKNOWLEDGED_BY));
    }
}
