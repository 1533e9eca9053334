package vn.hoinghi.submission.report;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.PdfFonts;

/**
 * A sheet per table part of the form, named after it: the title block, the table's two heading rows with its group
 * headings merged as the plan prints them, its rows with the province-wide sums as numbers (totals bold); below it
 * the same table for each unit taken in, under the unit's name, so the offices can check the sums.
 */
@StaysVietnamese("the province-wide table's workbook")
final class TableSheets {

    static final int MAX_NAME = 31;
    private static final String HEAD_FILL = "DDE6F0";
    private static final String NUMBER_FORMAT = "#,##0.###";
    private static final int FIRST_COLUMN = 2;

    private final ReportTable table;
    private final Set<String> taken = new HashSet<>();

    TableSheets(ReportTable table, List<String> takenNames) {
        this.table = table;
        takenNames.forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
    }

    void write(Workbook workbook, Conference conference) {
        for (FormTable t : table.form().tablesInOrder()) {
            Worksheet sheet = workbook.newWorksheet(name(ReportLabels.tableTitle(t.field())));
            List<String> title = List.of(PdfFonts.upper(conference.organizer()), ReportLabels.TITLE, conference.title(),
                    ReportLabels.scope(table), ReportLabels.tableTitle(t.field()));
            for (int i = 0; i < title.size(); i++) {
                sheet.value(i, 0, title.get(i));
                sheet.style(i, 0).bold().set();
            }
            int row = block(sheet, title.size() + 1, t, null);
            for (UnitReport unit : table.columns()) {
                sheet.value(row + 1, 0, ReportLabels.column(unit));
                sheet.style(row + 1, 0).bold().set();
                row = block(sheet, row + 2, t, unit);
            }
            sheet.width(0, 7);
            sheet.width(1, 50);
            for (int c = 0; c < t.columns().size(); c++) {
                sheet.width(FIRST_COLUMN + c, 15);
            }
        }
    }

    /** The table's headings and rows from {@code top}, with the sums ({@code unit} null) or that unit's cells; the next free row. */
    private int block(Worksheet sheet, int top, FormTable t, UnitReport unit) {
        int last = FIRST_COLUMN + t.columns().size() - 1;
        int headings = heads(sheet, top, t);
        int row = top + headings;
        for (TableRow r : t.rows()) {
            sheet.value(row, 0, r.code());
            sheet.value(row, 1, ReportLabels.content(r));
            sheet.style(row, 1).indent(r.level() - 1).wrapText(true).set();
            for (int c = 0; c < t.columns().size(); c++) {
                TableColumn column = t.columns().get(c);
                CellKey key = new CellKey(r.id(), column.id());
                FieldValue v = unit == null ? FieldValue.of(table.sum(key)) : table.cell(unit, key);
                boolean bold = r.total() || column.kind() == ColumnKind.TOTAL;
                if (v != null && v.number() != null) {
                    sheet.value(row, FIRST_COLUMN + c, v.number());
                    var style = sheet.style(row, FIRST_COLUMN + c).format(NUMBER_FORMAT);
                    (bold ? style.bold() : style).set();
                } else if (v != null && v.text() != null) {
                    sheet.value(row, FIRST_COLUMN + c, v.text());
                }
            }
            if (r.total()) {
                sheet.range(row, 0, row, 1).style().bold().set();
            }
            row++;
        }
        sheet.range(top, 0, row - 1, last).style().borderStyle("thin").set();
        return row;
    }

    /** One heading row, or two when a group heading spans columns; how many. */
    private static int heads(Worksheet sheet, int top, FormTable t) {
        boolean two = TableHeadings.twoRows(t.columns());
        int bottom = two ? top + 1 : top;
        sheet.value(top, 0, ReportLabels.NUMBER);
        sheet.value(top, 1, ReportLabels.CONTENT);
        if (two) {
            sheet.range(top, 0, bottom, 0).merge();
            sheet.range(top, 1, bottom, 1).merge();
        }
        for (TableHeadings.Top head : TableHeadings.top(t.columns())) {
            int first = FIRST_COLUMN + head.first();
            sheet.value(top, first, head.text());
            if (head.group()) {
                if (head.count() > 1) {
                    sheet.range(top, first, top, first + head.count() - 1).merge();
                }
                for (int k = 0; k < head.count(); k++) {
                    sheet.value(bottom, first + k, TableHeadings.label(t.columns().get(head.first() + k)));
                }
            } else if (two) {
                sheet.range(top, first, bottom, first).merge();
            }
        }
        sheet.range(top, 0, bottom, FIRST_COLUMN + t.columns().size() - 1).style().bold().fillColor(HEAD_FILL)
                .wrapText(true).horizontalAlignment("center").verticalAlignment("center").set();
        return bottom - top + 1;
    }

    /** Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\, unique in the workbook. */
    String name(String wanted) {
        String clean = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        clean = clean.replaceAll("^'+|'+$", "");
        if (clean.isEmpty()) {
            clean = "Bảng";
        }
        String name = cut(clean, MAX_NAME);
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(clean, MAX_NAME - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
