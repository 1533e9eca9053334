package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.HostileFiles;
import vn.hoinghi.document.UnreadableFileException;

/**
 * A table as a plan's own .xlsx has it — title rows, "STT", a merged "Xử lý" over four columns, the row
 * "Tổng (1+2+3+4)" — reads to the Kiên Giang table; files that are not such a table are refused naming the file, or
 * their rows and columns; hostile files get a refusal and nothing else.
 */
public class PlanTableReaderTest {

    @Test
    void thePlansSheetReadsToTheKienGiangTable() throws IOException {
        PlanTableReader.Read read = PlanTableReader.read("bieu-mau-kien-giang.xlsx", planSheet(sheet -> { }));
        assertThat(read.problems()).isEmpty();
        assertThat(read.draft()).isEqualTo(KienGiangTable.DRAFT);
    }

    @Test
    void aSingleHeadingRowAndAPlainTotalRowRead() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "Bảng số liệu tiêm chủng");
            row(sheet, 2, "TT", "Đơn vị", "Mũi 1", "Mũi 2", "Cộng", "Ghi chú");
            row(sheet, 3, "1", "Huyện A", "10", "8", "", "");
            row(sheet, 4, "1.1", "- Trong đó xã B", "4", "3", "", "");
            row(sheet, 5, "2", "Huyện C", "7", "7", "", "");
            row(sheet, 6, "", "Tổng cộng", "", "", "", "");
            row(sheet, 8, "Người lập biểu");
        });
        TableDraft draft = PlanTableReader.read("tiem-chung.xlsx", file).draft();
        assertThat(draft.title()).isEqualTo("Bảng số liệu tiêm chủng");
        assertThat(draft.columns()).extracting(TableDraft.Column::kind)
                .containsExactly(ColumnKind.NUMBER, ColumnKind.NUMBER, ColumnKind.TOTAL, ColumnKind.TEXT);
        assertThat(draft.columns()).allMatch(c -> c.group() == null);
        assertThat(draft.rows()).extracting(TableDraft.Row::level).containsExactly(1, 2, 1, 1);
        assertThat(draft.rows().get(1).label()).isEqualTo("Trong đó xã B");
        assertThat(draft.rows().get(3).sumOf()).as("the rows above it, not their parts").containsExactly("1", "2");
    }

    @Test
    void rowsAndColumnsThatKeepTheTableFromBeingReadAreNamed() throws IOException {
        byte[] file = planSheet(sheet -> {
            sheet.value(10, 0, "3");                  // a second row 3, instead of 4
            sheet.value(12, 1, "Tổng (1+2+3+7)");     // it names a row 7
            sheet.value(5, 7, "Ghi chú thêm");         // a heading with a blank column before it
        });
        List<RowProblem> problems = PlanTableReader.read("sai.xlsx", file).problems();
        assertThat(problems).extracting(RowProblem::toString).contains(
                "Dòng 7, cột G: cột không có tiêu đề",
                "Dòng 11, cột A: số thứ tự 3 đã có ở dòng 10",
                "Dòng 13, cột B: dòng tổng cộng cả dòng số 7 nhưng bảng không có dòng số thứ tự đó");
        assertThat(PlanTableReader.read("sai.xlsx", file).draft()).isNull();
    }

    @Test
    void filesThatAreNoTableAreRefusedNamingTheFile() throws IOException {
        assertRefused("ghi-chu.xlsx", workbook(sheet -> row(sheet, 0, "Chỉ có ghi chú, không có bảng")),
                "Không đọc được tệp \"ghi-chu.xlsx\": không thấy bảng");
        assertRefused("rong.xlsx", new byte[0], "Không đọc được tệp \"rong.xlsx\"");
        assertRefused("lon.xlsx", new byte[PlanTableReader.MAX_BYTES + 1], "Không đọc được tệp \"lon.xlsx\": tệp lớn hơn 5 MB");
        assertRefused("dai.xlsx", workbook(sheet -> {
            row(sheet, 0, "STT", "Nội dung", "Số");
            for (int i = 1; i <= PlanTableReader.MAX_ROWS + 1; i++) {
                row(sheet, i, String.valueOf(i), "Dòng " + i, "1");
            }
        }), "bảng có hơn 200 dòng");
        assertRefused("rong-cot.xlsx", workbook(sheet -> {
            row(sheet, 0, "STT", "Nội dung");
            for (int c = 2; c <= PlanTableReader.MAX_COLUMNS + 2; c++) {
                sheet.value(0, c, "Cột " + c);
            }
            row(sheet, 1, "1", "Một");
        }), "bảng có hơn 30 cột số liệu");
    }

    @Test
    void everyHostileFileIsReadOrRefusedWithItsOwnMessage() {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Supplier<HostileFiles.Hostile> made : HostileFiles.all()) {
            HostileFiles.Hostile file = made.get();
            try {
                PlanTableReader.Read read = PlanTableReader.read(file.name(), file.bytes());
                if (read.draft() == null && read.problems().isEmpty()) {
                    failures.add(file.name() + ": neither a table nor problems");
                }
            } catch (UnreadableFileException e) {
                refused++;
                if (!e.getMessage().startsWith("Không đọc được tệp \"" + file.name().strip() + "\"")) {
                    failures.add(file.name() + ": " + e.getMessage());
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                failures.add(file.name() + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(refused).isGreaterThan(100);
    }

    private static void assertRefused(String name, byte[] file, String message) {
        assertThatThrownBy(() -> PlanTableReader.read(name, file)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining(message);
    }

    /** The Kiên Giang table as the plan's workbook would have it, changed by {@code also}. */
    public static byte[] planSheet(Consumer<Worksheet> also) throws IOException {
        return workbook(sheet -> {
            row(sheet, 0, "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG");
            row(sheet, 1, "BIỂU SỐ LIỆU KÈM THEO BÁO CÁO SƠ KẾT");
            row(sheet, 3, "6. " + KienGiangTable.TITLE);
            row(sheet, 5, "STT", "Đối tượng", "Xử lý");
            sheet.range(5, 0, 6, 0).merge();
            sheet.range(5, 1, 6, 1).merge();
            sheet.range(5, 2, 5, 5).merge();
            row(sheet, 6, "", "", "CL tập trung", "CL tại nhà", "Tự theo dõi sức khỏe", "Tổng");
            row(sheet, 7, "1", "Trở về từ nước ngoài");
            sheet.value(8, 0, 2);
            sheet.value(8, 1, "Trở về từ các ổ dịch trong nước");
            row(sheet, 9, "3", "Tiếp xúc gần với ca bệnh xác định");
            row(sheet, 10, "4", "Công nhân, học sinh, người lao động về nghỉ Tết 2021");
            row(sheet, 11, "5", "Số trường hợp được xét nghiệm Covid-19 ở 04 nhóm đối tượng trên");
            row(sheet, 12, "", "Tổng (1+2+3+4)");
            row(sheet, 14, "Ghi chú: số liệu tính đến ngày báo cáo.");
            also.accept(sheet);
        });
    }

    private static byte[] workbook(Consumer<Worksheet> content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        content.accept(workbook.newWorksheet("Biểu 6"));
        workbook.finish();
        return out.toByteArray();
    }

    private static void row(Worksheet sheet, int row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                sheet.value(row, c, cells[c]);
            }
        }
    }
}
