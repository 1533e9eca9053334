package vn.hoinghi.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoinghi.database.jooq.Tables.POINT_STATUS_EVENT;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.DayReset;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointBulkService;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;
import vn.hoinghi.security.TestAccounts;

/**
 * The rehearsal: each point ticks its own checklist (its coordinator or its desk link, never another point's), the
 * state follows the last tick of each item, and the reset after it clears the day's state but keeps the record.
 */
@IntegrationTest
@RecordApplicationEvents
class RehearsalServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired RehearsalService rehearsal;
    @Autowired RehearsalProgressService progress;
    @Autowired PointDayService pointDay;
    @Autowired PointService points;
    @Autowired PointBulkService bulk;
    @Autowired ScreenLinkService links;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;
    @Autowired DSLContext dsl;
    @Autowired RehearsalExportService exports;
    @Autowired ApplicationEvents events;

    long conference;
    MeetingPoint mine;
    MeetingPoint theirs;
    String coordinator;

    private <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return runAs.role(coordinator, AppRoles.POINT, work);
    }

    private void tick(MeetingPoint point, RehearsalItem item, boolean ok, String note) {
        asCoordinatorOrCommittee(point, () -> {
            rehearsal.tick(point.id(), item, ok, note);
            return null;
        });
    }

    private <T> T asCoordinatorOrCommittee(MeetingPoint point, Supplier<T> work) {
        return point.id() == mine.id() ? asCoordinator(work) : committee(work);
    }

    private RehearsalState stateOf(MeetingPoint point) {
        return committee(() -> progress.progress(conference)).points().stream()
                .filter(p -> p.point().id() == point.id()).findFirst().orElseThrow().state();
    }

    @BeforeEach
    void twoRemotePointsAndACoordinatorForTheFirst() {
        conference = committee(fixture::conferenceWithDelegates);
        List<PointSummary> remote = committee(() -> points.summaries(conference)).stream()
                .filter(s -> !s.point().hall()).toList();
        mine = remote.get(0).point();
        theirs = remote.get(1).point();
        coordinator = accounts.ensure("tongduyet-" + conference, AppRoles.POINT);
        committee(() -> {
            long account = pointDay.candidates().stream().filter(c -> c.username().equals(coordinator))
                    .findFirst().orElseThrow().accountId();
            pointDay.assign(mine.id(), account);
            return null;
        });
    }

    @Test
    void theStateFollowsTheLastTickOfEachItem() {
        assertThat(stateOf(mine)).isEqualTo(RehearsalState.NOT_REPORTED);
        tick(mine, RehearsalItem.LINK, true, null);
        assertThat(stateOf(mine)).isEqualTo(RehearsalState.PARTLY);
        tick(mine, RehearsalItem.SOUND, false, "  Hội trường không nghe rõ  ");
        assertThat(stateOf(mine)).isEqualTo(RehearsalState.FAILED);
        for (RehearsalItem item : RehearsalItem.values()) {
            tick(mine, item, true, null);
        }
        DeskRehearsal desk = asCoordinator(() -> rehearsal.desk(mine.id()));
        assertThat(desk.checklist().state()).isEqualTo(RehearsalState.READY);
        assertThat(desk.checklist().ticks()).hasSize(RehearsalItem.values().length)
                .allMatch(t -> t.by().equals(coordinator) && t.note() == null);
        assertThat(desk.checklist().readyAt()).isNotNull();

        tick(theirs, RehearsalItem.CAMERA, false, "  Camera mờ  ");
        RehearsalProgress now = committee(() -> progress.progress(conference));
        assertThat(now.totals().ready()).isEqualTo(1);
        assertThat(now.totals().failed()).isEqualTo(1);
        assertThat(now.totals().points()).isEqualTo(now.points().size());
        assertThat(now.points().stream().filter(p -> p.point().id() == theirs.id()).findFirst().orElseThrow()
                .tick(RehearsalItem.CAMERA).note()).isEqualTo("Camera mờ");
        assertThat(now.clusters().getFirst().counts().failed()).as("a cluster with a failure first").isEqualTo(1);
    }

    @Test
    void aCoordinatorTicksOnlyTheirOwnPointAndADeskLinkOnlyItsOwn() {
        assertThatThrownBy(() -> asCoordinator(() -> {
            rehearsal.tick(theirs.id(), RehearsalItem.LINK, true, null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> rehearsal.desk(theirs.id())))
                .isInstanceOf(AccessDeniedException.class);

        String code = committee(() -> links.create(conference, ScreenKind.DESK, theirs.id(), "Bàn")).token();
        ScreenPass phone = links.signIn(code).orElseThrow();
        runAs.screen(phone, () -> {
            rehearsal.tick(theirs.id(), RehearsalItem.ROOM, true, null);
            return null;
        });
        assertThatThrownBy(() -> runAs.screen(phone, () -> {
            rehearsal.tick(mine.id(), RehearsalItem.ROOM, true, null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        RehearsalTick byLink = committee(() -> rehearsal.record(conference)).stream()
                .filter(r -> r.pointId() == theirs.id()).findFirst().orElseThrow().ticks().getFirst();
        assertThat(byLink.by()).as("a desk link is named by the point's technician, as the wall names it")
                .isNotBlank().doesNotStartWith("screen-");
        assertThat(committee(() -> rehearsal.record(conference))).noneMatch(r -> r.pointId() == mine.id());
    }

    @Test
    void aWithdrawnPointAndAnOverlongNoteAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> tick(mine, RehearsalItem.LINK, false, "x".repeat(RehearsalService.MAX_NOTE + 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("500");
        committee(() -> bulk.withdraw(conference, List.of(theirs.id())));
        assertThatThrownBy(() -> tick(theirs, RehearsalItem.LINK, true, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining(theirs.name());
    }

    @Test
    void theResetClearsTheDaysStateAndKeepsTheRecordAndIsForTheCommitteeOnly() {
        for (RehearsalItem item : RehearsalItem.values()) {
            tick(mine, item, true, null);
        }
        asCoordinator(() -> {
            pointDay.setStatus(mine.id(), ConnectionStatus.TEST_OK);
            pointDay.setHeadcount(mine.id(), 12);
            return null;
        });
        Instant at = Instant.parse("2026-12-01T01:30:00Z");
        committee(() -> {
            rehearsal.setTime(conference, at);
            return null;
        });
        assertThatThrownBy(() -> asCoordinator(() -> {
            rehearsal.resetDay(conference);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        committee(() -> {
            rehearsal.resetDay(conference);
            rehearsal.resetDay(conference); // twice does no harm
            return null;
        });

        PointSummary after = committee(() -> points.summaries(conference)).stream()
                .filter(s -> s.point().id() == mine.id()).findFirst().orElseThrow();
        assertThat(after.state().status()).isEqualTo(ConnectionStatus.NOT_TESTED);
        assertThat(after.state().headcount()).isNull();
        assertThat(after.state().changedAt()).isNull();
        assertThat(after.state().lastReportAt()).isNull();
        assertThat(stateOf(mine)).as("the checklist is the record").isEqualTo(RehearsalState.READY);
        assertThat(dsl.fetchCount(POINT_STATUS_EVENT, POINT_STATUS_EVENT.MEETING_POINT_ID.eq(mine.id())))
                .as("the status history is kept").isEqualTo(1);
        RehearsalPlan plan = committee(() -> rehearsal.plan(conference));
        assertThat(plan.startsAt()).isEqualTo(at);
        assertThat(plan.dayResetAt()).isNotNull();
        assertThat(plan.dayResetBy()).isEqualTo("bantochuc");
        assertThatThrownBy(() -> tick(mine, RehearsalItem.LINK, false, "sau"))
                .as("the record is closed").isInstanceOf(ValidationException.class);
        assertThat(events.stream(DayReset.class)).hasSize(2).allMatch(e -> e.conferenceId() == conference);
        assertThat(events.stream(ConferenceChanged.class)).anyMatch(e -> e.topic() == LiveTopic.POINTS)
                .anyMatch(e -> e.topic() == LiveTopic.REHEARSAL);
    }

    @Test
    void theRecordIsExportedForTheCommitteeOnlyInAFileNamedForTheConference() {
        assertThat(committee(() -> exports.fileName(conference))).startsWith("tong-duyet-")
                .endsWith("-" + conference + ".xlsx").matches("[a-z0-9-]+\\.xlsx");
        assertThat(committee(() -> exports.xlsx(conference))).isNotEmpty();
        assertThatThrownBy(() -> asCoordinator(() -> exports.xlsx(conference)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> progress.progress(conference)))
                .as("the wall's progress: committee, MC and the technicians' display").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> {
            rehearsal.setTime(conference, Instant.now());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }
}
