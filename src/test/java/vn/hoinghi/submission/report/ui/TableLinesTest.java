package vn.hoinghi.submission.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoinghi.submission.report.ColumnKind;
import vn.hoinghi.submission.report.TableDraft;

/** The committee types a table as the plan prints it, one line a column or a row, and gets the table it meant. */
class TableLinesTest {

    @Test
    void thePlansTableTypedLineByLine() {
        List<String[]> columns = TableLines.columns("""
                Xử lý / CL tập trung
                Xử lý / CL tại nhà
                Xử lý / Tự theo dõi sức khỏe
                Xử lý / Tổng
                Ghi chú
                """);
        assertThat(columns).extracting(c -> c[0], c -> c[1]).containsExactly(tuple("Xử lý", "CL tập trung"),
                tuple("Xử lý", "CL tại nhà"), tuple("Xử lý", "Tự theo dõi sức khỏe"), tuple("Xử lý", "Tổng"),
                tuple(null, "Ghi chú"));
        assertThat(TableLines.suggestedKind("Tổng")).isEqualTo(ColumnKind.TOTAL);
        assertThat(TableLines.suggestedKind("Cộng")).isEqualTo(ColumnKind.TOTAL);
        assertThat(TableLines.suggestedKind("Tổng số người")).isEqualTo(ColumnKind.NUMBER);

        List<TableDraft.Row> rows = TableLines.rows("""
                1. Trở về từ nước ngoài
                2 Trở về từ các ổ dịch trong nước
                - Trong đó: trẻ em
                3) Tiếp xúc gần với ca bệnh xác định
                5. Số trường hợp được xét nghiệm Covid-19 ở 04 nhóm đối tượng trên
                Tổng (1+2+3)
                Cộng
                Tổng số đã cách ly = 1+2
                """);
        assertThat(rows).extracting(TableDraft.Row::code, TableDraft.Row::label, TableDraft.Row::level,
                TableDraft.Row::sumOf).containsExactly(
                tuple("1", "Trở về từ nước ngoài", 1, List.of()),
                tuple("2", "Trở về từ các ổ dịch trong nước", 1, List.of()),
                tuple(null, "Trong đó: trẻ em", 2, List.of()),
                tuple("3", "Tiếp xúc gần với ca bệnh xác định", 1, List.of()),
                tuple("5", "Số trường hợp được xét nghiệm Covid-19 ở 04 nhóm đối tượng trên", 1, List.of()),
                tuple(null, "Tổng (1+2+3)", 1, List.of("1", "2", "3")),
                tuple(null, "Cộng", 1, List.of("1", "2", "3", "5")),
                tuple(null, "Tổng số đã cách ly", 1, List.of("1", "2")));
    }

    @Test
    void aTableWrittenBackReadsToTheSameTable() {
        List<TableDraft.Row> rows = List.of(new TableDraft.Row("1", "Trở về từ nước ngoài", 1, List.of()),
                new TableDraft.Row("2", "Trở về từ các ổ dịch trong nước", 1, List.of()),
                new TableDraft.Row("5", "Số trường hợp được xét nghiệm", 1, List.of()),
                new TableDraft.Row(null, "Tổng (1+2)", 1, List.of("1", "2")),
                new TableDraft.Row(null, "Tổng cộng", 1, List.of("1", "2")));

        assertThat(TableLines.rows(TableLines.rowsText(rows))).isEqualTo(rows);
        List<TableDraft.Column> columns = List.of(new TableDraft.Column("Xử lý", "CL tập trung", ColumnKind.NUMBER, null),
                new TableDraft.Column(null, "Ghi chú", ColumnKind.TEXT, null));
        assertThat(TableLines.columnsText(columns)).isEqualTo("Xử lý / CL tập trung\nGhi chú");
    }
}
