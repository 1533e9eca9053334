package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A table row's level-2 parts that do not add up to it are warned, column by column, the cell named. */
class TablePartSumsTest {

    private static final ReportField FIELD = new ReportField(1, 1, 1, "6.1", "Số liệu theo bảng", FieldKind.TABLE,
            null, 1, 0);
    private static final FormTable TABLE = new FormTable(FIELD,
            List.of(new TableColumn(11, 1, "Xử lý", "CL tập trung", ColumnKind.NUMBER, null),
                    new TableColumn(12, 2, "Xử lý", "CL tại nhà", ColumnKind.NUMBER, null),
                    new TableColumn(13, 3, "Xử lý", "Tổng", ColumnKind.TOTAL, null)),
            List.of(new TableRow(21, 1, "1", "Trở về từ nước ngoài", 1, List.of()),
                    new TableRow(22, 2, null, "- Trong đó: trẻ em", 2, List.of()),
                    new TableRow(23, 3, null, "- Người lớn", 2, List.of()),
                    new TableRow(24, 4, null, "Tổng (1)", 1, List.of("1"))));
    private static final ReportForm FORM = new ReportForm(1, List.of(FIELD), Map.of(1L, TABLE));

    @Test
    void partsThatDoNotAddUpAreNamedByTableRowAndColumn() {
        Map<CellKey, FieldValue> cells = Map.of(cell(21, 11), n(10), cell(22, 11), n(3), cell(23, 11), n(7),
                cell(21, 12), n(5), cell(22, 12), n(1), cell(23, 12), n(2));

        assertThat(TablePartSums.mismatches(FORM, cells)).containsExactly(
                "Mục 6.1 – Số liệu theo bảng, dòng «1. Trở về từ nước ngoài», cột «Xử lý – CL tại nhà»: đã nhập 5 nhưng"
                        + " các dòng con cộng lại 3 (Trong đó: trẻ em 1 + Người lớn 2).",
                "Mục 6.1 – Số liệu theo bảng, dòng «1. Trở về từ nước ngoài», cột «Xử lý – Tổng»: đã nhập 15 nhưng"
                        + " các dòng con cộng lại 13 (Trong đó: trẻ em 4 + Người lớn 9).");
    }

    @Test
    void aRowWithAPartLeftBlankIsNotChecked() {
        assertThat(TablePartSums.mismatches(FORM, Map.of(cell(21, 11), n(10), cell(22, 11), n(3)))).isEmpty();
    }

    private static CellKey cell(long row, long column) {
        return new CellKey(row, column);
    }

    private static FieldValue n(int value) {
        return FieldValue.of(BigDecimal.valueOf(value));
    }
}
