package vn.hoinghi.point.repository;

import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;
import static vn.hoinghi.database.jooq.Tables.POINT_COORDINATOR;
import static vn.hoinghi.database.jooq.Tables.POINT_STATUS_EVENT;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.PointState;
import vn.hoinghi.point.StatusReport;

/** What changes at a point on the day (status, headcount) and who coordinates it. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PointDayRepository {

    private final DSLContext dsl;

    PointDayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Leaves the version alone: a status report must not make the committee's open edit form conflict. Each report
     * is also kept in order, for the record of the point's day.
     */
    public void setStatus(long conferenceId, long pointId, ConnectionStatus status, Instant at, String by) {
        dsl.insertInto(POINT_STATUS_EVENT)
                .set(POINT_STATUS_EVENT.CONFERENCE_ID, conferenceId)
                .set(POINT_STATUS_EVENT.MEETING_POINT_ID, pointId)
                .set(POINT_STATUS_EVENT.STATUS, status)
                .set(POINT_STATUS_EVENT.REPORTED_AT, at)
                .set(POINT_STATUS_EVENT.REPORTED_BY, by)
                .execute();
        dsl.update(MEETING_POINT)
                .set(MEETING_POINT.CONNECTION_STATUS, status)
                .set(MEETING_POINT.STATUS_CHANGED_AT, at)
                .set(MEETING_POINT.STATUS_CHANGED_BY, by)
                .set(MEETING_POINT.LAST_REPORT_AT, at)
                .where(MEETING_POINT.ID.eq(pointId))
                .execute();
    }

    /** Far more reports than 250 points make in a day (a report a minute each for eight hours is 120,000). */
    public static final int MAX_HISTORY = 200_000;

    /** The conference's status reports in the order they were made. */
    public List<StatusReport> history(long conferenceId) {
        return dsl.select(POINT_STATUS_EVENT.MEETING_POINT_ID, POINT_STATUS_EVENT.STATUS,
                        POINT_STATUS_EVENT.REPORTED_AT, POINT_STATUS_EVENT.REPORTED_BY)
                .from(POINT_STATUS_EVENT)
                .where(POINT_STATUS_EVENT.CONFERENCE_ID.eq(conferenceId))
                .orderBy(POINT_STATUS_EVENT.REPORTED_AT, POINT_STATUS_EVENT.ID)
                .limit(MAX_HISTORY)
                .fetch(r -> new StatusReport(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public void setHeadcount(long pointId, int headcount, Instant at, String by) {
        dsl.update(MEETING_POINT)
                .set(MEETING_POINT.HEADCOUNT, headcount)
                .set(MEETING_POINT.HEADCOUNT_AT, at)
                .set(MEETING_POINT.HEADCOUNT_BY, by)
                .set(MEETING_POINT.LAST_REPORT_AT, at)
                .where(MEETING_POINT.ID.eq(pointId))
                .execute();
    }

    /** Every point of the conference back to "not tested", its headcount and last report cleared; returns how many. */
    public int resetDay(long conferenceId) {
        return dsl.update(MEETING_POINT)
                .set(MEETING_POINT.CONNECTION_STATUS, ConnectionStatus.NOT_TESTED)
                .setNull(MEETING_POINT.STATUS_CHANGED_AT)
                .setNull(MEETING_POINT.STATUS_CHANGED_BY)
                .setNull(MEETING_POINT.HEADCOUNT)
                .setNull(MEETING_POINT.HEADCOUNT_AT)
                .setNull(MEETING_POINT.HEADCOUNT_BY)
                .setNull(MEETING_POINT.LAST_REPORT_AT)
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId))
                .execute();
    }

    public Optional<PointState> state(long pointId) {
        return dsl.select(PointRepository.STATE).from(MEETING_POINT).where(MEETING_POINT.ID.eq(pointId))
                .fetchOptional(Record1::value1);
    }

    /**
     * One point per account and conference: assigning again moves the account. (Delete and insert, because
     * jOOQ's MySQL upsert uses a row alias that MariaDB does not understand.)
     */
    public void assign(long conferenceId, long accountId, long pointId) {
        unassign(conferenceId, accountId);
        dsl.insertInto(POINT_COORDINATOR)
                .set(POINT_COORDINATOR.CONFERENCE_ID, conferenceId)
                .set(POINT_COORDINATOR.ACCOUNT_ID, accountId)
                .set(POINT_COORDINATOR.MEETING_POINT_ID, pointId)
                .execute();
    }

    public void unassign(long conferenceId, long accountId) {
        dsl.deleteFrom(POINT_COORDINATOR)
                .where(POINT_COORDINATOR.CONFERENCE_ID.eq(conferenceId).and(POINT_COORDINATOR.ACCOUNT_ID.eq(accountId)))
                .execute();
    }

    /** Who coordinates a point in the conference: account id → point id. */
    public Map<Long, Long> assignments(long conferenceId) {
        return dsl.select(POINT_COORDINATOR.ACCOUNT_ID, POINT_COORDINATOR.MEETING_POINT_ID).from(POINT_COORDINATOR)
                .where(POINT_COORDINATOR.CONFERENCE_ID.eq(conferenceId))
                .fetchMap(POINT_COORDINATOR.ACCOUNT_ID, POINT_COORDINATOR.MEETING_POINT_ID);
    }

    /** The point the account coordinates in the conference (one at most). */
    public Optional<Long> pointOf(long accountId, long conferenceId) {
        return dsl.select(POINT_COORDINATOR.MEETING_POINT_ID).from(POINT_COORDINATOR)
                .where(POINT_COORDINATOR.ACCOUNT_ID.eq(accountId).and(POINT_COORDINATOR.CONFERENCE_ID.eq(conferenceId)))
                .fetchOptional(POINT_COORDINATOR.MEETING_POINT_ID);
    }

    public boolean coordinates(long accountId, long pointId) {
        return dsl.fetchExists(POINT_COORDINATOR, POINT_COORDINATOR.ACCOUNT_ID.eq(accountId)
                .and(POINT_COORDINATOR.MEETING_POINT_ID.eq(pointId)));
    }
}
