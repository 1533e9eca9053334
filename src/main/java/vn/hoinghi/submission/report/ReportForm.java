package vn.hoinghi.submission.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.Texts;

/**
 * A conference's data form: its rows in order, the tables of its TABLE rows (by that row's id), and how messages and
 * tables name them.
 */
public record ReportForm(long conferenceId, List<ReportField> fields, Map<Long, FormTable> tables) {

    public ReportForm {
        fields = List.copyOf(fields);
        tables = Map.copyOf(tables);
    }

    /** The table a TABLE row titles. */
    public Optional<FormTable> table(ReportField field) {
        return Optional.ofNullable(tables.get(field.id()));
    }

    /** The form's tables in the form's order. */
    public List<FormTable> tablesInOrder() {
        return fields.stream().filter(f -> tables.containsKey(f.id())).map(f -> tables.get(f.id())).toList();
    }

    public Optional<ReportField> field(long id) {
        return fields.stream().filter(f -> f.id() == id).findFirst();
    }

    /** The rows that take a value (not the headings). */
    public List<ReportField> valueFields() {
        return fields.stream().filter(f -> f.kind().holdsValue()).toList();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The row a row belongs to: the nearest one above it with a lower level. */
    public Optional<ReportField> parent(ReportField field) {
        int i = fields.indexOf(field);
        for (int j = i - 1; j >= 0; j--) {
            if (fields.get(j).level() < field.level()) {
                return Optional.of(fields.get(j));
            }
        }
        return Optional.empty();
    }

    /**
     * How a message names a row: "Mục 2.1 – Số vụ vi phạm quy định phòng, chống dịch"; a sub-row under a counted row
     * carries that row's label ("Mục 1.1.1 – Số tổ COVID-19 cộng đồng – Đã kiện toàn"); a row without a number of
     * its own takes its section's.
     */
    public String name(ReportField field) {
        String label = field.label();
        Optional<ReportField> parent = parent(field);
        if (field.level() == 2 && parent.isPresent() && parent.get().kind() != FieldKind.HEADING) {
            label = parent.get().label() + " – " + label;
        }
        String code = field.code();
        for (Optional<ReportField> p = parent; code == null && p.isPresent(); p = parent(p.get())) {
            code = p.get().code();
        }
        return code == null ? label : Texts.t("submission.report.fieldName", code, label);
    }
}
