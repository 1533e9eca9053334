package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Kiên Giang table's computed cells: the total column adds a row, "Tổng (1+2+3+4)" adds rows 1–4, not row 5. */
class TableSumsTest {

    static final FieldKind KIND = FieldKind.TABLE;
    final ReportField field = new ReportField(1, 1, 1, "6.1", "Số liệu theo bảng", KIND, null, 1, 0);
    final List<TableColumn> columns = List.of(
            new TableColumn(11, 1, "Xử lý", "CL tập trung", ColumnKind.NUMBER, null),
            new TableColumn(12, 2, "Xử lý", "CL tại nhà", ColumnKind.NUMBER, null),
            new TableColumn(13, 3, "Xử lý", "Tự theo dõi sức khỏe", ColumnKind.NUMBER, null),
            new TableColumn(14, 4, "Xử lý", "Tổng", ColumnKind.TOTAL, null));
    final List<TableRow> rows = List.of(
            new TableRow(21, 1, "1", "Trở về từ nước ngoài", 1, List.of()),
            new TableRow(22, 2, "2", "Trở về từ các ổ dịch trong nước", 1, List.of()),
            new TableRow(23, 3, "3", "Tiếp xúc gần với ca bệnh xác định", 1, List.of()),
            new TableRow(24, 4, "4", "Công nhân, học sinh, người lao động về nghỉ Tết 2021", 1, List.of()),
            new TableRow(25, 5, "5", "Số trường hợp được xét nghiệm Covid-19 ở 04 nhóm đối tượng trên", 1, List.of()),
            new TableRow(26, 6, null, "Tổng (1+2+3+4)", 1, List.of("1", "2", "3", "4")));
    final FormTable table = new FormTable(field, columns, rows);

    @Test
    void theTotalColumnAddsTheRowAndTheTotalRowAddsRowsOneToFourButNotTheTestedRow() {
        Map<CellKey, BigDecimal> typed = new HashMap<>();
        put(typed, 21, 11, 120);
        put(typed, 21, 12, 35);
        put(typed, 21, 13, 8);
        put(typed, 22, 11, 1500);
        put(typed, 22, 12, 122);
        put(typed, 23, 12, 40);
        put(typed, 24, 13, 7);
        put(typed, 25, 11, 9999);

        Map<CellKey, BigDecimal> all = TableSums.complete(table, typed);

        assertThat(all.get(cell(21, 14))).isEqualByComparingTo("163");
        assertThat(all.get(cell(22, 14))).isEqualByComparingTo("1622");
        assertThat(all.get(cell(25, 14))).as("row 5 has its own total").isEqualByComparingTo("9999");
        assertThat(all.get(cell(26, 11))).as("1620, row 5 left out").isEqualByComparingTo("1620");
        assertThat(all.get(cell(26, 12))).isEqualByComparingTo("197");
        assertThat(all.get(cell(26, 13))).isEqualByComparingTo("15");
        assertThat(all.get(cell(26, 14))).isEqualByComparingTo("1832");
        assertThat(VietnameseNumbers.format(all.get(cell(22, 14)))).isEqualTo("1.622");
        assertThat(all.get(cell(21, 11))).as("typed cells as given").isEqualByComparingTo("120");
    }

    @Test
    void blanksStayBlankNotZero() {
        Map<CellKey, BigDecimal> typed = new HashMap<>();
        put(typed, 23, 12, 40);

        Map<CellKey, BigDecimal> all = TableSums.complete(table, typed);

        assertThat(all).doesNotContainKeys(cell(21, 14), cell(22, 14), cell(26, 11), cell(26, 13), cell(21, 11));
        assertThat(all.get(cell(23, 14))).isEqualByComparingTo("40");
        assertThat(all.get(cell(26, 12))).isEqualByComparingTo("40");
        assertThat(TableSums.complete(table, Map.of())).isEmpty();
    }

    private static void put(Map<CellKey, BigDecimal> typed, long row, long column, int value) {
        typed.put(cell(row, column), BigDecimal.valueOf(value));
    }

    private static CellKey cell(long row, long column) {
        return new CellKey(row, column);
    }
}
