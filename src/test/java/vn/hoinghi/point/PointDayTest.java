package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/** A remote point on the day: its coordinator runs its desk and no other; the committee sees every point. */
@IntegrationTest
class PointDayTest {

    @Autowired ImportFixture fixture;
    @Autowired PointDayService pointDay;
    @Autowired PointService points;
    @Autowired DelegateService delegates;
    @Autowired CheckinService checkins;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    long conference;
    MeetingPoint mine;
    MeetingPoint theirs;
    String coordinator;

    @BeforeEach
    void twoRemotePointsWithDelegatesAndACoordinatorForTheFirst() {
        conference = runAs.committee("bantochuc", fixture::conferenceWithDelegates);
        List<PointSummary> remote = runAs.committee("bantochuc", () -> points.summaries(conference)).stream()
                .filter(s -> !s.point().hall() && s.delegates() > 0).toList();
        mine = remote.get(0).point();
        theirs = remote.get(1).point();
        coordinator = accounts.ensure("diemcau-" + conference, AppRoles.POINT);
        runAs.committee("bantochuc", () -> {
            long accountId = pointDay.candidates().stream().filter(c -> c.username().equals(coordinator))
                    .findFirst().orElseThrow().accountId();
            pointDay.assign(mine.id(), accountId);
            return null;
        });
    }

    private <T> T asCoordinator(java.util.function.Supplier<T> work) {
        return runAs.role(coordinator, AppRoles.POINT, work);
    }

    @Test
    void theCoordinatorReportsTheLinkAndTheWallShowsWhoAndWhenWithoutTouchingTheEditVersion() {
        assertThat(asCoordinator(() -> pointDay.myPoint(mine.conferenceId()))).contains(mine);
        asCoordinator(() -> {
            pointDay.setStatus(mine.id(), ConnectionStatus.TEST_OK);
            pointDay.setStatus(mine.id(), ConnectionStatus.LOST);
            pointDay.setHeadcount(mine.id(), 7);
            return null;
        });

        accounts.serving("mc", AppRoles.MC, conference);
        PointSummary onWall = runAs.role("mc", AppRoles.MC, () -> pointDay.wall(conference)).stream()
                .filter(s -> s.point().id() == mine.id()).findFirst().orElseThrow();
        assertThat(onWall.state().status()).isEqualTo(ConnectionStatus.LOST);
        assertThat(onWall.state().changedBy()).isEqualTo(coordinator);
        assertThat(onWall.state().changedAt()).isNotNull();
        assertThat(onWall.state().headcount()).isEqualTo(7);
        assertThat(onWall.present()).isEqualTo(7);
        assertThat(onWall.point().version()).as("the committee's open edit form does not conflict").isEqualTo(mine.version());
        MeetingPoint other = runAs.committee("bantochuc", () -> points.list(conference)).stream()
                .filter(p -> p.id() == theirs.id()).findFirst().orElseThrow();
        assertThat(runAs.committee("bantochuc", () -> pointDay.wall(conference)).stream()
                .filter(s -> s.point().id() == other.id()).findFirst().orElseThrow().state().status())
                .isEqualTo(ConnectionStatus.NOT_TESTED);
    }

    @Test
    void aCoordinatorCannotSeeOrChangeAnotherPoint() {
        assertThatThrownBy(() -> asCoordinator(() -> pointDay.desk(theirs.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> {
            pointDay.setStatus(theirs.id(), ConnectionStatus.LOST);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> {
            pointDay.setHeadcount(theirs.id(), 3);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> delegates.atPoint(theirs.id()))).isInstanceOf(AccessDeniedException.class);
        Delegate stranger = runAs.committee("bantochuc", () -> delegates.atPoint(theirs.id())).getFirst();
        assertThatThrownBy(() -> asCoordinator(() -> checkins.checkInAtPoint(theirs.id(), stranger.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> pointDay.wall(conference))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asCoordinator(() -> delegates.findAtTheDoor(conference, "Nguyễn", 10)))
                .as("the hall gate's search over all delegates").isInstanceOf(AccessDeniedException.class);
        accounts.serving("cong", AppRoles.GATE, conference);
        assertThatThrownBy(() -> runAs.role("cong", AppRoles.GATE, () -> pointDay.desk(mine.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.committee("bantochuc", () -> pointDay.wall(conference)).stream()
                .filter(s -> s.point().id() == theirs.id()).findFirst().orElseThrow().state().changedAt()).isNull();
    }

    @Test
    void theCoordinatorChecksInTheirOwnDelegatesByTickOrScanAndNobodyElse() {
        List<Delegate> own = asCoordinator(() -> delegates.atPoint(mine.id()));
        assertThat(own).isNotEmpty().allMatch(d -> d.pointId() == mine.id());
        Delegate stranger = runAs.committee("bantochuc", () -> delegates.atPoint(theirs.id())).getFirst();

        var ticked = asCoordinator(() -> checkins.checkInAtPoint(mine.id(), own.getFirst().id()));
        var strangerById = asCoordinator(() -> checkins.checkInAtPoint(mine.id(), stranger.id()));
        var strangerScanned = asCoordinator(() -> checkins.scanAtPoint(mine.id(), codes.code(stranger)));

        assertThat(ticked.reason()).isEqualTo(CheckinReason.OK);
        assertThat(ticked.checkin().gate()).isEqualTo(mine.name());
        assertThat(ticked.checkin().method()).isEqualTo(vn.hoinghi.checkin.CheckinMethod.POINT);
        assertThat(ticked.checkin().by()).isEqualTo(coordinator);
        assertThat(strangerById.reason()).isEqualTo(CheckinReason.UNKNOWN);
        assertThat(strangerScanned.reason()).isEqualTo(CheckinReason.OTHER_POINT);
        assertThat(runAs.committee("bantochuc", () -> delegates.get(stranger.id())).orElseThrow().checkedInAt())
                .as("the other point's delegate stays unchecked").isNull();
        if (own.size() > 1) {
            assertThat(asCoordinator(() -> checkins.scanAtPoint(mine.id(), codes.code(own.get(1)))).reason())
                    .isEqualTo(CheckinReason.OK);
        }
        assertThat(asCoordinator(() -> checkins.scanAtPoint(mine.id(), codes.code(own.getFirst()))).reason())
                .isEqualTo(CheckinReason.ALREADY);
        assertThat(asCoordinator(() -> pointDay.deskSummary(mine.id())).checkedIn()).isEqualTo(Math.min(2, own.size()));
    }

    @Test
    void aHeadcountMustBeANumberFromZeroAndOnlyCoordinatorAccountsGetAPoint() {
        assertThatThrownBy(() -> asCoordinator(() -> {
            pointDay.setHeadcount(mine.id(), -1);
            return null;
        })).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("headcount", "Số người dự phải từ 0 đến 10000."));
        String gate = accounts.ensure("cong-" + conference, AppRoles.GATE);
        assertThat(runAs.committee("bantochuc", pointDay::candidates)).extracting(PointCoordinator::username)
                .contains(coordinator).doesNotContain(gate);
        assertThatThrownBy(() -> runAs.committee("bantochuc", () -> {
            pointDay.assign(mine.id(), -1);
            return null;
        })).isInstanceOf(ValidationException.class);
    }
}
