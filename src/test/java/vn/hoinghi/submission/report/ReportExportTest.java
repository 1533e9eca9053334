package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.OnPage;
import vn.hoinghi.document.WorkbookRows;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/** The province-wide table exported: the .xlsx read back and the PDF's text hold the units' figures and the totals. */
@IntegrationTest
class ReportExportTest {

    @Autowired ReportFixture fixture;
    @Autowired ReportSummaryService summary;
    @Autowired UnitReportService reports;
    @Autowired RunAs runAs;

    long conference;

    @BeforeEach
    void threeUnitsSubmitAndOneDrafts() {
        conference = fixture.conference();
        fixture.submit(conference, "UBND huyện Triệu Phong", ProvinceTableTest.TRIEU_PHONG);
        fixture.submit(conference, "UBND huyện Vĩnh Linh", ProvinceTableTest.VINH_LINH);
        fixture.submit(conference, "Công an tỉnh", ProvinceTableTest.POLICE);
        long draft = fixture.unit("Sở Công Thương");
        runAs.role(fixture.account(conference, draft), AppRoles.UNIT,
                () -> reports.save(conference, draft, 0, fixture.typed(conference, ProvinceTableTest.DRAFT)));
    }

    @Test
    void theSpreadsheetHoldsTheFiguresAsNumbersWithTheTotals() throws Exception {
        Map<String, List<List<String>>> sheets = WorkbookRows.read(fixture.committee(() -> summary.xlsx(conference, false)));
        assertThat(sheets.keySet()).containsExactly("Tổng hợp", "Tình hình nộp");
        List<List<String>> table = sheets.get("Tổng hợp");
        assertThat(table.get(0).getFirst()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
        assertThat(table.get(1).getFirst()).isEqualTo("TỔNG HỢP SỐ LIỆU BÁO CÁO SƠ KẾT CỦA CÁC ĐƠN VỊ");
        assertThat(table.get(3).getFirst()).startsWith("(3 đơn vị đã nộp; số liệu đến ");
        List<String> header = row(table, "STT");
        assertThat(header.subList(0, 4)).containsExactly("STT", "Nội dung", "Đơn vị tính", "Tổng cộng");
        assertThat(header.subList(4, 7)).hasSize(3).allMatch(h -> h.startsWith("Công an tỉnh")
                || h.startsWith("UBND huyện Triệu Phong") || h.startsWith("UBND huyện Vĩnh Linh"));
        int police = header.indexOf(header.stream().filter(h -> h.startsWith("Công an tỉnh")).findFirst().orElseThrow());

        assertThat(row(table, "2.1").subList(1, 4)).containsExactly("Số vụ vi phạm quy định phòng, chống dịch", "", "1312");
        assertThat(row(table, "2.1").get(police)).isEqualTo("1204");
        assertThat(row(table, "3.1").subList(2, 4)).containsExactly("triệu đồng", "9330.75");
        assertThat(row(table, "4.1").get(3)).isEqualTo("25820.75");
        assertThat(row(table, "5.1").get(3)).isEqualTo("3566.625");
        assertThat(row(table, "1.1.1").get(1)).isEqualTo("- Đã kiện toàn");
        assertThat(row(table, "1.1.1").get(3)).isEqualTo("581");
        assertThat(row(table, "1").subList(1, 2)).containsExactly("Công tác y tế");
        assertThat(row(table, "1").subList(2, row(table, "1").size())).as("a heading has no figures")
                .allMatch(c -> c == null || c.isEmpty());

        List<List<String>> progress = sheets.get("Tình hình nộp");
        assertThat(progress.get(1).getFirst()).startsWith("Đã nộp: 3 · Đang soạn: 1 · Chưa làm: 0");

        Map<String, List<List<String>>> withDrafts = WorkbookRows.read(fixture.committee(() -> summary.xlsx(conference, true)));
        assertThat(row(withDrafts.get("Tổng hợp"), "2.1").get(3)).isEqualTo("2312");
        assertThat(row(withDrafts.get("Tổng hợp"), "STT")).anyMatch(h -> h != null && h.endsWith(" (nháp)"));
    }

    @Test
    void thePdfPrintsTheTotalsInTheVietnameseWay() {
        byte[] pdf = fixture.committee(() -> summary.pdf(conference, false));
        String text = IntStream.rangeClosed(1, PdfAssertions.pages(pdf)).mapToObj(p -> PdfAssertions.text(pdf, p))
                .reduce("", String::concat);
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TỔNG HỢP SỐ LIỆU BÁO CÁO SƠ KẾT CỦA CÁC ĐƠN VỊ", "(3 đơn vị đã nộp; số liệu đến ",
                "Số vụ vi phạm quy định phòng, chống dịch 1.312 1.204 45 63",
                "9.330,75", "25.820,75", "3.566,625", "- Đã kiện toàn 581",
                "Đã nộp (3): Công an tỉnh", "Đang soạn (nháp) (1): Sở Công Thương");
    }

    @Test
    void theTableMadeFromAnEnglishPageStaysVietnamese() throws Exception {
        try (var _ = OnPage.english()) {
            byte[] pdf = fixture.committee(() -> summary.pdf(conference, false));
            String text = IntStream.rangeClosed(1, PdfAssertions.pages(pdf)).mapToObj(p -> PdfAssertions.text(pdf, p))
                    .reduce("", String::concat);
            assertThat(text).contains("TỔNG HỢP SỐ LIỆU BÁO CÁO SƠ KẾT CỦA CÁC ĐƠN VỊ", "Đã nộp (3): Công an tỉnh",
                    "Đang soạn (nháp) (1): Sở Công Thương").doesNotContain("Submitted", "Draft");
            List<List<String>> progress = WorkbookRows.read(fixture.committee(() -> summary.xlsx(conference, false)))
                    .get("Tình hình nộp");
            assertThat(progress).anyMatch(r -> r.size() > 2 && r.get(1).startsWith("Sở Công Thương")
                    && r.get(2).equals("Đang soạn (nháp)"));
        }
    }

    @Test
    void manyUnitsGoLandscapeSixToATableEachWithTheTotal() throws IOException {
        long big = fixture.conference();
        for (int i = 1; i <= 8; i++) {
            fixture.submit(big, "UBND xã số " + i, Map.of("2.1", Integer.toString(i)));
        }
        byte[] pdf = fixture.committee(() -> summary.pdf(big, false));
        var size = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(
                new ByteArrayInputStream(pdf))).getFirstPage().getPageSize();
        assertThat(size.getWidth()).as("landscape").isGreaterThan(size.getHeight());
        String text = IntStream.rangeClosed(1, PdfAssertions.pages(pdf)).mapToObj(p -> PdfAssertions.text(pdf, p))
                .reduce("", String::concat);
        assertThat(text).contains("Bảng 1/2: 6 đơn vị", "Bảng 2/2: 2 đơn vị");
        assertThat(text.split("Số vụ vi phạm quy định phòng, chống dịch 36 ", -1)).as("the total in both tables").hasSize(3);
    }

    private static List<String> row(List<List<String>> rows, String code) {
        return rows.stream().filter(r -> !r.isEmpty() && code.equals(r.getFirst())).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + code));
    }
}
