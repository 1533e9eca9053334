package vn.hoinghi.pointlog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.hoinghi.alert.PointAlert;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.floor.FloorRequest;
import vn.hoinghi.point.StatusReport;

/** The day in time order, line by line, for the sheet "Diễn biến" and the PDF's outages list. */
@StaysVietnamese("the record of the points' day: the lines of its course")
final class DayLines {

    /** One line: when, whose, what, who reported it, until when, for how many minutes (null: not a length). */
    record Line(Instant at, PointDay point, String what, String by, String until, Long minutes) {
    }

    private DayLines() {
    }

    /** Every status change, outage and alert of the day. */
    static List<Line> all(PointLog log) {
        List<Line> lines = new ArrayList<>();
        for (PointDay d : log.points()) {
            for (StatusReport r : d.changes()) {
                lines.add(new Line(r.at(), d, PointLogLabels.status(r.status()), r.by(), "", null));
            }
            d.outages().forEach(o -> lines.add(outage(d, o)));
            for (PointAlert a : d.alerts()) {
                String what = PointLogLabels.alert(a.kind()) + (a.acknowledgedAt() == null ? ", chưa có người xác nhận"
                        : ", " + a.acknowledgedBy() + " xác nhận lúc " + PointLogLabels.time(a.acknowledgedAt()));
                lines.add(new Line(a.raisedAt(), d, what, null, PointLogLabels.time(a.clearedAt()), null));
            }
        }
        lines.sort(Comparator.comparing(Line::at));
        return lines;
    }

    /** The outages alone, the earliest first. */
    static List<Line> outages(PointLog log) {
        return log.points().stream().flatMap(d -> d.outages().stream().map(o -> outage(d, o)))
                .sorted(Comparator.comparing(Line::at)).toList();
    }

    private static Line outage(PointDay d, Outage o) {
        return new Line(o.from(), d, PointLogLabels.OUTAGE + " (" + PointLogLabels.status(o.cause()).toLowerCase(PdfFonts.VIETNAMESE) + ")",
                o.reportedBy(), o.fixed() ? PointLogLabels.time(o.to()) : PointLogLabels.NOT_FIXED,
                Minutes.of(o.length(d.dayEnd())));
    }

    /** Every request for the floor, in the order asked, with the point it came from. */
    record Request(PointDay point, FloorRequest request) {
    }

    static List<Request> requests(PointLog log) {
        return log.points().stream().flatMap(d -> d.requests().stream().map(r -> new Request(d, r)))
                .sorted(Comparator.comparing((Request r) -> r.request().requestedAt())).toList();
    }
}
