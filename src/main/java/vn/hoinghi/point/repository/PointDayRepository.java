package vn.hoinghi.point.repository;

import static vn.hoinghi.database.jooq.Tables.ACCOUNT;
import static vn.hoinghi.database.jooq.Tables.CONFERENCE;
import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;
import static vn.hoinghi.database.jooq.Tables.POINT_COORDINATOR;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.PointCoordinator;
import vn.hoinghi.point.PointState;

/** What changes at a point on the day (status, headcount) and who coordinates it. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PointDayRepository {

    private final DSLContext dsl;

    PointDayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Leaves the version alone: a status report must not make the committee's open edit form conflict. */
    public void setStatus(long pointId, ConnectionStatus status, Instant at, String by) {
        dsl.update(MEETING_POINT)
                .set(MEETING_POINT.CONNECTION_STATUS, status)
                .set(MEETING_POINT.STATUS_CHANGED_AT, at)
                .set(MEETING_POINT.STATUS_CHANGED_BY, by)
                .where(MEETING_POINT.ID.eq(pointId))
                .execute();
    }

    public void setExtraAttendees(long pointId, int extra) {
        dsl.update(MEETING_POINT).set(MEETING_POINT.EXTRA_ATTENDEES, extra).where(MEETING_POINT.ID.eq(pointId)).execute();
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

    public List<PointCoordinator> coordinators(long conferenceId) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, POINT_COORDINATOR.MEETING_POINT_ID)
                .from(POINT_COORDINATOR).join(ACCOUNT).on(ACCOUNT.ID.eq(POINT_COORDINATOR.ACCOUNT_ID))
                .where(POINT_COORDINATOR.CONFERENCE_ID.eq(conferenceId))
                .orderBy(ACCOUNT.DISPLAY_NAME)
                .fetch(Records.mapping(PointCoordinator::new));
    }

    /** The enabled coordinator accounts the committee can assign. */
    public List<PointCoordinator> candidates(String role) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, DSL.inline(0L))
                .from(ACCOUNT).where(ACCOUNT.ROLE.eq(role).and(ACCOUNT.ENABLED.isTrue()))
                .orderBy(ACCOUNT.DISPLAY_NAME)
                .fetch(Records.mapping(PointCoordinator::new));
    }

    /** The points this user coordinates, the conference given first, then the newest conferences. */
    public List<Long> pointsOf(String username, Long preferredConferenceId) {
        var preferred = DSL.when(POINT_COORDINATOR.CONFERENCE_ID.eq(
                preferredConferenceId == null ? -1L : preferredConferenceId), 1).otherwise(0);
        return dsl.select(POINT_COORDINATOR.MEETING_POINT_ID)
                .from(POINT_COORDINATOR)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(POINT_COORDINATOR.ACCOUNT_ID))
                .join(CONFERENCE).on(CONFERENCE.ID.eq(POINT_COORDINATOR.CONFERENCE_ID))
                .where(ACCOUNT.USERNAME.eq(username))
                .orderBy(preferred.desc(), CONFERENCE.STARTS_AT.desc())
                .fetch(POINT_COORDINATOR.MEETING_POINT_ID);
    }
}
