package vn.hoinghi.attendance;

import java.time.Instant;
import java.util.List;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;

/** The words the attendance documents use (they are Vietnamese documents, whatever the screen's language). */
@StaysVietnamese("the attendance documents' words")
final class AttendanceLabels {

    static final List<String> COUNT_HEADERS = List.of("Mời", "Báo vắng", "Dự thay", "Dự kiến", "Có mặt", "Vắng",
            "Tỷ lệ có mặt");
    static final List<String> LIST_HEADERS = List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điểm cầu",
            "Điểm danh", "Cổng", "Ghi chú");
    static final String ABSENT = "Vắng";
    static final String TOTAL = "Tổng cộng";
    static final String NO_GROUP = "Đại biểu khác";

    private AttendanceLabels() {
    }

    static List<Object> counts(AttendanceCount c) {
        return List.of(c.invited(), c.declined(), c.substitutes(), c.expected(), c.present(), c.absent(),
                c.percent() + "%");
    }

    static String group(String name) {
        return name == null ? NO_GROUP : name;
    }

    /** A point's name under the heading "Điểm cầu", without saying it twice: "UBND huyện Cam Lộ". */
    static String point(String name) {
        String folded = SearchKey.fold(name);
        return folded.startsWith("diem cau ") ? name.substring("Điểm cầu ".length()).strip() : name;
    }

    /** "07:42", or "Vắng". */
    static String time(AttendanceEntry e) {
        return e.present() ? Times.TIME.format(Times.local(e.checkedInAt())) : ABSENT;
    }

    /** Who came instead, or that the delegate sent word they would not come. */
    static String note(AttendanceEntry e) {
        if (e.declined()) {
            return "Có báo vắng";
        }
        return e.hasSubstitute() ? "Dự thay: " + e.substituteName() : "";
    }

    /** "Số liệu lúc 08 giờ 15 phút, ngày 29/10/2021". */
    static String asOf(Instant at) {
        var local = Times.local(at);
        return "Số liệu lúc %02d giờ %02d phút, ngày %s".formatted(local.getHour(), local.getMinute(),
                Times.DATE.format(local));
    }
}
