package vn.hoinghi.pointlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The numbers of the summary's columns from "Số lần đổi trạng thái" on, for a point and for a sum, in one place for
 * the sheet and the PDF: numbers stay numbers; a headcount never reported is empty.
 */
final class SummaryCells {

    private SummaryCells() {
    }

    static List<Object> of(PointDay d) {
        return new ArrayList<>(Arrays.asList(d.changes().size(), d.outageCount(), Minutes.of(d.outageTotal()),
                Minutes.of(d.longestOutage()), d.headcount(), d.asked(), d.granted(), Minutes.of(d.spoken()),
                d.alerts().size(), d.acknowledged()));
    }

    static List<Object> of(DayTotals t) {
        return List.of(t.changes(), t.outages(), t.outageMinutes(), t.longestMinutes(), t.headcount(), t.asked(),
                t.granted(), t.spokenMinutes(), t.alerts(), t.acknowledged());
    }
}
