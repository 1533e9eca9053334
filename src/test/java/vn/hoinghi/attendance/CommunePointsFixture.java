package vn.hoinghi.attendance;

import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.TestData;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;

/**
 * The new Quảng Trị's morning (the hall and its 78 communes in 18 clusters, from the 2025 sheet): a few named
 * delegates checked in, headcounts reported at some points, one point withdrawn after it reported. Run as the
 * committee.
 */
@Component
public class CommunePointsFixture {

    /** The headcounts reported, by point name; Đồng Thuận reports fewer than it checked in by name. */
    static final Map<String, Integer> HEADCOUNTS = Map.of(
            "Điểm cầu phường Đồng Hới", 41, "Điểm cầu phường Đồng Thuận", 1, "Điểm cầu phường Đồng Sơn", 22,
            "Điểm cầu đặc khu Cồn Cỏ", 12, "Điểm cầu Trung tâm tỉnh", 64);
    /** Withdrawn after it reported: counted nowhere. */
    static final String WITHDRAWN = "Điểm cầu phường Đồng Sơn";
    /** Delegates checked in by name, by point name (each point also has one delegate who has not come). */
    static final Map<String, Integer> CHECKED_IN = Map.of("Điểm cầu Trung tâm tỉnh", 3,
            "Điểm cầu phường Đồng Thuận", 2, "Điểm cầu xã Vĩnh Linh", 2);

    private final ConferenceService conferences;
    private final PointImportService importer;
    private final PointService points;
    private final PointDayService pointDay;
    private final DelegateService delegates;
    private final CheckinService checkins;
    private final DSLContext dsl;
    private final TransactionTemplate tx;

    CommunePointsFixture(ConferenceService conferences, PointImportService importer, PointService points,
                         PointDayService pointDay, DelegateService delegates, CheckinService checkins, DSLContext dsl,
                         TransactionTemplate tx) {
        this.conferences = conferences;
        this.importer = importer;
        this.points = points;
        this.pointDay = pointDay;
        this.delegates = delegates;
        this.checkins = checkins;
        this.dsl = dsl;
        this.tx = tx;
    }

    public long morning() {
        long conference = conferences.create(TestData.conference(TestData.unique("Hội nghị tổng kết cấp xã")));
        importer.commit(conference, importer.preview(conference, "diem-cau.csv", sheet()));
        Map<String, MeetingPoint> byName = byName(conference);
        CHECKED_IN.forEach((name, n) -> {
            MeetingPoint point = byName.get(name);
            for (int i = 0; i <= n; i++) {
                long id = delegate(conference, point, i);
                if (i < n && checkins.checkInFound(conference, id, "Cổng " + i).reason() != CheckinReason.OK) {
                    throw new IllegalStateException("Not checked in at " + name);
                }
            }
        });
        HEADCOUNTS.forEach((name, n) -> pointDay.setHeadcount(byName.get(name).id(), n));
        long withdrawn = byName.get(WITHDRAWN).id();
        tx.executeWithoutResult(t -> dsl.update(MEETING_POINT).set(MEETING_POINT.WITHDRAWN_AT, Instant.now())
                .where(MEETING_POINT.ID.eq(withdrawn)).execute());
        return conference;
    }

    public Map<String, MeetingPoint> byName(long conference) {
        return points.list(conference).stream().collect(Collectors.toMap(MeetingPoint::name, Function.identity()));
    }

    private long delegate(long conference, MeetingPoint point, int i) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName("Đại biểu " + (char) ('A' + i) + " " + point.name().substring("Điểm cầu ".length()));
        d.setTitle("Chủ tịch UBND");
        d.setUnitName(point.hostUnitName());
        d.setPointId(point.id());
        return delegates.create(conference, d);
    }

    static byte[] sheet() {
        try (InputStream in = CommunePointsFixture.class.getResourceAsStream("/demo/quang-tri-2025/diem-cau.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
