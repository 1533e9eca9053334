package vn.hoinghi.attendance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;

/**
 * The minutes' table of the people at the points, the same in the spreadsheet and the PDF: the hall, then each
 * cluster's heading, its points (the headcount, when and by whom it was reported) and its subtotal, then the province.
 * Cells are numbers (Integer) or text; null is an empty cell.
 */
@StaysVietnamese("the attendance documents' table of the people at the points")
final class PeopleTable {

    static final List<String> HEADERS = List.of("STT", "Điểm cầu", "Dự kiến", "Đại biểu mời", "Điểm danh theo tên",
            "Số người báo", "Báo lúc", "Người báo", "Có mặt");
    static final String HEADING = "Số người dự theo cụm và điểm cầu";
    static final String NOTE = "Điểm cầu chưa báo số người được tính theo số đại biểu điểm danh theo tên.";
    private static final String NOT_REPORTED = "Chưa báo";
    private static final String NO_CLUSTER = "Các điểm cầu không thuộc cụm";

    enum Kind { POINT, CLUSTER, SUBTOTAL, TOTAL }

    /** A row: for a cluster's heading one text cell, else a cell per header. */
    record Line(Kind kind, List<Object> cells) {
    }

    private PeopleTable() {
    }

    static List<Line> of(ProvincePeople people) {
        List<Line> lines = new ArrayList<>();
        int[] number = {0};
        people.hall().ifPresent(h -> lines.add(point(++number[0], h)));
        for (ClusterPeople c : people.clusters()) {
            String name = c.name() == null ? NO_CLUSTER : "Cụm " + c.name();
            lines.add(new Line(Kind.CLUSTER, List.of(name)));
            c.points().forEach(p -> lines.add(point(++number[0], p)));
            lines.add(sum(Kind.SUBTOTAL, "Cộng " + (c.name() == null ? "các điểm cầu không thuộc cụm" : "cụm "
                    + c.name()) + " (" + reported(c.count()) + ")", c.count()));
        }
        PeopleCount atPoints = people.atPoints();
        lines.add(sum(Kind.TOTAL, "Tổng cộng toàn tỉnh: hội trường và " + atPoints.points() + " điểm cầu ("
                + reported(atPoints) + ")", people.total()));
        return lines;
    }

    private static String reported(PeopleCount c) {
        return c.reported() + "/" + c.points() + " điểm cầu đã báo";
    }

    private static Line point(int number, PointPeople p) {
        return new Line(Kind.POINT, Arrays.asList(number, AttendanceLabels.point(p.name()), p.expected(),
                p.delegates(), p.checkedIn(), p.headcount(),
                p.reported() ? Times.TIME.format(Times.local(p.headcountAt())) : NOT_REPORTED,
                p.headcountBy(), p.present()));
    }

    private static Line sum(Kind kind, String label, PeopleCount c) {
        return new Line(kind, Arrays.asList(null, label, c.expected(), c.delegates(), c.checkedIn(), c.headcounts(),
                null, null, c.present()));
    }
}
