package vn.hoinghi.submission.report.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.submission.report.ColumnKind;
import vn.hoinghi.submission.report.TableDraft;

/**
 * A table's columns and rows as the committee types them, one a line, the way the plan prints them:
 * <ul>
 * <li>a column "Xử lý / CL tập trung" (a heading shared by neighbouring columns, then the column's own), "Tổng" or
 * "Cộng" being the total column;</li>
 * <li>a row "1. Trở về từ nước ngoài" (its number, then its text), "- Trong đó: …" a part of the row above, "Tổng
 * (1+2+3+4)" a total row of those rows, "Cộng" or "Tổng cộng" alone the total of every numbered row above it; "… = 1+2"
 * names the rows a total adds when its text does not.</li>
 * </ul>
 */
@StaysVietnamese("recognises the words the plans print: Tổng, Cộng")
final class TableLines {

    static final String GROUP = " / ";
    private static final Pattern TOTAL_WORD = Pattern.compile("(?iu)^(tổng|cộng|tổng cộng|tổng số)$");
    private static final Pattern TOTAL_ROW = Pattern.compile("(?iu)^(tổng cộng|tổng|cộng)\\s*(?:\\(([^)]*)\\))?\\s*:?$");
    private static final Pattern EXPLICIT_SUM = Pattern.compile("^(.*?)\\s*=\\s*([\\p{L}\\d.]+(?:\\s*\\+\\s*[\\p{L}\\d.]+)*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)[.)]?\\s+(.+)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])[.)]\\s+(.+)$");

    private TableLines() {
    }

    /** The columns' group and label, one a line; kinds and units come from the dialog's choosers. */
    static List<String[]> columns(String text) {
        List<String[]> columns = new ArrayList<>();
        for (String line : lines(text)) {
            int at = line.indexOf(GROUP);
            columns.add(at < 0 ? new String[] {null, line}
                    : new String[] {line.substring(0, at).strip(), line.substring(at + GROUP.length()).strip()});
        }
        return columns;
    }

    /** The kind a column's label suggests: "Tổng" and "Cộng" add up the row; anything else is typed as a number. */
    static ColumnKind suggestedKind(String label) {
        return label != null && TOTAL_WORD.matcher(label.strip()).matches() ? ColumnKind.TOTAL : ColumnKind.NUMBER;
    }

    static String columnsText(List<TableDraft.Column> columns) {
        return String.join("\n", columns.stream()
                .map(c -> c.group() == null ? c.label() : c.group() + GROUP + c.label()).toList());
    }

    static List<TableDraft.Row> rows(String text) {
        List<TableDraft.Row> rows = new ArrayList<>();
        for (String line : lines(text)) {
            int level = 1;
            if (line.startsWith("-") || line.startsWith("–") || line.startsWith("+")) {
                level = 2;
                line = line.substring(1).strip();
            }
            Matcher explicit = EXPLICIT_SUM.matcher(line);
            if (explicit.matches() && !explicit.group(1).isBlank()) {
                rows.add(new TableDraft.Row(null, explicit.group(1).strip(), level, codes(explicit.group(2))));
                continue;
            }
            Matcher total = TOTAL_ROW.matcher(line);
            if (total.matches()) {
                List<String> sumOf = total.group(2) != null ? codes(total.group(2)) : rows.stream()
                        .filter(r -> r.level() == 1 && r.sumOf().isEmpty() && r.code() != null)
                        .map(TableDraft.Row::code).toList();
                rows.add(new TableDraft.Row(null, line, level, sumOf));
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            Matcher lettered = LETTERED.matcher(line);
            if (numbered.matches()) {
                rows.add(new TableDraft.Row(numbered.group(1), numbered.group(2).strip(), level, List.of()));
            } else if (lettered.matches()) {
                rows.add(new TableDraft.Row(lettered.group(1), lettered.group(2).strip(), level, List.of()));
            } else {
                rows.add(new TableDraft.Row(null, line, level, List.of()));
            }
        }
        return rows;
    }

    /** The rows as lines that read back to the same rows. */
    static String rowsText(List<TableDraft.Row> rows) {
        List<String> lines = new ArrayList<>();
        List<TableDraft.Row> before = new ArrayList<>();
        for (TableDraft.Row r : rows) {
            String line = r.code() == null ? r.label() : r.code() + ". " + r.label();
            if (r.total()) {
                List<TableDraft.Row> read = rows(String.join("\n", rowsTextOf(before)) + "\n" + r.label());
                if (!read.getLast().sumOf().equals(r.sumOf())) {
                    line = r.label() + " = " + String.join("+", r.sumOf());
                }
            }
            lines.add((r.level() == 2 ? "- " : "") + line);
            before.add(r);
        }
        return String.join("\n", lines);
    }

    private static List<String> rowsTextOf(List<TableDraft.Row> rows) {
        return rows.stream().map(r -> (r.level() == 2 ? "- " : "")
                + (r.code() == null ? r.label() : r.code() + ". " + r.label())).toList();
    }

    private static List<String> codes(String sum) {
        return Arrays.stream(sum.split("\\+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
