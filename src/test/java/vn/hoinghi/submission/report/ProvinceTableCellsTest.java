package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.invitation.PdfAssertions;

/**
 * Three units fill the Kiên Giang table and submit, a fourth keeps a draft: the province-wide table's every cell —
 * the typed ones, the total column and the row "Tổng (1+2+3+4)" — equals the sum worked out here again from what
 * the units typed, without the app's sums; each unit's own table is its cells with its totals; the .xlsx read back
 * cell by cell holds the same numbers as numbers, under the plan's two heading rows with "Xử lý" merged over its
 * columns, and each unit's table below; the PDF prints every sum the Vietnamese way.
 */
@IntegrationTest
class ProvinceTableCellsTest {

    /** What each unit typed: rows 1–5 × CL tập trung, CL tại nhà, Tự theo dõi sức khỏe; -1 a blank cell. */
    static final int[][] SO_Y_TE = {{1250, 3400, 812}, {37, 120, -1}, {418, 96, 1530}, {2, 5400, 2210}, {1705, 9016, 4552}};
    static final int[][] RACH_GIA = {{310, 1200, 95}, {-1, -1, -1}, {112, 40, 600}, {0, 1830, 705}, {422, 3070, 1400}};
    static final int[][] PHU_QUOC = {{88, -1, 14}, {5, 9, -1}, {-1, -1, -1}, {-1, 990, 1015}, {93, 999, 1030}};
    static final int[][] DRAFT = {{1000, 1000, 1000}, {-1, -1, -1}, {-1, -1, -1}, {-1, -1, -1}, {-1, -1, -1}};

    @Autowired ReportFixture fixture;
    @Autowired KienGiangTable kienGiang;
    @Autowired ReportSummaryService summary;
    @Autowired ReportFormService forms;
    @Autowired UnitReportService reports;
    @Autowired vn.hoinghi.security.RunAs runAs;

    long conference;
    FormTable form;
    Map<Long, int[][]> typedByUnit = new LinkedHashMap<>();

    @BeforeEach
    void threeUnitsFillTheTableAndSubmitAndOneDrafts() {
        conference = fixture.conference(ReportTemplate.KIEN_GIANG_2021);
        form = fixture.committee(() -> forms.form(conference)).tablesInOrder().getFirst();
        fill("Sở Y tế", SO_Y_TE, true);
        fill("UBND thành phố Rạch Giá", RACH_GIA, true);
        fill("UBND huyện Phú Quốc", PHU_QUOC, true);
        fill("Sở Giáo dục và Đào tạo", DRAFT, false);
    }

    @Test
    void everyCellOfTheProvinceWideTableIsTheSumOfWhatTheUnitsTyped() {
        ReportTable table = fixture.committee(() -> summary.table(conference, false));
        assertThat(table.columns()).hasSize(3).allMatch(UnitReport::submitted);
        for (TableRow row : form.rows()) {
            for (TableColumn column : form.columns()) {
                CellKey cell = new CellKey(row.id(), column.id());
                assertSame(table.sum(cell), expected(typedByUnit.values(), row, column), row.label() + " × " + column.label());
                for (UnitReport unit : table.columns()) {
                    BigDecimal own = expected(List.<int[][]>of(typedByUnit.get(unit.unitId())), row, column);
                    FieldValue shown = table.cell(unit, cell);
                    assertSame(shown == null ? null : shown.number(), own, unit.unitName() + " " + row.label() + " × "
                            + column.label());
                }
            }
        }
        // Written out, in case the loop above were wrong the same way as the app.
        assertThat(sum(table, "1", 4)).isEqualByComparingTo("7169");   // 1250+3400+812 + 310+1200+95 + 88+14
        assertThat(sum(table, "2", 3)).as("no unit typed it").isNull();
        assertThat(sum(table, null, 1)).isEqualByComparingTo("2222");  // (1250+37+418+2)+(310+112+0)+(88+5)
        assertThat(sum(table, null, 4)).isEqualByComparingTo("22288"); // every typed cell of rows 1–4
        assertThat(sum(table, "5", 4)).isEqualByComparingTo("22287");  // row 5 is not in the total row

        ReportTable withDraft = fixture.committee(() -> summary.table(conference, true));
        assertThat(sum(withDraft, "1", 1)).isEqualByComparingTo("2648");
        assertThat(sum(withDraft, null, 4)).isEqualByComparingTo("25288");
    }

    @Test
    void theWorkbookKeepsTheTablesShapeWithNumbersAsNumbers() throws Exception {
        ReportTable table = fixture.committee(() -> summary.table(conference, false));
        byte[] xlsx = fixture.committee(() -> summary.xlsx(conference, false));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(names).containsExactly("Tổng hợp", "6.1. Số liệu theo bảng", "Tình hình nộp");
            List<Row> rows = workbook.getSheets().toList().get(1).read();
            assertThat(text(rows.get(4), 0)).isEqualTo("6.1. Số liệu theo bảng");
            int head = IntStream.range(0, rows.size()).filter(i -> "STT".equals(text(rows.get(i), 0))).findFirst().orElseThrow();
            assertThat(IntStream.range(0, 6).mapToObj(c -> text(rows.get(head), c)).toList())
                    .containsExactly("STT", "Nội dung", "Xử lý", null, null, null);
            assertThat(IntStream.range(0, 6).mapToObj(c -> text(rows.get(head + 1), c)).toList())
                    .containsExactly(null, null, "CL tập trung", "CL tại nhà", "Tự theo dõi sức khỏe", "Tổng");
            checkBlock(rows, head + 2, typedByUnit.values());
            for (UnitReport unit : table.columns()) {
                int title = IntStream.range(0, rows.size()).filter(i -> unit.unitName().equals(text(rows.get(i), 0)))
                        .findFirst().orElseThrow(() -> new AssertionError("no table of " + unit.unitName()));
                assertThat(text(rows.get(title + 2), 4)).isEqualTo("Tự theo dõi sức khỏe");
                checkBlock(rows, title + 3, List.<int[][]>of(typedByUnit.get(unit.unitId())));
            }
        }
        String sheet = part(xlsx, "xl/worksheets/sheet2.xml");
        int excelRow = 7; // five title lines, a blank line, then the heading
        assertThat(sheet).contains("<mergeCell ref=\"C" + excelRow + ":F" + excelRow + "\"/>",
                "<mergeCell ref=\"A" + excelRow + ":A" + (excelRow + 1) + "\"/>");
    }

    @Test
    void thePdfPrintsEverySumTheVietnameseWay() {
        byte[] pdf = fixture.committee(() -> summary.pdf(conference, false));
        PdfAssertions.save(pdf, "kien-giang-table.pdf");
        String text = IntStream.rangeClosed(1, PdfAssertions.pages(pdf)).mapToObj(p -> PdfAssertions.text(pdf, p))
                .reduce("", String::concat);
        assertThat(text).contains("6.1. Số liệu theo bảng", "Xử lý", "CL tập trung CL tại nhà",
                "Trở về từ nước ngoài 1.648 4.600 921 7.169", "Trở về từ các ổ dịch trong nước 42 129 171",
                "Tổng (1+2+3+4) 2.222 13.085 6.981 22.288");
        for (TableRow row : form.rows()) {
            for (TableColumn column : form.columns()) {
                BigDecimal sum = expected(typedByUnit.values(), row, column);
                if (sum != null) {
                    assertThat(text).as(row.label() + " × " + column.label()).contains(VietnameseNumbers.format(sum));
                }
            }
        }
    }

    @Test
    void aWideTableGoesOnALandscapePageAndTablesOfOneTitleGetSheetsOfTheirOwn() throws Exception {
        List<TableDraft.Column> nine = IntStream.rangeClosed(1, 9).mapToObj(i -> new TableDraft.Column(null,
                "Huyện " + i, ColumnKind.NUMBER, null)).toList();
        TableDraft wide = new TableDraft("6", KienGiangTable.TITLE, nine,
                List.of(new TableDraft.Row("1", "Số ca F0", 1, List.of())));
        long small = fixture.conference();
        kienGiang.addTo(small);
        FormTable table = kienGiang.add(small, wide);
        kienGiang.fill(small, fixture.submit(small, "UBND huyện An Minh", Map.of("2.1", "2")), table,
                new int[][] {{1, 2, 3, 4, 5, 6, 7, 8, 1234}});
        byte[] pdf = fixture.committee(() -> summary.pdf(small, false));
        PdfAssertions.save(pdf, "wide-table.pdf");
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(new ByteArrayInputStream(pdf)))) {
            var first = doc.getFirstPage().getPageSize();
            var last = doc.getLastPage().getPageSize();
            assertThat(first.getWidth()).as("one unit: portrait").isLessThan(first.getHeight());
            assertThat(last.getWidth()).as("nine columns: landscape").isGreaterThan(last.getHeight());
        }
        String text = PdfAssertions.text(pdf, PdfAssertions.pages(pdf));
        assertThat(text).contains("Huyện 9", "Số ca F0 1 2 3 4 5 6 7 8 1.234");

        byte[] xlsx = fixture.committee(() -> summary.xlsx(small, false));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly("Tổng hợp",
                    "6. Công tác điều tra, truy vết,", "6. Công tác điều tra, truy (2)", "Tình hình nộp")
                    .allMatch(name -> name.length() <= 31);
        }
    }

    /** The rows from {@code first}: each of the table's rows with the sums over these units' typed cells. */
    private void checkBlock(List<Row> rows, int first, java.util.Collection<int[][]> units) {
        for (int r = 0; r < form.rows().size(); r++) {
            TableRow row = form.rows().get(r);
            Row sheetRow = rows.get(first + r);
            assertThat(text(sheetRow, 1)).isEqualTo(row.label());
            for (int c = 0; c < form.columns().size(); c++) {
                BigDecimal expected = expected(units, row, form.columns().get(c));
                Cell cell = sheetRow.getCell(2 + c);
                if (expected == null) {
                    assertThat(cell == null || cell.getType() == CellType.EMPTY).as(row.label() + " " + c).isTrue();
                } else {
                    assertThat(cell.getType()).as(row.label() + " " + c).isEqualTo(CellType.NUMBER);
                    assertThat(cell.asNumber()).as(row.label() + " " + c).isEqualByComparingTo(expected);
                }
            }
        }
    }

    /**
     * The sum the plan means, worked out from the typed cells alone: over the units, over the rows the row stands
     * for (a total row: the rows it names), over the columns the column stands for (the total column: every typed
     * one); null when none of them was typed.
     */
    private BigDecimal expected(java.util.Collection<int[][]> units, TableRow row, TableColumn column) {
        List<Integer> rowIndexes = new ArrayList<>();
        List<TableRow> typedRows = KienGiangTable.typedRows(form);
        for (int i = 0; i < typedRows.size(); i++) {
            if (row.total() ? row.sumOf().contains(typedRows.get(i).code()) : typedRows.get(i).id() == row.id()) {
                rowIndexes.add(i);
            }
        }
        List<TableColumn> typedColumns = KienGiangTable.typedColumns(form);
        BigDecimal sum = null;
        for (int[][] typed : units) {
            for (int r : rowIndexes) {
                for (int c = 0; c < typedColumns.size(); c++) {
                    boolean counted = column.kind() == ColumnKind.TOTAL || typedColumns.get(c).id() == column.id();
                    if (counted && typed[r][c] >= 0) {
                        sum = (sum == null ? BigDecimal.ZERO : sum).add(BigDecimal.valueOf(typed[r][c]));
                    }
                }
            }
        }
        return sum;
    }

    private BigDecimal sum(ReportTable table, String code, int columnPosition) {
        TableRow row = form.rows().stream().filter(r -> code == null ? r.total() : code.equals(r.code())).findFirst().orElseThrow();
        return table.sum(new CellKey(row.id(), form.columns().get(columnPosition - 1).id()));
    }

    /** The unit types its cells on its page (through the service, as the page does) and submits, or keeps a draft. */
    private void fill(String name, int[][] typed, boolean submit) {
        Map<CellKey, String> cells = new LinkedHashMap<>();
        KienGiangTable.cells(form, typed).forEach((cell, value) -> cells.put(cell, value.number().toPlainString()));
        if (submit) {
            typedByUnit.put(fixture.submit(conference, name, Map.of("2.1", "1"), cells), typed);
        } else {
            long unit = fixture.unit(name);
            runAs.role(fixture.account(conference, unit), vn.hoinghi.security.AppRoles.UNIT,
                    () -> reports.save(conference, unit, 0, new ReportInput(Map.of(), cells)));
        }
    }

    /** A part of the workbook's zip as text, to see its merged cells (the reader does not give them). */
    private static String part(byte[] xlsx, String name) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("tables", ".xlsx");
        try (var zip = new java.util.zip.ZipFile(java.nio.file.Files.write(file, xlsx).toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** Equal numbers (1250 and 1.25E+3 alike), or both blank. */
    private static void assertSame(BigDecimal actual, BigDecimal expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isEqualByComparingTo(expected);
        }
    }

    private static String text(Row row, int column) {
        return row.getCellCount() > column ? row.getCellText(column).isEmpty() ? null : row.getCellText(column) : null;
    }
}
