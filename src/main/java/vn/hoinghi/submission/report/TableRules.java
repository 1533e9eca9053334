package vn.hoinghi.submission.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.submission.report.repository.ReportTableRepository;

/**
 * What a table part of the form must be, and what its units' cells allow the committee to change. Messages are keyed
 * "title", "code", "columns", "rows", "column-{n}" and "row-{n}" (n counted from 1, as the committee's lines are),
 * and name the table, the row and the column.
 */
@Component
class TableRules {

    static final int MAX_COLUMNS = 30;
    static final int MAX_ROWS = 200;

    private final FieldRules fieldRules;
    private final ReportTableRepository tables;

    TableRules(FieldRules fieldRules, ReportTableRepository tables) {
        this.fieldRules = fieldRules;
        this.tables = tables;
    }

    /** The draft cleaned, or every problem at once. */
    TableDraft validate(TableDraft d, ReportField editing, List<ReportField> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        FieldDraft title = null;
        try {
            title = fieldRules.validate(new FieldDraft(d.code(), d.title(), FieldKind.TABLE, null, 1), editing, form);
        } catch (ValidationException e) {
            e.fieldErrors().forEach((k, v) -> errors.put("label".equals(k) ? "title" : k, v));
        }
        String table = name(title == null ? d.code() : title.code(), title == null ? d.title() : title.label());
        List<TableDraft.Column> columns = columns(d.columns(), table, errors);
        List<TableDraft.Row> rows = rows(d.rows(), table, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TableDraft(title.code(), title.label(), columns, rows);
    }

    private static List<TableDraft.Column> columns(List<TableDraft.Column> given, String table,
                                                   Map<String, String> errors) {
        List<TableDraft.Column> columns = new ArrayList<>();
        if (given.stream().noneMatch(c -> c.kind() != null && c.kind().typed())) {
            errors.put("columns", Texts.t("submission.table.noTypedColumn", table));
        } else if (given.size() > MAX_COLUMNS) {
            errors.put("columns", Texts.t("submission.table.tooManyColumns", table, String.valueOf(MAX_COLUMNS)));
        }
        boolean numbers = given.stream().anyMatch(c -> c.kind() != null && c.kind().typed() && c.kind().numeric());
        for (int i = 0; i < given.size(); i++) {
            TableDraft.Column c = given.get(i);
            String label = SearchKey.clean(c.label());
            String group = SearchKey.clean(c.group());
            String unit = c.kind() == ColumnKind.AMOUNT ? SearchKey.clean(c.unitLabel()) : null;
            String named = Texts.t("submission.table.columnName", table, String.valueOf(i + 1),
                    label == null ? "" : label);
            String problem = label == null ? Texts.t("submission.table.columnLabelMissing", named)
                    : label.length() > 200 || group != null && group.length() > 200
                    ? Texts.t("submission.table.columnTooLong", named)
                    : unit != null && unit.length() > 50 ? Texts.t("submission.table.unitTooLong", named)
                    : c.kind() == null ? Texts.t("submission.table.columnKindMissing", named)
                    : c.kind() == ColumnKind.TOTAL && !numbers ? Texts.t("submission.table.totalWithoutNumbers", named)
                    : null;
            if (problem != null) {
                errors.put("column-" + (i + 1), problem);
            }
            columns.add(new TableDraft.Column(group, label, c.kind(), unit));
        }
        return columns;
    }

    private static List<TableDraft.Row> rows(List<TableDraft.Row> given, String table, Map<String, String> errors) {
        if (given.stream().noneMatch(r -> r.sumOf().isEmpty())) {
            errors.put("rows", Texts.t("submission.table.noTypedRow", table));
        } else if (given.size() > MAX_ROWS) {
            errors.put("rows", Texts.t("submission.table.tooManyRows", table, String.valueOf(MAX_ROWS)));
        }
        Set<String> typedCodes = new HashSet<>();
        given.stream().filter(r -> r.sumOf().isEmpty()).map(r -> SearchKey.clean(r.code()))
                .filter(Objects::nonNull).forEach(typedCodes::add);
        Set<String> seen = new HashSet<>();
        List<TableDraft.Row> rows = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            TableDraft.Row r = given.get(i);
            String label = SearchKey.clean(r.label());
            String code = SearchKey.clean(r.code());
            List<String> sumOf = r.sumOf().stream().map(SearchKey::clean).filter(Objects::nonNull).toList();
            String named = Texts.t("submission.table.rowName", table, String.valueOf(i + 1), label == null ? "" : label);
            String missing = sumOf.stream().filter(s -> !typedCodes.contains(s)).findFirst().orElse(null);
            String problem = label == null ? Texts.t("submission.table.rowLabelMissing", named)
                    : label.length() > 1000 ? Texts.t("submission.table.rowTooLong", named)
                    : code != null && code.length() > 20 ? Texts.t("submission.table.rowCodeTooLong", named)
                    : code != null && !seen.add(code) ? Texts.t("submission.table.rowCodeTaken", named, code)
                    : r.level() < 1 || r.level() > 2 ? Texts.t("submission.table.rowLevel", named)
                    : missing != null ? Texts.t("submission.table.sumOfMissing", named, missing)
                    : null;
            if (problem != null) {
                errors.put("row-" + (i + 1), problem);
            }
            rows.add(new TableDraft.Row(code, label, r.level(), sumOf));
        }
        return rows;
    }

    /**
     * Once a unit has typed a cell, only the texts may change (title, headings, labels, units): adding, removing,
     * reordering or changing the kind of a column or a row would move or drop the units' figures.
     */
    void checkShapeChange(ReportForm form, FormTable current, TableDraft next) {
        if (sameShape(current.draft(), next)) {
            return;
        }
        List<Long> units = tables.unitsWithCells(current.field().id());
        if (!units.isEmpty()) {
            throw new ValidationException(Map.of("rows", Texts.t("submission.table.shapeLocked",
                    form.name(current.field()), fieldRules.filledByUnits(units))));
        }
    }

    /** A table is removed only while no unit has typed a cell of it. */
    void checkCanDelete(ReportForm form, FormTable table) {
        List<Long> units = tables.unitsWithCells(table.field().id());
        if (!units.isEmpty()) {
            throw new ValidationException(Map.of("field", Texts.t("submission.field.cannotDelete",
                    form.name(table.field()), fieldRules.filledByUnits(units))));
        }
    }

    /** A table is made and changed only as a table (its columns and rows with it), never as a one-value row. */
    static void checkNotTable(FieldKind from, FieldKind to) {
        if (from != to && (from == FieldKind.TABLE || to == FieldKind.TABLE)) {
            throw new ValidationException(Map.of("kind", Texts.t("submission.table.notAsField")));
        }
    }

    static boolean sameShape(TableDraft a, TableDraft b) {
        if (a.columns().size() != b.columns().size() || a.rows().size() != b.rows().size()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            if (a.columns().get(i).kind() != b.columns().get(i).kind()) {
                return false;
            }
        }
        for (int i = 0; i < a.rows().size(); i++) {
            TableDraft.Row x = a.rows().get(i);
            TableDraft.Row y = b.rows().get(i);
            if (!Objects.equals(x.code(), y.code()) || x.level() != y.level() || !x.sumOf().equals(y.sumOf())) {
                return false;
            }
        }
        return true;
    }

    private static String name(String code, String title) {
        String t = title == null || title.isBlank() ? "" : title.strip();
        return code == null || code.isBlank() ? Texts.t("submission.table.nameNoCode", t)
                : Texts.t("submission.table.name", code.strip(), t);
    }
}
