package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.health.PointHealthService;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/**
 * A phone signed in with a point's desk link runs that point's desk, every door of it, and nothing else: not another
 * point, not another conference, not the committee's pages, and nothing once the link is revoked (decision 026).
 */
@IntegrationTest
class DeskLinkAccessTest {

    @Autowired ImportFixture fixture;
    @Autowired DeskLinkService deskLinks;
    @Autowired ScreenLinkService links;
    @Autowired PointDayService pointDay;
    @Autowired PointService points;
    @Autowired DelegateService delegates;
    @Autowired CheckinService checkins;
    @Autowired PointHealthService pointHealth;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;

    long conference;
    long other;
    MeetingPoint mine;
    MeetingPoint theirs;
    MeetingPoint elsewhere;
    ScreenPass desk;

    private <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    @BeforeEach
    void aDeskLinkForOnePointOfOneConference() {
        conference = committee(fixture::conferenceWithDelegates);
        other = committee(fixture::conferenceWithDelegates);
        List<PointSummary> remote = committee(() -> points.summaries(conference)).stream()
                .filter(s -> !s.point().hall() && s.delegates() > 1).toList();
        mine = remote.get(0).point();
        theirs = remote.get(1).point();
        elsewhere = committee(() -> points.summaries(other)).stream()
                .filter(s -> !s.point().hall() && s.delegates() > 0).findFirst().orElseThrow().point();
        String code = committee(() -> links.create(conference, ScreenKind.DESK, mine.id(), "Bàn " + mine.name())).token();
        desk = links.signIn(code).orElseThrow();
    }

    private <T> T onThePhone(Supplier<T> work) {
        return runAs.screen(desk, work);
    }

    private void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLinkRunsEveryDoorOfItsOwnPointsDesk() {
        assertThat(onThePhone(() -> pointDay.myPoint(conference))).contains(pointDay(mine.id()));
        List<Delegate> own = onThePhone(() -> delegates.atPoint(mine.id()));
        assertThat(own).isNotEmpty().allMatch(d -> d.pointId() == mine.id());

        onThePhone(() -> {
            pointDay.setStatus(mine.id(), ConnectionStatus.LIVE_OK);
            pointDay.setHeadcount(mine.id(), 23);
            return null;
        });
        assertThat(onThePhone(() -> pointHealth.beforeTick(mine.id(), own.getFirst().id()))).isNotNull();
        assertThat(onThePhone(() -> checkins.checkInAtPoint(mine.id(), own.getFirst().id())).reason())
                .isEqualTo(CheckinReason.OK);
        assertThat(onThePhone(() -> pointHealth.beforeScan(mine.id(), codes.code(own.get(1))))).isNotNull();
        assertThat(onThePhone(() -> checkins.scanAtPoint(mine.id(), codes.code(own.get(1)))).reason())
                .isEqualTo(CheckinReason.OK);

        PointSummary summary = onThePhone(() -> pointDay.deskSummary(mine.id()));
        assertThat(summary.state().status()).isEqualTo(ConnectionStatus.LIVE_OK);
        assertThat(summary.state().headcount()).isEqualTo(23);
        assertThat(mine.technician()).isNotBlank();
        assertThat(summary.state()).as("the wall names the technician who holds the point's card")
                .extracting(PointState::changedBy, PointState::headcountBy)
                .containsExactly(mine.technician(), mine.technician());
        assertThat(summary.checkedIn()).isEqualTo(2);
    }

    @Test
    void anotherPointOfTheSameConferenceIsRefusedAtEveryDoor() {
        Delegate stranger = committee(() -> delegates.atPoint(theirs.id())).getFirst();
        refused(() -> onThePhone(() -> pointDay.desk(theirs.id())));
        refused(() -> onThePhone(() -> pointDay.deskSummary(theirs.id())));
        refused(() -> onThePhone(() -> { pointDay.setStatus(theirs.id(), ConnectionStatus.LOST); return null; }));
        refused(() -> onThePhone(() -> { pointDay.setHeadcount(theirs.id(), 5); return null; }));
        refused(() -> onThePhone(() -> delegates.atPoint(theirs.id())));
        refused(() -> onThePhone(() -> checkins.checkInAtPoint(theirs.id(), stranger.id())));
        refused(() -> onThePhone(() -> checkins.scanAtPoint(theirs.id(), codes.code(stranger))));
        refused(() -> onThePhone(() -> pointHealth.beforeTick(theirs.id(), stranger.id())));
        refused(() -> onThePhone(() -> pointHealth.beforeScan(theirs.id(), codes.code(stranger))));
        assertThat(onThePhone(() -> checkins.checkInAtPoint(mine.id(), stranger.id())).reason())
                .as("another point's delegate, ticked at this desk").isEqualTo(CheckinReason.UNKNOWN);
        assertThat(committee(() -> delegates.get(stranger.id())).orElseThrow().checkedInAt()).isNull();
    }

    @Test
    void anotherConferenceIsRefused() {
        refused(() -> onThePhone(() -> pointDay.desk(elsewhere.id())));
        refused(() -> onThePhone(() -> pointDay.myPoint(other)));
        refused(() -> onThePhone(() -> { pointDay.setStatus(elsewhere.id(), ConnectionStatus.LOST); return null; }));
        refused(() -> onThePhone(() -> delegates.atPoint(elsewhere.id())));
    }

    @Test
    void theCommitteesPagesAndTheOtherScreensAreRefused() {
        refused(() -> onThePhone(() -> pointDay.wall(conference)));
        refused(() -> onThePhone(() -> pointDay.screenPoint(mine.id())));
        refused(() -> onThePhone(() -> pointDay.coordinators(conference)));
        refused(() -> onThePhone(() -> pointDay.candidates()));
        refused(() -> onThePhone(() -> delegates.list(conference, DelegateFilter.all())));
        refused(() -> onThePhone(() -> deskLinks.list(conference)));
        refused(() -> onThePhone(() -> deskLinks.issue(conference, DeskLinkService.Issue.MISSING, false)));
        refused(() -> onThePhone(() -> links.list(conference)));
    }

    @Test
    void aPointsScreenLinkRunsNoDesk() {
        String code = committee(() -> links.create(conference, ScreenKind.POINT, mine.id(), "Màn hình " + mine.name())).token();
        ScreenPass screen = links.signIn(code).orElseThrow();
        refused(() -> runAs.screen(screen, () -> pointDay.desk(mine.id())));
        refused(() -> runAs.screen(screen, () -> { pointDay.setStatus(mine.id(), ConnectionStatus.LOST); return null; }));
    }

    @Test
    void aRevokedLinkIsRefusedAtOnce() {
        onThePhone(() -> pointDay.deskSummary(mine.id())); // found active, and remembered for a few seconds
        committee(() -> {
            deskLinks.revoke(conference, mine.id());
            return null;
        });
        refused(() -> onThePhone(() -> pointDay.deskSummary(mine.id())));
        refused(() -> onThePhone(() -> { pointDay.setStatus(mine.id(), ConnectionStatus.LIVE_OK); return null; }));
        refused(() -> onThePhone(() -> delegates.atPoint(mine.id())));
        refused(() -> onThePhone(() -> pointDay.myPoint(conference)));
    }

    private MeetingPoint pointDay(long pointId) {
        return committee(() -> pointDay.desk(pointId));
    }
}
