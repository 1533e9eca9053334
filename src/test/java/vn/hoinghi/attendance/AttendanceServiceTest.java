package vn.hoinghi.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.InvitationStatus;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.checkin.Checkin;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinResult;
import vn.hoinghi.checkin.CheckinService;

/** Attendance on the Quảng Trị sample list (173 delegates: 93 in the hall, 80 at 10 remote points). */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-dd", roles = AppRoles.STAFF)
class AttendanceServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired AttendanceService attendance;
    @Autowired CheckinService checkins;
    @Autowired DelegateService delegates;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;
    @Autowired vn.hoinghi.point.PointService points;
    @Autowired vn.hoinghi.point.PointDayService pointDay;
    @Autowired LiveHub hub;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;

    private Delegate someone(long conference, String name) {
        return delegates.list(conference, new DelegateFilter(name, null, null, null, null, null, false)).getFirst();
    }

    private Checkin checkIn(long conference, String name, String gate) {
        CheckinResult r = checkins.checkInFound(conference, someone(conference, name).id(), gate);
        assertThat(r.reason()).isEqualTo(CheckinReason.OK);
        return r.checkin();
    }

    private static AttendanceCount named(List<AttendanceCount> rows, String name) {
        return rows.stream().filter(c -> name.equals(c.name())).findFirst().orElseThrow();
    }

    @Test
    void countsByGroupAndPointAfterCheckInsAnAnnulmentAnswersAndAWithdrawal() {
        long conference = fixture.quangTriWithSampleDelegates();
        Delegate declines = someone(conference, "Trần Thị Kim Vân");
        delegates.setStatus(List.of(declines.id()), InvitationStatus.DECLINED);
        Delegate sends = someone(conference, "Lý Đình Tâm");
        delegates.setSubstitute(sends.id(), sends.version(), "Lê Văn Thay", "Chánh Văn phòng", null);
        Delegate leaves = someone(conference, "Mai Đức Tài");
        delegates.withdraw(leaves.id(), leaves.version());

        checkIn(conference, "Mai Công Tâm", "Cổng 1");
        checkIn(conference, "Lý Đình Tâm", "Cổng 1");
        checkIn(conference, "Hoàng Đình Cường", "Cổng 2");
        checkIn(conference, "Phan Minh Lực", "Điểm cầu Vĩnh Linh");
        Checkin mistaken = checkIn(conference, "Ngô Văn Bình", "Cổng 2");
        checkins.annul(mistaken.id(), "Quét nhầm");
        long vinhLinh = points.list(conference).stream().filter(p -> p.name().contains("Vĩnh Linh")).findFirst()
                .orElseThrow().id();
        pointDay.setHeadcount(vinhLinh, 13); // everyone in the room: the one checked in by name, staff and press

        AttendanceSummary s = attendance.summary(conference);

        assertThat(s.total().invited()).isEqualTo(172);
        assertThat(s.total().declined()).isEqualTo(1);
        assertThat(s.total().substitutes()).isEqualTo(1);
        assertThat(s.total().expected()).isEqualTo(171);
        assertThat(s.total().present()).isEqualTo(4);
        assertThat(s.total().absent()).isEqualTo(167);
        assertThat(s.byPoint()).hasSize(11);
        assertThat(s.byPoint().getFirst()).extracting(AttendanceCount::name, AttendanceCount::invited,
                AttendanceCount::expected, AttendanceCount::present).containsExactly("Hội trường UBND tỉnh", 92, 91, 3);
        assertThat(named(s.byPoint(), "Điểm cầu UBND huyện Vĩnh Linh")).extracting(AttendanceCount::expected,
                AttendanceCount::present, AttendanceCount::absent).containsExactly(8, 1, 7);
        ProvincePeople people = attendance.people(conference);
        assertThat(people.clusters()).as("the 2021 points have no cluster").singleElement()
                .extracting(ClusterPeople::name).isNull();
        assertThat(people.clusters().getFirst().points()).filteredOn(p -> p.name().contains("Vĩnh Linh")).singleElement()
                .extracting(PointPeople::checkedIn, PointPeople::headcount, PointPeople::present)
                .containsExactly(1, 13, 13);
        assertThat(people.inHall()).as("the hall's named check-ins").isEqualTo(3);
        assertThat(people.total()).extracting(PeopleCount::present, PeopleCount::reported, PeopleCount::points)
                .containsExactly(16, 1, 11);
        assertThat(named(s.byPoint(), "Điểm cầu UBND huyện Cồn Cỏ").present()).isZero();
        assertThat(s.byGroup()).extracting(AttendanceCount::name).startsWith("Lãnh đạo tỉnh");
        assertThat(named(s.byGroup(), "Lãnh đạo tỉnh")).extracting(AttendanceCount::invited, AttendanceCount::declined,
                AttendanceCount::substitutes, AttendanceCount::expected, AttendanceCount::present, AttendanceCount::absent)
                .containsExactly(13, 1, 1, 12, 2, 10);
        assertThat(named(s.byGroup(), "Báo chí")).extracting(AttendanceCount::invited, AttendanceCount::present)
                .as("the annulled check-in and the withdrawn reporter are not counted").containsExactly(3, 0);
        assertThat(s.byGroup().stream().mapToInt(AttendanceCount::present).sum()).isEqualTo(4);
        assertThat(named(s.byGroup(), "Lãnh đạo tỉnh").percent()).isEqualTo(17);
    }

    @Test
    void absentLeadersInRankOrderAndTheMcsIntroductionsOfThosePresent() {
        long conference = fixture.quangTriWithSampleDelegates();
        Delegate remote = someone(conference, "Phan Minh Lực");
        tx.executeWithoutResult(t -> dsl.update(DELEGATE).set(DELEGATE.PROTOCOL_RANK, 14)
                .where(DELEGATE.ID.eq(remote.id())).execute());
        Delegate sends = someone(conference, "Lý Đình Tâm");
        delegates.setSubstitute(sends.id(), sends.version(), "Lê Văn Thay", "Chánh Văn phòng", "0912 345 678");
        delegates.setStatus(List.of(someone(conference, "Trần Thị Kim Vân").id()), InvitationStatus.DECLINED);
        delegates.setStatus(List.of(someone(conference, "Đinh Hữu An").id()), InvitationStatus.CONFIRMED);

        checkIn(conference, "Phan Minh Lực", "Điểm cầu Vĩnh Linh");
        checkIn(conference, "Đặng Thành Dũng", "Cổng 1");
        checkIn(conference, "Lý Đình Tâm", "Cổng 2");
        checkIn(conference, "Mai Công Tâm", "Cổng 1");

        assertThat(attendance.introductions(conference)).extracting(Introduction::rank, Introduction::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Ông Mai Công Tâm, Bí thư Tỉnh ủy"),
                org.assertj.core.groups.Tuple.tuple(3, "Ông Đặng Thành Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo"),
                org.assertj.core.groups.Tuple.tuple(6, "Đồng chí Lê Văn Thay, Chánh Văn phòng UBND tỉnh, dự thay ông Lý Đình Tâm, Phó Chủ tịch UBND tỉnh"),
                org.assertj.core.groups.Tuple.tuple(14, "Ông Phan Minh Lực, Bí thư Huyện ủy Vĩnh Linh, tại điểm cầu UBND huyện Vĩnh Linh"));
        assertThat(attendance.introductions(conference)).extracting(Introduction::substitute, Introduction::remote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, false), org.assertj.core.groups.Tuple.tuple(false, false),
                        org.assertj.core.groups.Tuple.tuple(true, false), org.assertj.core.groups.Tuple.tuple(false, true));

        List<AttendanceEntry> absent = attendance.absentLeadersToCall(conference);
        assertThat(absent).extracting(AttendanceEntry::protocolRank).containsExactly(2, 4, 5, 7, 8, 9, 10, 11, 12, 13);
        assertThat(absent.getFirst()).extracting(AttendanceEntry::fullName, AttendanceEntry::status, AttendanceEntry::phone)
                .containsExactly("Đinh Hữu An", InvitationStatus.CONFIRMED, "0352875659");
        assertThat(absent.get(2)).extracting(AttendanceEntry::fullName, AttendanceEntry::status)
                .containsExactly("Trần Thị Kim Vân", InvitationStatus.DECLINED);
        assertThat(attendance.absentLeaders(conference)).extracting(AttendanceEntry::phone).containsOnlyNulls();

        Checkin undone = checkins.recent(conference, "Cổng 1", 1).getFirst();
        checkins.annul(undone.id(), "Quét nhầm");
        assertThat(attendance.introductions(conference)).extracting(Introduction::rank).containsExactly(3, 6, 14);
        assertThat(attendance.absentLeaders(conference)).extracting(AttendanceEntry::protocolRank).startsWith(1, 2);
    }

    @Test
    void theMcFollowsButGateAndPointAccountsAreRefused() {
        long conference = fixture.conferenceWithDelegates();
        accounts.serving("mc", AppRoles.MC, conference);
        assertThat(runAs.role("mc", AppRoles.MC, () -> attendance.introductions(conference))).isEmpty();
        assertThat(runAs.role("mc", AppRoles.MC, () -> attendance.summary(conference)).total().invited()).isPositive();
        assertThat(runAs.role("mc", AppRoles.MC, () -> attendance.absentLeaders(conference))).isNotEmpty();
        for (String role : List.of(AppRoles.GATE, AppRoles.POINT, AppRoles.UNIT, AppRoles.SCREEN)) {
            accounts.serving("x", role, conference); // refused for the role, not only for the conference
            assertThatThrownBy(() -> runAs.role("x", role, () -> attendance.summary(conference)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("x", role, () -> attendance.introductions(conference)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("x", role, () -> attendance.absentLeaders(conference)))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.role("mc", AppRoles.MC, () -> attendance.absentLeadersToCall(conference)))
                .as("phones are for the committee").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.role("mc", AppRoles.MC, () -> attendance.list(conference)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withdrawingADelegateOrAnAnswerWakesTheAttendanceScreens() throws Exception {
        long conference = fixture.conferenceWithDelegates();
        Delegate d = someone(conference, "Mai Công Tâm");
        CountDownLatch withdrawn = new CountDownLatch(1);
        try (LiveHub.Subscription s = hub.subscribe(conference, Set.of(LiveTopic.ATTENDANCE), withdrawn::countDown)) {
            delegates.withdraw(d.id(), d.version());
            assertThat(withdrawn.await(2, TimeUnit.SECONDS)).isTrue();
        }
        CountDownLatch answered = new CountDownLatch(1);
        try (LiveHub.Subscription s = hub.subscribe(conference, Set.of(LiveTopic.ATTENDANCE), answered::countDown)) {
            delegates.setStatus(List.of(someone(conference, "Đinh Hữu An").id()), InvitationStatus.DECLINED);
            assertThat(answered.await(2, TimeUnit.SECONDS)).isTrue();
        }
    }
}
