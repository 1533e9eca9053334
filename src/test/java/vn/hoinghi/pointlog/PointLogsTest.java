package vn.hoinghi.pointlog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.point.ConnectionStatus.LIVE_OK;
import static vn.hoinghi.point.ConnectionStatus.LOST;
import static vn.hoinghi.point.ConnectionStatus.PROBLEM;
import static vn.hoinghi.point.ConnectionStatus.TEST_FAILED;
import static vn.hoinghi.point.ConnectionStatus.TEST_OK;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoinghi.alert.AlertKind;
import vn.hoinghi.alert.PointAlert;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.floor.FloorState;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointKind;
import vn.hoinghi.point.PointState;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.point.StatusReport;
import vn.hoinghi.rehearsal.PointRehearsal;
import vn.hoinghi.rehearsal.RehearsalItem;
import vn.hoinghi.rehearsal.RehearsalPlan;
import vn.hoinghi.rehearsal.RehearsalState;
import vn.hoinghi.rehearsal.RehearsalTick;

/** The rules of a point's day, from scripted reports: what an outage is, how long it lasted, what the day is. */
class PointLogsTest {

    /** 17:00 the day before: the conference's 07:30–11:30 in Vietnam. */
    static Instant at(String hhmm) {
        return Times.fromLocal(Times.local(Instant.parse("2025-12-15T00:00:00Z")).toLocalDate()
                .atTime(LocalTime.parse(hhmm)));
    }

    static final Conference CONFERENCE = new Conference(1, "Hội nghị tổng kết", "Ủy ban nhân dân tỉnh Quảng Trị",
            null, "Quảng Trị", "Hội trường", ConferenceFormat.HYBRID, null, at("07:30"), at("11:30"), 100, null, null,
            null, null, 15, 0);

    static final MeetingPoint HALL = point(1, "Hội trường UBND tỉnh", true, null, 0, false);
    static final MeetingPoint DONG_HOI = point(2, "Điểm cầu phường Đồng Hới", false, "Cụm Đồng Hới", 1, false);
    static final MeetingPoint BA_DON = point(3, "Điểm cầu phường Ba Đồn", false, "Cụm Ba Đồn", 2, false);
    static final MeetingPoint DONG_SON = point(4, "Điểm cầu phường Đồng Sơn", false, "cụm đồng hới ", 3, true);
    static final MeetingPoint CON_CO = point(5, "Điểm cầu đặc khu Cồn Cỏ", false, null, 4, false);

    static MeetingPoint point(long id, String name, boolean hall, String cluster, int position, boolean withdrawn) {
        return new MeetingPoint(id, 1, name, hall, null, null, null, null, null, 0, null, position, 0, cluster,
                hall ? PointKind.HALL : PointKind.WARD, null, withdrawn);
    }

    static StatusReport report(MeetingPoint p, ConnectionStatus s, String hhmm) {
        return new StatusReport(p.id(), s, at(hhmm), "kythuat-" + p.id());
    }

    static List<Outage> outages(StatusReport... reports) {
        return DayEvents.outages(List.of(reports));
    }

    @Test
    void aLostLinkFixedFourMinutesLaterIsOneOutageOfFourMinutes() {
        List<Outage> o = outages(report(DONG_HOI, LIVE_OK, "07:50"), report(DONG_HOI, LOST, "08:10"),
                report(DONG_HOI, LIVE_OK, "08:14"));
        assertThat(o).singleElement().satisfies(x -> {
            assertThat(x.from()).isEqualTo(at("08:10"));
            assertThat(x.to()).isEqualTo(at("08:14"));
            assertThat(x.cause()).isEqualTo(LOST);
            assertThat(x.fixedBy()).isEqualTo("kythuat-2");
            assertThat(x.length(at("11:30"))).isEqualTo(Duration.ofMinutes(4));
        });
    }

    @Test
    void aProblemThatGetsWorseIsStillOneOutageUntilTheLinkIsGood() {
        List<Outage> o = outages(report(DONG_HOI, PROBLEM, "09:00"), report(DONG_HOI, LOST, "09:03"),
                report(DONG_HOI, TEST_FAILED, "09:05"), report(DONG_HOI, TEST_OK, "09:12"),
                report(DONG_HOI, LIVE_OK, "09:13"));
        assertThat(o).singleElement().satisfies(x -> {
            assertThat(x.cause()).isEqualTo(PROBLEM);
            assertThat(x.length(at("11:30"))).isEqualTo(Duration.ofMinutes(12));
        });
    }

    @Test
    void aLostLinkNeverFixedLastsUntilTheDaysEnd() {
        List<Outage> o = outages(report(DONG_HOI, LIVE_OK, "07:40"), report(DONG_HOI, LOST, "11:00"));
        assertThat(o).singleElement().satisfies(x -> {
            assertThat(x.fixed()).isFalse();
            assertThat(x.length(at("11:30"))).isEqualTo(Duration.ofMinutes(30));
        });
    }

    @Test
    void aFailedTestAloneIsNoOutage() {
        assertThat(outages(report(DONG_HOI, TEST_FAILED, "07:00"), report(DONG_HOI, TEST_OK, "07:10"))).isEmpty();
    }

    @Test
    void aReportOfTheSameStatusAgainIsNoChange() {
        List<StatusReport> changes = DayEvents.changes(List.of(report(DONG_HOI, LIVE_OK, "07:40"),
                report(DONG_HOI, LIVE_OK, "08:00"), report(DONG_HOI, LOST, "08:10"), report(DONG_HOI, LIVE_OK, "08:14")));
        assertThat(changes).extracting(StatusReport::status).containsExactly(LIVE_OK, LOST, LIVE_OK);
    }

    /** The scripted day of five points, the rehearsal reset at 07:00. */
    static PointLogs.Sources day(RehearsalPlan plan) {
        List<StatusReport> reports = new ArrayList<>(List.of(
                report(DONG_HOI, LOST, "06:10"), report(DONG_HOI, TEST_OK, "06:30"),     // the rehearsal's
                report(DONG_HOI, LIVE_OK, "07:35"), report(DONG_HOI, LOST, "08:10"), report(DONG_HOI, LIVE_OK, "08:14"),
                report(BA_DON, LIVE_OK, "07:31"), report(BA_DON, PROBLEM, "09:00"), report(BA_DON, LOST, "09:02"),
                report(BA_DON, LIVE_OK, "09:10"), report(BA_DON, LOST, "11:00"),
                report(DONG_SON, LOST, "07:45")));
        reports.sort(java.util.Comparator.comparing(StatusReport::at));
        List<PointSummary> points = List.of(summary(CON_CO, null), summary(BA_DON, 35), summary(DONG_HOI, 41),
                summary(HALL, 250), summary(DONG_SON, null));
        List<PointRehearsal> rehearsals = List.of(
                new PointRehearsal(DONG_HOI.id(), List.of(RehearsalItem.values()).stream()
                        .map(i -> new RehearsalTick(DONG_HOI.id(), i, true, null, at("06:3" + i.ordinal()), "kt")).toList()),
                new PointRehearsal(BA_DON.id(), List.of(new RehearsalTick(BA_DON.id(), RehearsalItem.SOUND, false,
                        "Không nghe", at("06:20"), "kt"))));
        List<FloorRequest> requests = List.of(
                floor(1, DONG_HOI, FloorState.DONE, "09:30", "09:31", "09:38"),
                floor(2, BA_DON, FloorState.DECLINED, "09:32", null, null),
                floor(3, null, FloorState.DONE, "09:40", "09:45", "09:50"),
                floor(4, DONG_HOI, FloorState.SPEAKING, "11:20", "11:25", null));
        List<PointAlert> alerts = List.of(
                new PointAlert(1, 1, DONG_HOI.id(), AlertKind.LOST, at("08:10"), null, at("08:14"), at("08:11"), "trucban"),
                new PointAlert(2, 1, BA_DON.id(), AlertKind.TROUBLE, at("09:00"), null, null, null, null));
        return new PointLogs.Sources(plan, rehearsals, points, reports, requests, alerts);
    }

    static PointSummary summary(MeetingPoint p, Integer headcount) {
        return new PointSummary(p, 0, 0, 0, 0, new PointState(null, null, null, headcount,
                headcount == null ? null : at("08:00"), null, headcount == null ? null : "kythuat"));
    }

    static FloorRequest floor(long id, MeetingPoint p, FloorState state, String asked, String started, String ended) {
        return new FloorRequest(id, 1, null, p == null ? null : p.id(), null, "Người " + id, "Ý kiến", state,
                at(asked), "kt", started == null && state != FloorState.DECLINED ? null : at(asked), "mc",
                started == null ? null : at(started), ended == null ? null : at(ended), 0);
    }

    static final RehearsalPlan RESET_AT_SEVEN = new RehearsalPlan(at("06:00"), at("07:00"), "bantochuc");

    @Test
    void reportsBeforeTheResetBelongToTheRehearsalNotToTheDay() {
        PointLog log = PointLogs.build(CONFERENCE, day(RESET_AT_SEVEN), at("12:00"));
        assertThat(log.day().start()).isEqualTo(at("07:00"));
        PointDay dongHoi = of(log, DONG_HOI);
        assertThat(dongHoi.changes()).extracting(StatusReport::status).containsExactly(LIVE_OK, LOST, LIVE_OK);
        assertThat(dongHoi.outages()).hasSize(1);
        assertThat(Minutes.of(dongHoi.outageTotal())).isEqualTo(4);

        PointLog noReset = PointLogs.build(CONFERENCE, day(RehearsalPlan.NONE), at("12:00"));
        assertThat(noReset.day().start()).isEqualTo(at("06:10"));
        assertThat(of(noReset, DONG_HOI).outages()).hasSize(2);
    }

    @Test
    void eachPointsDayHasItsRehearsalOutagesHeadcountFloorAndAlerts() {
        PointLog log = PointLogs.build(CONFERENCE, day(RESET_AT_SEVEN), at("12:00"));
        assertThat(log.day().end()).isEqualTo(at("11:30"));

        PointDay dongHoi = of(log, DONG_HOI);
        assertThat(dongHoi.rehearsal()).isEqualTo(RehearsalState.READY);
        assertThat(dongHoi.readyAt()).isEqualTo(at("06:34"));
        assertThat(dongHoi.headcount()).isEqualTo(41);
        assertThat(dongHoi.asked()).isEqualTo(2);
        assertThat(dongHoi.granted()).isEqualTo(2);
        assertThat(Minutes.of(dongHoi.spoken())).as("7 minutes, then 5 still speaking at the day's end").isEqualTo(12);
        assertThat(dongHoi.acknowledged()).isEqualTo(1);

        PointDay baDon = of(log, BA_DON);
        assertThat(baDon.rehearsal()).isEqualTo(RehearsalState.FAILED);
        assertThat(baDon.outages()).hasSize(2);
        assertThat(Minutes.of(baDon.outageTotal())).as("09:00–09:10 and 11:00–the end 11:30").isEqualTo(40);
        assertThat(Minutes.of(baDon.longestOutage())).isEqualTo(30);
        assertThat(baDon.declined()).isEqualTo(1);
        assertThat(baDon.alerts()).hasSize(1);
        assertThat(baDon.acknowledged()).isZero();

        assertThat(of(log, HALL).asked()).as("a request from the hall's floor is the hall's").isEqualTo(1);
        assertThat(of(log, CON_CO).rehearsal()).isEqualTo(RehearsalState.NOT_REPORTED);
        assertThat(of(log, CON_CO).changes()).isEmpty();
    }

    @Test
    void theHallComesFirstThenEachClusterInTheOrderOfItsFirstPointWithdrawnPointsIncludedThenThoseInNone() {
        PointLog log = PointLogs.build(CONFERENCE, day(RESET_AT_SEVEN), at("12:00"));
        assertThat(log.groups()).extracting(ClusterDays::cluster).containsExactly(null, "Cụm Đồng Hới", "Cụm Ba Đồn", null);
        assertThat(log.groups().getFirst().hall()).isTrue();
        assertThat(log.groups().get(1).points()).extracting(d -> d.point().name())
                .containsExactly("Điểm cầu phường Đồng Hới", "Điểm cầu phường Đồng Sơn");
        DayTotals cluster = log.groups().get(1).totals();
        assertThat(of(log, DONG_SON).outages()).as("lost since 07:45, never found").hasSize(1);
        assertThat(Minutes.of(of(log, DONG_SON).outageTotal())).isEqualTo(225);
        assertThat(cluster.outages()).as("Đồng Hới's one; withdrawn Đồng Sơn listed but in no sum").isEqualTo(1);
        assertThat(cluster.outageMinutes()).isEqualTo(4);
        assertThat(cluster.longestMinutes()).isEqualTo(4);
        assertThat(cluster.points()).isEqualTo(1);
        DayTotals province = log.province();
        assertThat(province.outages()).isEqualTo(3);
        assertThat(province.outageMinutes()).isEqualTo(4 + 40);
        assertThat(province.headcount()).isEqualTo(250 + 41 + 35);
        assertThat(province.asked()).isEqualTo(4);
        assertThat(province.alerts()).isEqualTo(2);
        assertThat(log.groups().stream().mapToLong(g -> g.totals().outageMinutes()).sum())
                .isEqualTo(province.outageMinutes());
        assertThat(log.outages()).extracting(Outage::from).isSorted();
    }

    @Test
    void whileTheConferenceRunsAnOpenOutageLastsUntilNow() {
        PointLog log = PointLogs.build(CONFERENCE, day(RESET_AT_SEVEN), at("11:10"));
        assertThat(log.day().end()).isEqualTo(at("11:10"));
        assertThat(Minutes.of(of(log, BA_DON).longestOutage())).isEqualTo(10);
    }

    static PointDay of(PointLog log, MeetingPoint p) {
        return log.points().stream().filter(d -> d.point().id() == p.id()).findFirst().orElseThrow();
    }
}
