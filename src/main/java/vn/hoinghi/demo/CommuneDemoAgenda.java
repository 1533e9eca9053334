package vn.hoinghi.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.point.MeetingPoint;

/**
 * The 2025 demo's programme, sized for a morning with 78 communes on the line: the opening, the report, a video
 * report, four contributions spoken from commune points by their chairmen, the direction and the closing.
 */
@StaysVietnamese("the demo conference's data")
final class CommuneDemoAgenda {

    private record Contribution(String commune, String title) {
    }

    private static final List<Contribution> CONTRIBUTIONS = List.of(
            new Contribution("phường Đồng Hới",
                    "Tham luận: Giải quyết thủ tục hành chính cho người dân sau khi hợp nhất phường"),
            new Contribution("xã Lao Bảo",
                    "Tham luận: Quản lý kinh tế cửa khẩu khi không còn cấp huyện"),
            new Contribution("xã Phong Nha",
                    "Tham luận: Du lịch, bảo vệ rừng và chuyển đổi số ở xã vùng di sản"),
            new Contribution("đặc khu Cồn Cỏ",
                    "Tham luận: Tổ chức bộ máy chính quyền đặc khu trên đảo"));

    private CommuneDemoAgenda() {
    }

    /** The items; {@code delegateByTitle} finds the presenters among the delegates just made. */
    static List<AgendaDraft> items(List<MeetingPoint> points, Map<String, Long> delegateByTitle) {
        Long chairman = delegateByTitle.get(CommuneDemoDelegates.PROVINCE_CHAIRMAN);
        List<AgendaDraft> items = new ArrayList<>();
        items.add(hall(AgendaKind.CEREMONY, "Chào cờ; tuyên bố lý do, giới thiệu đại biểu", null,
                "Người dẫn chương trình", 5));
        items.add(hall(AgendaKind.SPEECH, "Phát biểu khai mạc hội nghị", chairman, null, 10));
        items.add(hall(AgendaKind.REPORT, "Báo cáo sơ kết 6 tháng vận hành chính quyền địa phương hai cấp",
                delegateByTitle.get(CommuneDemoDelegates.HOME_AFFAIRS), null, 20));
        items.add(hall(AgendaKind.PERFORMANCE, "Phóng sự: Chính quyền hai cấp – nửa năm đi vào cuộc sống", null,
                "Báo và Phát thanh, Truyền hình Quảng Trị", 10));
        for (Contribution c : CONTRIBUTIONS) {
            MeetingPoint point = points.stream().filter(p -> !p.hall() && CommuneDemoDelegates.commune(p).equals(c.commune()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Thiếu điểm cầu " + c.commune()));
            items.add(new AgendaDraft(AgendaKind.CONTRIBUTION, c.title(),
                    delegateByTitle.get(CommuneDemoDelegates.communeChairman(c.commune())), null, point.hostUnitName(),
                    8, point.id(), null, null));
        }
        items.add(hall(AgendaKind.DISCUSSION, "Thảo luận: ý kiến của các xã, phường, đặc khu từ các điểm cầu", null,
                "Người dẫn chương trình", 15));
        items.add(hall(AgendaKind.SPEECH, "Phát biểu chỉ đạo", delegateByTitle.get(CommuneDemoDelegates.PROVINCE_SECRETARY),
                null, 20));
        items.add(hall(AgendaKind.CLOSING, "Phát biểu kết luận, bế mạc hội nghị", chairman, null, 10));
        return items;
    }

    private static AgendaDraft hall(AgendaKind kind, String title, Long presenterId, String presenter, int minutes) {
        return new AgendaDraft(kind, title, presenterId, presenter, null, minutes, null, null, null);
    }
}
