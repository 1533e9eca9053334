package vn.hoinghi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoinghi.document.HostileFiles.row;
import static vn.hoinghi.document.HostileFiles.sheet;
import static vn.hoinghi.document.HostileFiles.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** What the importers read from a file: the text a user sees in it, or a refusal that says what is wrong. */
class TabularFilesTest {

    private static List<List<String>> cells(List<List<SourceRow>> sheets) {
        return sheets.getFirst().stream().map(SourceRow::cells).toList();
    }

    @Test
    void aWorkbookWrittenByASpreadsheetLibraryReadsAsItsUserSeesIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "HoiNghi", "1.0");
        Worksheet ws = workbook.newWorksheet("Danh sách");
        ws.value(0, 0, "DANH SÁCH ĐẠI BIỂU");
        ws.value(2, 0, "Họ và tên");
        ws.value(2, 1, "Điện thoại");
        ws.value(2, 3, "Số thứ tự");
        ws.value(3, 0, "Nguyễn Văn An");
        ws.value(3, 1, 912345678L);
        ws.value(3, 3, 1.5);
        workbook.finish();

        List<List<SourceRow>> sheets = TabularFiles.read("dai-bieu.xlsx", out.toByteArray());

        assertThat(sheets).hasSize(1);
        assertThat(sheets.getFirst()).extracting(SourceRow::number).containsExactly(1, 3, 4);
        assertThat(cells(sheets)).containsExactly(List.of("DANH SÁCH ĐẠI BIỂU"),
                Arrays.asList("Họ và tên", "Điện thoại", null, "Số thứ tự"),
                Arrays.asList("Nguyễn Văn An", "912345678", null, "1.5"));
    }

    @Test
    void aCellAtColumnZzzzzzIsRefusedNamingItRatherThanFillingARowUpToIt() {
        byte[] file = xlsx(sheet("<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), null);

        assertThatThrownBy(() -> TabularFiles.read("cot.xlsx", file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("Không đọc được tệp \"cot.xlsx\": ô ZZZZZZ1 nằm ngoài 256 cột đầu của trang tính.");
    }

    @Test
    void formulasGiveTheirValueAndNumbersTheFormTheUserTyped() {
        byte[] file = xlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>CONCAT(\"An\",\"\")</f><v>An</v></c>"
                + "<c r=\"B1\"><v>9.12345678E8</v></c><c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\"><v>1E+400</v></c></row>"),
                null);

        assertThat(cells(TabularFiles.read("so.xlsx", file))).containsExactly(List.of("An", "912345678", "TRUE", "1E+400"));
    }

    @Test
    void charactersThatHideOrReorderTextAreRemovedWhereCellsBecomeText() {
        String csv = "Họ và tên,Đơn vị\n\u202EAn\u200B\u0000 Bình\uFEFF,\u2066Sở Y tế\u2069\n";
        byte[] workbook = xlsx(sheet(row(1, "Họ và tên") + row(2, "\u202DTrần\u200C Văn\u200D Cường\u202C")), null);

        assertThat(cells(TabularFiles.read("a.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .containsExactly(List.of("Họ và tên", "Đơn vị"), List.of("An Bình", "Sở Y tế"));
        assertThat(cells(TabularFiles.read("a.xlsx", workbook)))
                .containsExactly(List.of("Họ và tên"), List.of("Trần Văn Cường"));
    }

    @Test
    void linesEndedByCarriageReturnsAloneAreRows() {
        byte[] csv = "Họ và tên;Đơn vị\rAn;Sở Y tế\rBình;Sở Tài chính\r".getBytes(StandardCharsets.UTF_8);

        assertThat(cells(TabularFiles.read("mac.csv", csv))).containsExactly(List.of("Họ và tên", "Đơn vị"),
                List.of("An", "Sở Y tế"), List.of("Bình", "Sở Tài chính"));
    }

    @Test
    void fileShapesPastTheBoundsAreRefusedBeforeTheyAreParsed() {
        assertThatThrownBy(() -> TabularFiles.read("dong.csv", "a\n".repeat(100_000).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("Không đọc được tệp \"dong.csv\": tệp có 100001 dòng, quá 80000 dòng một tệp nhận được.");
        assertThatThrownBy(() -> TabularFiles.read("cot.csv", ("Họ và tên" + ",c".repeat(300)).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("dòng 1 có 301 cột, quá 256 cột");
        assertThatThrownBy(() -> TabularFiles.read("lon.csv", new byte[TabularFiles.MAX_BYTES + 1]))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("tệp lớn hơn 20 MB");
    }

    @Test
    void aZipBombAndADocumentTypeDeclarationAreRefusedInWords() {
        byte[] bomb = xlsx(sheet(row(1, "Họ và tên")), "<sst xmlns=\"" + HostileFiles.MAIN + "\">"
                + " ".repeat(8 * 1024 * 1024) + "<si><t>a</t></si></sst>");
        byte[] entity = xlsx("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + HostileFiles.MAIN + "\"><sheetData/></worksheet>", null);

        assertThatThrownBy(() -> TabularFiles.read("bom.xlsx", bomb)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("\"bom.xlsx\"").hasMessageContaining("tệp nén độc hại");
        assertThatThrownBy(() -> TabularFiles.read("xxe.xlsx", entity)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("Không đọc được tệp \"xxe.xlsx\": tệp chứa khai báo DTD, điều một bảng tính Excel không có.");
    }

    @Test
    void aLongLineIsNeverAHeaderAndCostsNothingToLookAt() {
        String line = "Họ và tên đại biểu " + "ab ".repeat(350_000);

        assertThat(ColumnMap.headerKey(line)).isEmpty();
        assertThat(ColumnMap.headerKey("Họ và tên đại biểu")).isEqualTo("ho va ten dai bieu");
    }
}
