package vn.hoinghi.demo;

import java.util.ArrayList;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.point.MeetingPoint;

/**
 * The 2025 demo's delegates: the province's leaders in the hall with their protocol ranks, and at each commune's
 * point its Party secretary, chairman and vice-chairman. Titles follow the two-tier government; names are invented.
 */
@StaysVietnamese("the demo conference's data")
final class CommuneDemoDelegates {

    static final String PROVINCE_SECRETARY = "Bí thư Tỉnh ủy";
    static final String PROVINCE_CHAIRMAN = "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh";
    static final String HOME_AFFAIRS = "Giám đốc Sở Nội vụ";
    static final String PROVINCE_LEADERS = "Lãnh đạo tỉnh";
    static final String DEPARTMENTS = "Lãnh đạo các cơ quan, đơn vị cấp tỉnh";
    static final String PRESS = "Cơ quan báo chí";
    static final String COMMUNE_LEADERS = "Lãnh đạo xã, phường, đặc khu";

    private record Seat(String title, String unit, String group) {
    }

    /** In protocol order: the rank is the place in this list (the press has none). */
    private static final List<Seat> HALL = List.of(
            new Seat(PROVINCE_SECRETARY, "Tỉnh ủy Quảng Trị", PROVINCE_LEADERS),
            new Seat("Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy Quảng Trị", PROVINCE_LEADERS),
            new Seat(PROVINCE_CHAIRMAN, "UBND tỉnh Quảng Trị", PROVINCE_LEADERS),
            new Seat("Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", "HĐND tỉnh Quảng Trị", PROVINCE_LEADERS),
            new Seat("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", PROVINCE_LEADERS),
            new Seat("Phó Chủ tịch Thường trực UBND tỉnh", "UBND tỉnh Quảng Trị", PROVINCE_LEADERS),
            new Seat("Phó Chủ tịch UBND tỉnh", "UBND tỉnh Quảng Trị", PROVINCE_LEADERS),
            new Seat("Phó Chủ tịch UBND tỉnh", "UBND tỉnh Quảng Trị", PROVINCE_LEADERS),
            new Seat("Phó Chủ tịch HĐND tỉnh", "HĐND tỉnh Quảng Trị", PROVINCE_LEADERS),
            new Seat("Trưởng Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy Quảng Trị", DEPARTMENTS),
            new Seat("Chánh Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy Quảng Trị", DEPARTMENTS),
            new Seat("Chánh Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh Quảng Trị", DEPARTMENTS),
            new Seat(HOME_AFFAIRS, "Sở Nội vụ tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Tài chính", "Sở Tài chính tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Tư pháp", "Sở Tư pháp tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Xây dựng", "Sở Xây dựng tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Y tế", "Sở Y tế tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Công Thương", "Sở Công Thương tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Sở Dân tộc và Tôn giáo", "Sở Dân tộc và Tôn giáo tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Chánh Thanh tra tỉnh", "Thanh tra tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Công an tỉnh", "Công an tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Giám đốc Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh Quảng Trị", DEPARTMENTS),
            new Seat("Tổng Biên tập", "Báo và Phát thanh, Truyền hình Quảng Trị", PRESS),
            new Seat("Phóng viên", "Báo và Phát thanh, Truyền hình Quảng Trị", PRESS));

    private CommuneDemoDelegates() {
    }

    static int hallCount() {
        return HALL.size();
    }

    /** The commune's name as its people write it: "xã Nam Gianh" for the host "UBND xã Nam Gianh". */
    static String commune(MeetingPoint point) {
        return point.hostUnitName().replaceFirst("^UBND ", "");
    }

    static String communeChairman(String commune) {
        return "Chủ tịch UBND " + commune;
    }

    static String communeSecretary(String commune) {
        return "Bí thư Đảng ủy " + commune;
    }

    /** Everyone, the hall first (a null point is the hall). */
    static List<DelegateDraft> drafts(List<MeetingPoint> points) {
        DemoPeople people = new DemoPeople();
        List<DelegateDraft> drafts = new ArrayList<>();
        for (int i = 0; i < HALL.size(); i++) {
            Seat seat = HALL.get(i);
            drafts.add(draft(people.next(), seat.title(), seat.unit(), seat.group(), null,
                    seat.group().equals(PRESS) ? null : i + 1));
        }
        for (MeetingPoint point : points) {
            if (point.hall()) {
                continue;
            }
            String commune = commune(point);
            drafts.add(draft(people.next(), communeSecretary(commune), "Đảng ủy " + commune, COMMUNE_LEADERS, point.id(), null));
            drafts.add(draft(people.next(), communeChairman(commune), point.hostUnitName(), COMMUNE_LEADERS, point.id(), null));
            drafts.add(draft(people.next(), "Phó Chủ tịch UBND " + commune, point.hostUnitName(), COMMUNE_LEADERS, point.id(), null));
        }
        return drafts;
    }

    private static DelegateDraft draft(DemoPeople.Person person, String title, String unit, String group, Long pointId,
                                       Integer rank) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName(person.fullName());
        d.setGender(person.gender());
        d.setTitle(title);
        d.setUnitName(unit);
        d.setGroupName(group);
        d.setPointId(pointId);
        d.setProtocolRank(rank);
        return d;
    }
}
