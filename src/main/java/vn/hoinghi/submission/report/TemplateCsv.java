package vn.hoinghi.submission.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.hoinghi.base.StaysVietnamese;

/**
 * A template's form file: "Mã;Cấp;Loại;Đơn vị tính;Nội dung", one form row a line. Under a row of kind TABLE come
 * its columns ("CỘT NUMBER", "CỘT TOTAL" …, the label "Nhóm / Tên cột" when a heading spans it) and its rows ("DÒNG",
 * or "TỔNG 1+2+3+4" for a total row), as the file's own header comment explains.
 */
@StaysVietnamese("the template files' headers and kinds, as written in them")
record TemplateCsv(List<FieldDraft> fields, Map<Integer, TableDraft> tables) {

    private static final String COLUMN = "CỘT ";
    private static final String ROW = "DÒNG";
    private static final String TOTAL = "TỔNG ";
    /** Between a spanning heading and the column's own label. */
    static final String GROUP_SEPARATOR = " / ";

    static TemplateCsv read(InputStream in) throws IOException {
        List<FieldDraft> fields = new ArrayList<>();
        Map<Integer, TableDraft> tables = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).get();
        List<TableDraft.Column> columns = new ArrayList<>();
        List<TableDraft.Row> rows = new ArrayList<>();
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord line : format.parse(reader)) {
                String kind = line.get("Loại").strip();
                String code = blankToNull(line.get("Mã"));
                String label = line.get("Nội dung").strip();
                String unit = blankToNull(line.get("Đơn vị tính"));
                if (kind.startsWith(COLUMN)) {
                    int at = label.indexOf(GROUP_SEPARATOR);
                    columns.add(new TableDraft.Column(at < 0 ? null : label.substring(0, at).strip(),
                            at < 0 ? label : label.substring(at + GROUP_SEPARATOR.length()).strip(),
                            ColumnKind.valueOf(kind.substring(COLUMN.length()).strip()), unit));
                } else if (kind.equals(ROW) || kind.startsWith(TOTAL)) {
                    List<String> sumOf = kind.equals(ROW) ? List.of()
                            : Arrays.stream(kind.substring(TOTAL.length()).split("\\+")).map(String::strip).toList();
                    rows.add(new TableDraft.Row(code, label, Integer.parseInt(line.get("Cấp").strip()), sumOf));
                } else {
                    close(fields, tables, columns, rows);
                    fields.add(new FieldDraft(code, label, FieldKind.valueOf(kind), unit,
                            Integer.parseInt(line.get("Cấp").strip())));
                }
            }
        }
        close(fields, tables, columns, rows);
        return new TemplateCsv(List.copyOf(fields), Map.copyOf(tables));
    }

    /** The columns and rows read so far belong to the last TABLE row. */
    private static void close(List<FieldDraft> fields, Map<Integer, TableDraft> tables,
                              List<TableDraft.Column> columns, List<TableDraft.Row> rows) {
        if (!fields.isEmpty() && fields.getLast().kind() == FieldKind.TABLE) {
            FieldDraft title = fields.getLast();
            tables.put(fields.size() - 1, new TableDraft(title.code(), title.label(), columns, rows));
        } else if (!columns.isEmpty() || !rows.isEmpty()) {
            throw new IllegalStateException("Template columns or rows without a TABLE row above them");
        }
        columns.clear();
        rows.clear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
