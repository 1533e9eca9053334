package vn.hoinghi.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.mail.OutboxMail;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.DayReset;
import vn.hoinghi.point.ManyPoints;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointBulkService;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;

/**
 * The alert rules (decision 032): a lost point raises one LOST alert, a problem or failed test TROUBLE, a good link
 * clears them; the silence check raises SILENT only while the conference runs; the technician on duty for the point's
 * cluster (else the default row) gets a mail in the outbox; a person acknowledges, and who and when is recorded.
 */
@IntegrationTest
class AlertServiceTest {

    private static final int REMOTE = 6;
    private static final int CLUSTERS = 3;

    @Autowired AlertService alerts;
    @Autowired DutyService duties;
    @Autowired SilenceCheck silenceCheck;
    @Autowired PointDayService pointDay;
    @Autowired PointService points;
    @Autowired PointBulkService bulk;
    @Autowired PointImportService importer;
    @Autowired ConferenceService conferences;
    @Autowired MailService mail;
    @Autowired ScreenLinkService links;
    @Autowired ApplicationEventPublisher events;
    @Autowired RunAs runAs;

    long conference;
    Map<String, MeetingPoint> byName;

    private <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    private long running(Duration startedAgo) {
        ConferenceDraft draft = TestData.conference(TestData.unique("Hội nghị trực tuyến"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        draft.setStartsAt(Times.local(now.minus(startedAgo)));
        draft.setEndsAt(Times.local(now.plus(Duration.ofHours(3))));
        draft.setPointSilenceMinutes(5);
        long id = committee(() -> conferences.create(draft));
        ManyPoints.load(importer, runAs, id, REMOTE, CLUSTERS);
        return id;
    }

    @BeforeEach
    void aRunningConferenceWithSixPointsInThreeClusters() {
        conference = running(Duration.ofMinutes(2)); // not silent yet: the limit is five minutes
        byName = committee(() -> points.list(conference)).stream()
                .collect(Collectors.toMap(MeetingPoint::name, Function.identity()));
    }

    private MeetingPoint point(int i) {
        return byName.get(ManyPoints.name(i));
    }

    private void report(int i, ConnectionStatus status) {
        committee(() -> {
            pointDay.setStatus(point(i).id(), status);
            return null;
        });
    }

    private List<PointAlert> history() {
        return committee(() -> alerts.history(conference));
    }

    private List<OutboxMail> outbox() {
        return committee(() -> mail.outbox(conference));
    }

    private void onDuty(String cluster, String name, String email) {
        committee(() -> {
            duties.save(conference, cluster, new DutyDraft(name, "0912 345 678", email));
            return null;
        });
    }

    @Test
    void aLostPointRaisesOneAlertUntilAGoodLinkClearsIt() {
        report(0, ConnectionStatus.LOST);
        report(0, ConnectionStatus.LOST);
        assertThat(history()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.LOST);
            assertThat(a.pointId()).isEqualTo(point(0).id());
            assertThat(a.open()).isTrue();
        });
        assertThat(committee(() -> alerts.open(conference))).extracting(l -> l.pointName())
                .containsExactly(ManyPoints.name(0));

        report(0, ConnectionStatus.LIVE_OK);
        assertThat(history()).singleElement().satisfies(a -> assertThat(a.clearedAt()).isNotNull());
        assertThat(committee(() -> alerts.open(conference))).isEmpty();

        report(0, ConnectionStatus.LOST);
        assertThat(history()).as("lost again after it cleared: a new alert").hasSize(2);
    }

    @Test
    void aProblemOrAFailedTestRaisesTroubleOnceAndATestOkClearsIt() {
        report(1, ConnectionStatus.PROBLEM);
        report(1, ConnectionStatus.TEST_FAILED);
        report(2, ConnectionStatus.TEST_FAILED);
        assertThat(history()).extracting(PointAlert::kind, PointAlert::pointId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertKind.TROUBLE, point(1).id()),
                org.assertj.core.groups.Tuple.tuple(AlertKind.TROUBLE, point(2).id()));
        report(1, ConnectionStatus.TEST_OK);
        assertThat(committee(() -> alerts.open(conference))).extracting(AlertLine::pointName)
                .containsExactly(ManyPoints.name(2));
    }

    @Test
    void aWithdrawnPointRaisesNothing() {
        committee(() -> bulk.withdraw(conference, List.of(point(3).id())));
        report(3, ConnectionStatus.LOST);
        assertThat(history()).isEmpty();
    }

    @Test
    void theClustersTechnicianOnDutyGetsTheMailElseTheDefaultRowElseNobodyIsRecorded() {
        report(0, ConnectionStatus.LOST); // nobody on duty at all
        assertThat(history().getLast().notified()).isEqualTo(AlertNotifier.NOBODY_ON_DUTY);
        assertThat(outbox()).isEmpty();

        onDuty(ManyPoints.cluster(1, CLUSTERS), "Trần Văn Trực", "truc.cum1@quangtri.gov.vn");
        onDuty(ClusterDuty.DEFAULT, "Lê Thị Chung", "chung@quangtri.gov.vn");
        report(1, ConnectionStatus.LOST);   // cluster 1: its own technician on duty
        report(2, ConnectionStatus.PROBLEM); // cluster 2 has nobody: the default row

        List<PointAlert> raised = history();
        assertThat(raised.get(1).notified()).isEqualTo("mail: Trần Văn Trực <truc.cum1@quangtri.gov.vn>");
        assertThat(raised.get(2).notified()).isEqualTo("mail: Lê Thị Chung <chung@quangtri.gov.vn>");
        List<OutboxMail> mails = outbox();
        assertThat(mails).extracting(OutboxMail::recipient)
                .containsExactlyInAnyOrder("truc.cum1@quangtri.gov.vn", "chung@quangtri.gov.vn");
        OutboxMail lost = mails.stream().filter(m -> m.recipient().startsWith("truc")).findFirst().orElseThrow();
        assertThat(lost.subject()).contains("Mất kết nối", ManyPoints.name(1), ManyPoints.cluster(1, CLUSTERS));
        assertThat(lost.body()).contains(ManyPoints.name(1), "Kỹ thuật viên 2", "/conferences/" + conference
                + "/screen/technician", "/conferences/" + conference + "/point-status");
    }

    @Test
    void aPointsDeskLinkReportingLostRaisesTheAlertAndQueuesTheMailThoughItSendsNoMailItself() {
        onDuty(ManyPoints.cluster(4, CLUSTERS), "Trần Văn Trực", "truc@quangtri.gov.vn");
        ScreenPass desk = links.signIn(committee(() -> links.create(conference, ScreenKind.DESK, point(4).id(),
                "Bàn")).token()).orElseThrow();
        runAs.screen(desk, () -> {
            pointDay.setStatus(point(4).id(), ConnectionStatus.LOST);
            return null;
        });
        assertThat(history()).singleElement().satisfies(a -> assertThat(a.notified()).contains("truc@quangtri.gov.vn"));
        assertThat(outbox()).singleElement().satisfies(m -> assertThat(m.createdBy()).isEqualTo(desk.getName()));
        assertThatThrownBy(() -> runAs.screen(desk, () -> mail.queue(conference, null, "x@quangtri.gov.vn", "Thư",
                "Nội dung", null, null))).as("the desk link still sends no mail of its own")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDutyRosterHasTheDefaultRowAndOneRowPerClusterAndRefusesBadInput() {
        List<ClusterDuty> roster = committee(() -> duties.roster(conference));
        assertThat(roster.getFirst().isDefault()).as("the default row first").isTrue();
        assertThat(roster).extracting(ClusterDuty::cluster).containsExactlyInAnyOrder(ClusterDuty.DEFAULT,
                ManyPoints.cluster(0, CLUSTERS), ManyPoints.cluster(1, CLUSTERS), ManyPoints.cluster(2, CLUSTERS));
        assertThat(roster).noneMatch(ClusterDuty::staffed);
        assertThatThrownBy(() -> committee(() -> {
            duties.save(conference, ClusterDuty.DEFAULT, new DutyDraft(" ", "12", "khong-phai-thu"));
            return null;
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsOnlyKeys("technician", "phone", "email"));
        assertThatThrownBy(() -> runAs.role("dieuphoi", AppRoles.POINT, () -> duties.roster(conference)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSilenceCheckRaisesOnlyWhileTheConferenceRunsAndAReportClearsIt() {
        long silent = running(Duration.ofMinutes(10)); // no point has reported for ten minutes: all silent
        long before = conference;                       // started two minutes ago: nobody silent yet
        silenceCheck.check();
        silenceCheck.check();
        List<PointAlert> raised = committee(() -> alerts.history(silent));
        assertThat(raised).hasSize(REMOTE).allMatch(a -> a.kind() == AlertKind.SILENT);
        assertThat(committee(() -> alerts.history(before))).isEmpty();

        MeetingPoint first = committee(() -> points.list(silent)).stream()
                .filter(p -> p.name().equals(ManyPoints.name(0))).findFirst().orElseThrow();
        committee(() -> {
            pointDay.setStatus(first.id(), ConnectionStatus.NOT_TESTED); // any report ends the silence
            return null;
        });
        assertThat(committee(() -> alerts.open(silent))).hasSize(REMOTE - 1)
                .noneMatch(l -> l.alert().pointId() == first.id());
    }

    @Test
    void aPersonAcknowledgesWithTheirNameAndOnlyWhoWatchesThisConferenceMay() {
        report(0, ConnectionStatus.LOST);
        long alertId = history().getFirst().id();
        ScreenPass technicians = links.signIn(committee(() -> links.create(conference, ScreenKind.TECHNICIAN, null,
                "Kỹ thuật")).token()).orElseThrow();
        long other = running(Duration.ofMinutes(2));
        ScreenPass otherTechnicians = links.signIn(committee(() -> links.create(other, ScreenKind.TECHNICIAN, null,
                "Kỹ thuật")).token()).orElseThrow();

        assertThatThrownBy(() -> runAs.role("dieuphoi", AppRoles.POINT,
                () -> alerts.acknowledge(conference, alertId, "Điều phối"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.screen(otherTechnicians,
                () -> alerts.acknowledge(conference, alertId, "Người khác"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.screen(otherTechnicians,
                () -> alerts.acknowledge(other, alertId, "Người khác"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.screen(technicians, () -> alerts.acknowledge(conference, alertId, "  ")))
                .isInstanceOf(ValidationException.class);
        assertThat(runAs.screen(technicians, () -> alerts.suggestedName())).isEmpty();

        Instant before = Instant.now().minusSeconds(1);
        assertThat(runAs.screen(technicians, () -> alerts.acknowledge(conference, alertId, "Hoàng Kỹ Thuật"))).isTrue();
        assertThat(committee(() -> alerts.acknowledge(conference, alertId, "Ban Tổ chức"))).as("acknowledged first").isFalse();
        PointAlert acknowledged = history().getFirst();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("Hoàng Kỹ Thuật");
        assertThat(acknowledged.acknowledgedAt()).isAfter(before);
        assertThat(committee(() -> alerts.open(conference))).isEmpty();
        report(0, ConnectionStatus.LOST);
        assertThat(history()).as("still lost, not cleared: acknowledged is enough").hasSize(1);
    }

    @Test
    void theResetOfTheDayClearsEveryOpenAlert() {
        report(0, ConnectionStatus.LOST);
        report(4, ConnectionStatus.PROBLEM);
        committee(() -> {
            events.publishEvent(new DayReset(conference, Instant.now(), "bantochuc"));
            return null;
        });
        assertThat(history()).hasSize(2).allMatch(a -> a.clearedAt() != null);
    }
}
