package vn.hoinghi.submission.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.document.SourceRow;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.document.UnreadableFileException;

/**
 * Reads a table of a plan's own .xlsx into a {@link TableDraft}: the title rows above it are skipped (the nearest
 * one names the table, "6. Công tác điều tra…"); the heading is the row with an "STT" cell and the content heading
 * beside it, with a second heading row under it when a heading spans columns (Excel keeps a merged cell's text in its
 * first cell, so "Xử lý" over four blank cells becomes the group of the four columns under it); a "Tổng"/"Cộng"
 * column is computed (TOTAL); a "Tổng (1+2+3+4)" row adds up the rows with those numbers, a plain "Tổng cộng" row
 * every row above it. The file is read by the house's guarded reader ({@link TabularFiles}) after a size check; a
 * table of more than {@value #MAX_ROWS} rows or {@value #MAX_COLUMNS} columns is refused. Nothing is written: the
 * draft opens in the committee's table dialog.
 */
@StaysVietnamese("the words a plan's table is recognised by")
public final class PlanTableReader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 200;
    static final int MAX_COLUMNS = 30;
    private static final int LABEL_MAX = 1000;
    private static final int HEADING_MAX = 200;
    private static final int CODE_MAX = 20;
    private static final Pattern SUM_OF = Pattern.compile("\\(\\s*([\\p{L}\\p{N}.]+(?:\\s*\\+\\s*[\\p{L}\\p{N}.]+)+)\\s*\\)");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}.]{1,20}");
    private static final Pattern TITLE_CODE = Pattern.compile("^((?:[IVX]+\\.)?\\d+(?:\\.\\d+)*)\\.?\\s+(.+)$");

    /** The table read, or (draft null) the rows and columns that keep it from being read. */
    public record Read(TableDraft draft, List<RowProblem> problems) {

        public Read {
            problems = List.copyOf(problems);
        }
    }

    private final String fileName;
    private final List<RowProblem> problems = new ArrayList<>();

    private PlanTableReader(String fileName) {
        this.fileName = fileName;
    }

    /** The table of the first sheet that has one; an {@link UnreadableFileException} naming the file otherwise. */
    public static Read read(String fileName, byte[] content) {
        if (content != null && content.length > MAX_BYTES) {
            throw refused(fileName, Texts.t("file.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024))));
        }
        for (List<SourceRow> sheet : TabularFiles.read(fileName, content)) {
            int header = header(sheet);
            if (header >= 0) {
                return new PlanTableReader(fileName).table(sheet, header);
            }
        }
        throw refused(fileName, Texts.t("reports.planTable.noHeader"));
    }

    private Read table(List<SourceRow> sheet, int header) {
        SourceRow top = sheet.get(header);
        int codeColumn = firstWhere(top, PlanTableReader::isNumberHeading, 0);
        int labelColumn = firstWhere(top, c -> !blank(c), codeColumn + 1);
        SourceRow sub = header + 1 < sheet.size() && blank(sheet.get(header + 1).cell(codeColumn))
                && blank(sheet.get(header + 1).cell(labelColumn)) && !sheet.get(header + 1).blank()
                ? sheet.get(header + 1) : null;
        int last = Math.max(top.cells().size(), sub == null ? 0 : sub.cells().size()) - 1;
        if (last - labelColumn > MAX_COLUMNS) {
            throw refused(fileName, Texts.t("reports.planTable.tooManyColumns", String.valueOf(MAX_COLUMNS)));
        }
        List<TableDraft.Column> columns = columns(top, sub, labelColumn, last);
        List<TableDraft.Row> rows = rows(sheet, header + (sub == null ? 1 : 2), codeColumn, labelColumn);
        String title = title(sheet, header);
        Matcher numbered = TITLE_CODE.matcher(title);
        TableDraft draft = numbered.matches()
                ? new TableDraft(numbered.group(1), numbered.group(2), columns, rows)
                : new TableDraft(null, title, columns, rows);
        return problems.isEmpty() ? new Read(draft, List.of()) : new Read(null, problems);
    }

    private List<TableDraft.Column> columns(SourceRow top, SourceRow sub, int labelColumn, int last) {
        List<TableDraft.Column> columns = new ArrayList<>();
        String group = null;
        for (int c = labelColumn + 1; c <= last; c++) {
            String upper = clean(top.cell(c));
            String lower = sub == null ? null : clean(sub.cell(c));
            String label;
            if (lower == null) {
                label = upper;
                group = null;
            } else {
                group = upper != null ? upper : group;
                label = lower;
            }
            if (label == null) {
                problems.add(new RowProblem((sub == null ? top : sub).number(), column(c), Texts.t("reports.planTable.noHeading")));
                continue;
            }
            check(label, HEADING_MAX, (lower == null ? top : sub).number(), c);
            check(group, HEADING_MAX, top.number(), c);
            String key = SearchKey.fold(label);
            ColumnKind kind = key.matches("(tong|cong|tong cong|tong so)( .*)?") ? ColumnKind.TOTAL
                    : key.startsWith("ghi chu") ? ColumnKind.TEXT : ColumnKind.NUMBER;
            columns.add(new TableDraft.Column(lower == null ? null : group, label, kind, null));
        }
        return columns;
    }

    private List<TableDraft.Row> rows(List<SourceRow> sheet, int first, int codeColumn, int labelColumn) {
        List<TableDraft.Row> rows = new ArrayList<>();
        Map<String, Integer> codes = new LinkedHashMap<>();
        Map<Integer, List<String>> totals = new LinkedHashMap<>();
        int previous = first < sheet.size() ? sheet.get(first).number() - 1 : 0;
        for (int i = first; i < sheet.size(); i++) {
            SourceRow source = sheet.get(i);
            String code = clean(source.cell(codeColumn));
            String label = clean(source.cell(labelColumn));
            boolean afterGap = source.number() > previous + 1;
            previous = source.number();
            if (code == null && label == null || label == null && !CODE.matcher(code).matches()) {
                if (rows.isEmpty()) {
                    continue;
                }
                break;
            }
            if (afterGap && !rows.isEmpty()) {
                break; // a blank line ends the table: notes and signatures follow
            }
            if (rows.size() >= MAX_ROWS) {
                throw refused(fileName, Texts.t("reports.planTable.tooManyRows", String.valueOf(MAX_ROWS)));
            }
            if (label == null) {
                problems.add(new RowProblem(source.number(), column(labelColumn), Texts.t("reports.planTable.noLabel", code)));
                continue;
            }
            check(code, CODE_MAX, source.number(), codeColumn);
            check(label, LABEL_MAX, source.number(), labelColumn);
            if (code != null && codes.putIfAbsent(code, source.number()) != null) {
                problems.add(new RowProblem(source.number(), column(codeColumn),
                        Texts.t("reports.planTable.duplicateCode", code, String.valueOf(codes.get(code)))));
            }
            String key = SearchKey.fold(label);
            boolean part = (code != null && code.matches(".*\\d\\.\\d.*")) || label.matches("^[-–+].*")
                    || key.startsWith("trong do");
            List<String> sumOf = List.of();
            if (key.matches("(tong|cong)( .*)?") && code == null) {
                Matcher m = SUM_OF.matcher(label);
                sumOf = m.find() ? List.of(m.group(1).replaceAll("\\s", "").split("\\+"))
                        : rows.stream().filter(r -> r.level() == 1 && r.sumOf().isEmpty() && r.code() != null)
                                .map(TableDraft.Row::code).toList();
                totals.put(source.number(), sumOf);
            }
            rows.add(new TableDraft.Row(code, part ? label.replaceFirst("^[-–+]\\s*", "") : label,
                    part && sumOf.isEmpty() ? 2 : 1, sumOf));
        }
        if (rows.isEmpty()) {
            throw refused(fileName, Texts.t("reports.planTable.noRows"));
        }
        totals.forEach((row, sumOf) -> sumOf.stream().filter(code -> !codes.containsKey(code)).forEach(code ->
                problems.add(new RowProblem(row, column(labelColumn), Texts.t("reports.planTable.unknownCode", code)))));
        return rows;
    }

    /** The nearest text above the heading (the table's title as the plan prints it), or the file's name. */
    private String title(List<SourceRow> sheet, int header) {
        for (int i = header - 1; i >= 0; i--) {
            String text = sheet.get(i).cells().stream().map(PlanTableReader::clean).filter(c -> c != null)
                    .findFirst().orElse(null);
            if (text != null) {
                check(text, LABEL_MAX, sheet.get(i).number(), 0);
                return text;
            }
        }
        String name = fileName == null ? "" : fileName.replaceFirst("\\.[^.]*$", "").strip();
        return name.isEmpty() ? Texts.t("reports.planTable.untitled") : name;
    }

    /** The row with an "STT" cell and a heading beside it, within the first rows of the sheet; -1 when none. */
    private static int header(List<SourceRow> sheet) {
        for (int i = 0; i < Math.min(sheet.size(), MAX_ROWS); i++) {
            SourceRow row = sheet.get(i);
            int code = firstWhere(row, PlanTableReader::isNumberHeading, 0);
            if (code >= 0 && firstWhere(row, c -> !blank(c), code + 1) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNumberHeading(String cell) {
        String key = SearchKey.fold(cell).replace(".", "").replace(" ", "");
        return key.equals("stt") || key.equals("tt") || key.equals("sott");
    }

    private static int firstWhere(SourceRow row, java.util.function.Predicate<String> test, int from) {
        for (int c = Math.max(0, from); c < row.cells().size(); c++) {
            if (row.cell(c) != null && test.test(row.cell(c))) {
                return c;
            }
        }
        return -1;
    }

    private void check(String text, int max, int row, int column) {
        if (text != null && text.length() > max) {
            problems.add(new RowProblem(row, column(column), Texts.t("reports.planTable.tooLong", String.valueOf(max))));
        }
    }

    /** "cột C", the column as Excel names it. */
    private static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int c = index + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return Texts.t("reports.planTable.column", letters.toString());
    }

    private static String clean(String cell) {
        String text = SearchKey.clean(cell);
        return text == null || text.isBlank() ? null : text;
    }

    private static boolean blank(String cell) {
        return clean(cell) == null;
    }

    private static UnreadableFileException refused(String fileName, String what) {
        return new UnreadableFileException(Texts.t("file.unreadable",
                fileName == null || fileName.isBlank() ? Texts.t("file.noName") : fileName.strip(), what));
    }
}
