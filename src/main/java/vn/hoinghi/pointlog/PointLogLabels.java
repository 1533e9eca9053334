package vn.hoinghi.pointlog;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.hoinghi.alert.AlertKind;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.floor.FloorState;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.PointKind;
import vn.hoinghi.rehearsal.RehearsalState;

/** The words the record of the points' day prints (a Vietnamese document, whatever the screen's language). */
@StaysVietnamese("the record of the points' day: sheet and report words")
public final class PointLogLabels {

    public static final String TITLE = "BÁO CÁO TÌNH HÌNH CÁC ĐIỂM CẦU TRONG NGÀY HỘI NGHỊ";
    /** The summary's columns, the sheet's and the PDF's alike. */
    static final List<String> SUMMARY = List.of("STT", "Điểm cầu", "Tổng duyệt", "Sẵn sàng lúc",
            "Số lần đổi trạng thái", "Số lần gián đoạn", "Tổng thời gian gián đoạn (phút)", "Lâu nhất (phút)",
            "Số người dự", "Xin phát biểu", "Được phát biểu", "Thời gian phát biểu (phút)", "Cảnh báo",
            "Đã xác nhận");
    static final List<String> EVENTS = List.of("Thời gian", "Cụm", "Điểm cầu", "Diễn biến", "Người báo",
            "Đến", "Thời gian gián đoạn (phút)");
    static final List<String> REQUESTS = List.of("STT", "Cụm", "Điểm cầu", "Người phát biểu", "Nội dung",
            "Xin lúc", "Kết quả", "Bắt đầu", "Kết thúc", "Thời gian (phút)");
    static final String OUTAGE = "Gián đoạn";
    static final String NOT_FIXED = "Chưa khắc phục";
    static final String WITHDRAWN = "(đã rút)";
    static final String PROVINCE = "Tổng cộng toàn tỉnh";
    static final String SUM_OF = "Cộng ";
    static final String WITHDRAWN_NOTE = "Điểm cầu đã rút (ghi \"(đã rút)\") được liệt kê nhưng không tính vào các"
            + " dòng cộng.";

    private PointLogLabels() {
    }

    static String group(ClusterDays g) {
        if (g.hall()) {
            return "Hội trường chính";
        }
        return g.cluster() == null ? "Các điểm cầu không thuộc cụm" : g.cluster();
    }

    /** The cluster a point's row names: the hall's is the hall. */
    static String cluster(PointDay d) {
        if (d.point().hall()) {
            return "Hội trường";
        }
        return d.point().cluster() == null ? "" : d.point().cluster().strip();
    }

    /** The point's name, marked when it withdrew. */
    static String point(PointDay d) {
        return d.point().withdrawn() ? d.point().name() + " " + WITHDRAWN : d.point().name();
    }

    static String rehearsal(RehearsalState state) {
        return switch (state) {
            case READY -> "Sẵn sàng";
            case PARTLY -> "Chưa đủ";
            case FAILED -> "Không đạt";
            case NOT_REPORTED -> "Chưa báo";
        };
    }

    static String status(ConnectionStatus status) {
        return switch (status) {
            case NOT_TESTED -> "Chưa thử";
            case TEST_OK -> "Thử tốt";
            case TEST_FAILED -> "Thử lỗi";
            case LIVE_OK -> "Kết nối tốt";
            case PROBLEM -> "Có sự cố";
            case LOST -> "Mất kết nối";
        };
    }

    static String kind(PointKind kind) {
        return kind == null ? "" : switch (kind) {
            case HALL -> "Hội trường";
            case WARD -> "Phường";
            case COMMUNE -> "Xã";
            case SPECIAL_ZONE -> "Đặc khu";
            case DISTRICT -> "Huyện";
            case DEPARTMENT -> "Sở, ngành";
            case OTHER -> "Khác";
        };
    }

    static String floor(FloorState state) {
        return switch (state) {
            case WAITING -> "Chưa được trả lời";
            case SPEAKING, DONE -> "Được phát biểu";
            case DECLINED -> "Không được phát biểu";
            case WITHDRAWN -> "Rút yêu cầu";
        };
    }

    static String alert(AlertKind kind) {
        return switch (kind) {
            case LOST -> "Cảnh báo mất kết nối";
            case TROUBLE -> "Cảnh báo sự cố";
            case SILENT -> "Cảnh báo không báo cáo";
        };
    }

    /** "08:10", or empty. */
    static String time(Instant at) {
        return at == null ? "" : Times.TIME.format(Times.local(at));
    }

    /** "Số liệu đến 11 giờ 30 phút, ngày 15/12/2025". */
    static String asOf(Instant at) {
        var local = Times.local(at);
        return "Số liệu đến %02d giờ %02d phút, ngày %s".formatted(local.getHour(), local.getMinute(),
                Times.DATE.format(local));
    }

    /** "nhat-ky-diem-cau-hoi-nghi-tong-ket-2025.xlsx": the file names the conference. */
    public static String fileName(Conference conference, String extension) {
        String slug = SearchKey.fold(conference.title()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return "nhat-ky-diem-cau-" + (slug.isEmpty() ? conference.id() : slug) + "." + extension;
    }
}
