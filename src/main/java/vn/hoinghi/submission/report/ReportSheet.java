package vn.hoinghi.submission.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hoinghi.submission.StoredFile;

/**
 * One unit's report as its page shows it: the form, the outline to follow, the deadline, the figures and the typed
 * table cells so far (computed cells are worked out, never stored), every
 * narrative file sent (newest first) and whether the unit may still change it.
 */
public record ReportSheet(long conferenceId, long unitId, String unitName, ReportForm form, String outline,
                          LocalDate deadline, UnitReport report, Map<Long, FieldValue> values,
                          Map<CellKey, FieldValue> cells, List<StoredFile> files, boolean open) {

    public ReportSheet {
        values = Map.copyOf(values);
        cells = Map.copyOf(cells);
        files = List.copyOf(files);
    }

    /** The version to send with the next change: 0 while nothing is stored. */
    public int version() {
        return report == null ? 0 : report.version();
    }

    public ReportStatus status() {
        return report == null ? ReportStatus.NOT_STARTED : report.status();
    }

    /** Counted rows whose parts do not add up to them, said as the unit should read it; empty when all agree. */
    public List<String> partsNotAddingUp() {
        List<String> found = new java.util.ArrayList<>(PartSums.mismatches(form, values));
        found.addAll(TablePartSums.mismatches(form, cells));
        return found;
    }

    /** A table's numbers as it prints: the typed cells and the computed ones (total column, total rows). */
    public Map<CellKey, java.math.BigDecimal> numbers(FormTable table) {
        return TableSums.complete(table, TableCells.numbers(cells));
    }

    public FieldValue value(ReportField field) {
        return values.get(field.id());
    }
}
