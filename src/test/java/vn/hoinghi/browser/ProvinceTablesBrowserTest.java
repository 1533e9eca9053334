package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.report.FormTable;
import vn.hoinghi.submission.report.KienGiangTable;
import vn.hoinghi.submission.report.PlanTableReaderTest;
import vn.hoinghi.submission.report.ReportFixture;

/**
 * The committee opens the province-wide tab of a conference whose form ends with the Kiên Giang table, filled by
 * three units: the table shows in its shape with the sums and the totals, a unit chosen shows its own table; on the
 * form tab the plan's .xlsx is read into a table.
 */
class ProvinceTablesBrowserTest extends BrowserTest {

    @Autowired ReportFixture fixture;
    @Autowired KienGiangTable kienGiang;

    @Test
    void theCommitteeSeesTheTableSummedAndEachUnitsOwn() throws Exception {
        long conference = fixture.conference();
        FormTable table = kienGiang.addTo(conference);
        long soYTe = fixture.submit(conference, "Sở Y tế", Map.of("2.1", "3"));
        kienGiang.fill(conference, soYTe, table, new int[][] {{1250, 3400, 812}, {37, 120, -1}, {418, 96, 1530},
                {2, 5400, 2210}, {1705, 9016, 4552}});
        long rachGia = fixture.submit(conference, "UBND thành phố Rạch Giá", Map.of("2.1", "1"));
        kienGiang.fill(conference, rachGia, table, new int[][] {{310, 1200, 95}, {-1, -1, -1}, {112, 40, 600},
                {0, 1830, 705}, {422, 3070, 1400}});
        long phuQuoc = fixture.submit(conference, "UBND huyện Phú Quốc", Map.of());
        kienGiang.fill(conference, phuQuoc, table, new int[][] {{88, -1, 14}, {5, 9, -1}, {-1, -1, -1},
                {-1, 990, 1015}, {93, 999, 1030}});

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        login(page, accounts.ensure("admin-bang", AppRoles.ADMIN), TestAccounts.PASSWORD);
        page.navigate(url(conference, "reports"));
        var total = page.locator(".hn-sums-table tr.hn-total-row");
        assertThat(total).containsText("Tổng (1+2+3+4)");
        assertThat(total.locator("td")).containsText(new String[] {"", "Tổng (1+2+3+4)", "2.222", "13.085", "6.981", "22.288"});
        assertThat(page.locator(".hn-sums-table thead th[colspan='4']")).hasText("Xử lý");
        page.locator(".hn-sums-table").scrollIntoViewIfNeeded();
        screenshot(page, "report-tables-province");

        page.locator("vaadin-select.hn-table-unit").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("UBND huyện Phú Quốc")).click();
        assertThat(total.locator("td")).containsText(new String[] {"", "Tổng (1+2+3+4)", "93", "999", "1.029", "2.121"});
        screenshot(page, "report-tables-unit");

        page.locator("vaadin-tab").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Biểu mẫu số liệu")).click();
        page.locator("vaadin-button.hn-plan-table-open").click();
        Path folder = Files.createTempDirectory("bang");
        Path wrong = Files.write(folder.resolve("bieu-mau-sai.xlsx"), PlanTableReaderTest.planSheet(sheet -> {
            sheet.value(10, 0, "3");
            sheet.value(12, 1, "Tổng (1+2+3+7)");
        }));
        var upload = page.locator(".hn-plan-table-dialog vaadin-upload input[type=file], vaadin-upload input[type=file]").last();
        upload.setInputFiles(wrong);
        assertThat(page.locator(".hn-plan-table-answer")).containsText("Tệp \"bieu-mau-sai.xlsx\" có 2 chỗ cần sửa");
        assertThat(page.locator(".hn-plan-table-answer vaadin-grid")).isVisible();
        screenshot(page, "report-tables-plan-problems");
        upload.setInputFiles(Files.write(folder.resolve("bieu-mau-kien-giang.xlsx"), PlanTableReaderTest.planSheet(sheet -> { })));
        assertThat(page.locator(".hn-table-preview .hn-report-table thead th[colspan='4']")).hasText("Xử lý");
        assertThat(page.locator(".hn-table-preview .hn-report-table tbody tr")).hasCount(6);
        assertThat(page.locator("vaadin-text-area.hn-table-rows textarea")).hasValue(java.util.regex.Pattern.compile(
                ".*Tổng \\(1\\+2\\+3\\+4\\)$", java.util.regex.Pattern.DOTALL));
        page.close();
    }
}
