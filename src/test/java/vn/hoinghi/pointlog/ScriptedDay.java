package vn.hoinghi.pointlog;

import static vn.hoinghi.database.jooq.Tables.FLOOR_REQUEST;
import static vn.hoinghi.database.jooq.Tables.REHEARSAL;
import static vn.hoinghi.database.jooq.Tables.REHEARSAL_CHECK;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.TestData;
import vn.hoinghi.alert.AlertService;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.floor.FloorState;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointBulkService;
import vn.hoinghi.point.PointDayOnClock;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.rehearsal.RehearsalItem;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/**
 * A scripted day of the new Quảng Trị's conference (the hall and 78 communes, 15/12/2025, 07:30–11:30): a rehearsal
 * reset at 07:00, links lost and found again, a headcount, requests for the floor and alerts. The statuses go through
 * the point feature's service (Đồng Hới's as its coordinator); the rehearsal and the floor requests are inserted as
 * rows here, because their services write with the time of the call and the script needs the day's times;
 * the alerts are raised by the reports themselves.
 */
@Component
public class ScriptedDay {

    public static final String DONG_HOI = "Điểm cầu phường Đồng Hới";
    public static final String DONG_THUAN = "Điểm cầu phường Đồng Thuận";
    public static final String DONG_SON = "Điểm cầu phường Đồng Sơn";
    public static final String CON_CO = "Điểm cầu đặc khu Cồn Cỏ";
    public static final String HALL = "Điểm cầu Trung tâm tỉnh";
    public static final String CLUSTER = "Thành phố Đồng Hới";
    public static final String COORDINATOR = "diemcau-donghoi";

    private final ConferenceService conferences;
    private final PointImportService importer;
    private final PointService points;
    private final PointBulkService bulk;
    private final PointDayService pointDay;
    private final PointDayOnClock onClock;
    private final RunAs runAs;
    private final TestAccounts accounts;
    private final AlertService alerts;
    private final DSLContext dsl;
    private final TransactionTemplate tx;

    ScriptedDay(ConferenceService conferences, PointImportService importer, PointService points, PointBulkService bulk,
                PointDayService pointDay, PointDayOnClock onClock, RunAs runAs, TestAccounts accounts, AlertService alerts, DSLContext dsl,
                TransactionTemplate tx) {
        this.conferences = conferences;
        this.importer = importer;
        this.points = points;
        this.bulk = bulk;
        this.pointDay = pointDay;
        this.onClock = onClock;
        this.runAs = runAs;
        this.accounts = accounts;
        this.alerts = alerts;
        this.dsl = dsl;
        this.tx = tx;
    }

    /** The test conference's day. */
    static final LocalDate DAY = LocalDate.of(2025, 12, 15);
    /** The day being scripted (the tests run one at a time). */
    private LocalDate day = DAY;

    /** On the day being scripted, Vietnam's time. */
    private Instant at(String hhmm) {
        return Times.fromLocal(day.atTime(LocalTime.parse(hhmm)));
    }

    /** Runs the day on a new conference; returns it. */
    public long run(String title) {
        long conference = runAs.committee("bantochuc", () -> setUp(title));
        script(conference, DAY);
        runAs.committee("bantochuc", () -> bulk.withdraw(conference, List.of(points.list(conference).stream()
                .filter(p -> p.name().equals(DONG_SON)).findFirst().orElseThrow().id())));
        return conference;
    }

    /**
     * Runs the day on a conference with the new Quảng Trị's points (the demo's), on its day; {@link #run} then
     * withdraws Đồng Sơn, lost since 07:45.
     */
    public void script(long conference, LocalDate on) {
        day = on;
        Map<String, MeetingPoint> byName = runAs.committee("bantochuc", () -> points.list(conference).stream()
                .collect(Collectors.toMap(MeetingPoint::name, Function.identity())));
        long dongHoi = byName.get(DONG_HOI).id();
        long dongThuan = byName.get(DONG_THUAN).id();
        long dongSon = byName.get(DONG_SON).id();
        String coordinator = accounts.ensure(COORDINATOR + "-" + conference, AppRoles.POINT);
        runAs.committee("bantochuc", () -> {
            long account = pointDay.candidates().stream().filter(c -> c.username().equals(coordinator)).findFirst()
                    .orElseThrow().accountId();
            pointDay.assign(dongHoi, account);
            return null;
        });
        // The rehearsal: Đồng Hới loses its link and finds it again; these reports are before the reset.
        committee(dongHoi, ConnectionStatus.LOST, "06:10");
        committee(dongHoi, ConnectionStatus.TEST_OK, "06:30");
        rehearsal(conference, dongHoi, dongThuan);
        // The day.
        asCoordinator(coordinator, dongHoi, ConnectionStatus.LIVE_OK, "07:35");
        committee(dongThuan, ConnectionStatus.LIVE_OK, "07:31");
        committee(byName.get(CON_CO).id(), ConnectionStatus.LIVE_OK, "07:40");
        committee(dongSon, ConnectionStatus.LOST, "07:45");
        runAs.role(coordinator, AppRoles.POINT, () -> {
            onClock.setHeadcount(clock("08:00"), dongHoi, 41);
            return null;
        });
        asCoordinator(coordinator, dongHoi, ConnectionStatus.LOST, "08:10");
        asCoordinator(coordinator, dongHoi, ConnectionStatus.LIVE_OK, "08:14");
        asCoordinator(coordinator, dongHoi, ConnectionStatus.LIVE_OK, "08:30");
        committee(dongThuan, ConnectionStatus.PROBLEM, "09:00");
        committee(dongThuan, ConnectionStatus.LOST, "09:02");
        committee(dongThuan, ConnectionStatus.LIVE_OK, "09:10");
        committee(dongThuan, ConnectionStatus.LOST, "11:00");
        floorRequests(conference, dongHoi, dongThuan);
        runAs.committee("bantochuc", () -> alerts.acknowledge(conference, alerts.history(conference).stream()
                .filter(a -> a.pointId() == dongHoi && a.raisedAt().equals(at("08:10"))).findFirst().orElseThrow().id(),
                "Trực ban cụm 1"));
    }

    private long setUp(String title) {
        ConferenceDraft d = TestData.quangTri();
        d.setTitle(title);
        d.setStartsAt(LocalDateTime.of(2025, 12, 15, 7, 30));
        d.setEndsAt(LocalDateTime.of(2025, 12, 15, 11, 30));
        long conference = conferences.create(d);
        importer.commit(conference, importer.preview(conference, "diem-cau.csv", sheet()));
        return conference;
    }

    private void committee(long point, ConnectionStatus status, String hhmm) {
        runAs.committee("bantochuc", () -> {
            onClock.setStatus(clock(hhmm), point, status);
            return null;
        });
    }

    private void asCoordinator(String coordinator, long point, ConnectionStatus status, String hhmm) {
        runAs.role(coordinator, AppRoles.POINT, () -> {
            onClock.setStatus(clock(hhmm), point, status);
            return null;
        });
    }

    private Clock clock(String hhmm) {
        return Clock.fixed(at(hhmm), ZoneId.of("UTC"));
    }

    /** Rows of the rehearsal feature: Đồng Hới ready at 06:34, Đồng Thuận's sound failed; the reset at 07:00. */
    private void rehearsal(long conference, long dongHoi, long dongThuan) {
        tx.executeWithoutResult(t -> {
            // The demo has its rehearsal's time already: the script only resets the day after it.
            if (dsl.update(REHEARSAL).set(REHEARSAL.DAY_RESET_AT, at("07:00")).set(REHEARSAL.DAY_RESET_BY, "bantochuc")
                    .where(REHEARSAL.CONFERENCE_ID.eq(conference)).execute() == 0) {
                dsl.insertInto(REHEARSAL).set(REHEARSAL.CONFERENCE_ID, conference).set(REHEARSAL.STARTS_AT, at("06:00"))
                        .set(REHEARSAL.DAY_RESET_AT, at("07:00")).set(REHEARSAL.DAY_RESET_BY, "bantochuc").execute();
            }
            for (RehearsalItem item : RehearsalItem.values()) {
                check(conference, dongHoi, item, true, at("06:3" + item.ordinal()));
            }
            check(conference, dongThuan, RehearsalItem.LINK, true, at("06:20"));
            check(conference, dongThuan, RehearsalItem.SOUND, false, at("06:25"));
        });
    }

    private void check(long conference, long point, RehearsalItem item, boolean ok, Instant at) {
        dsl.insertInto(REHEARSAL_CHECK).set(REHEARSAL_CHECK.CONFERENCE_ID, conference)
                .set(REHEARSAL_CHECK.MEETING_POINT_ID, point).set(REHEARSAL_CHECK.ITEM, item)
                .set(REHEARSAL_CHECK.OK, ok).set(REHEARSAL_CHECK.CHECKED_AT, at)
                .set(REHEARSAL_CHECK.CHECKED_BY, "kythuat").execute();
    }

    /**
     * Rows of the floor feature: three requests (one from the hall's floor). The alerts are the point feature's
     * reports raising them: Đồng Hới lost at 08:10, Đồng Thuận in trouble at 09:00 and lost at 09:02 and 11:00.
     */
    private void floorRequests(long conference, long dongHoi, long dongThuan) {
        tx.executeWithoutResult(t -> {
            request(conference, dongHoi, "Nguyễn Văn Hải", FloorState.DONE, "09:30", "09:31", "09:38");
            request(conference, dongThuan, "Trần Thị Lan", FloorState.DECLINED, "09:32", null, null);
            request(conference, null, "Lê Quang Minh", FloorState.DONE, "09:40", "09:45", "09:50");
        });
    }

    private void request(long conference, Long point, String speaker, FloorState state, String asked, String started,
                         String ended) {
        dsl.insertInto(FLOOR_REQUEST).set(FLOOR_REQUEST.CONFERENCE_ID, conference)
                .set(FLOOR_REQUEST.MEETING_POINT_ID, point).set(FLOOR_REQUEST.SPEAKER, speaker)
                .set(FLOOR_REQUEST.TOPIC, "Ý kiến về chuyển đổi số cấp xã").set(FLOOR_REQUEST.STATE, state)
                .set(FLOOR_REQUEST.REQUESTED_AT, at(asked)).set(FLOOR_REQUEST.REQUESTED_BY, "kythuat")
                .set(FLOOR_REQUEST.DECIDED_AT, at(asked).plusSeconds(30)).set(FLOOR_REQUEST.DECIDED_BY, "mc")
                .set(FLOOR_REQUEST.STARTED_AT, started == null ? null : at(started))
                .set(FLOOR_REQUEST.ENDED_AT, ended == null ? null : at(ended)).execute();
    }

    private static byte[] sheet() {
        try (InputStream in = ScriptedDay.class.getResourceAsStream("/demo/quang-tri-2025/diem-cau.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
