package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.SampleFiles;
import vn.hoinghi.unit.UnitService;

/**
 * The transport department's representative reads the outline, sends the report file, types the figures (a bad one is named, good
 * ones are rewritten the Vietnamese way) and submits; the committee then sees five submitted reports and the
 * department's figures in the province's totals, on the page and in the PDF. (Not Sở Y tế, whose report the demo
 * leaves to the dev profile's unit account and another test fills.)
 */
class ReportsBrowserTest extends BrowserTest {

    @Autowired UnitService units;

    @Test
    void aUnitFillsAndSubmitsAndTheCommitteeSeesTheTotals() throws Exception {
        Page committee = withDemo("admin-baocao", 1440, 900);
        long conference = demoConference();
        long transport = runAs.committee("browser-test", () -> units.findOrCreate(conference, "Sở Giao thông vận tải").id());
        String unit = accounts.unitServing("sogtvt-baocao", transport, conference);

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        login(page, unit, TestAccounts.PASSWORD);
        page.navigate(url(conference, "my-report"));
        assertThat(page.locator("h2")).hasText("Báo cáo sơ kết của Sở Giao thông vận tải");
        assertThat(page.locator(".hn-report-status")).hasText("Chưa làm");
        assertThat(page.locator(".hn-outline")).containsText("4. Các mô hình hay, cách làm tốt");
        screenshot(page, "reports-unit-start");

        Path file = Files.createTempDirectory("bao-cao").resolve("bao-cao-so-ket-so-gtvt.pdf");
        Files.write(file, SampleFiles.pdf("Bao cao so ket So GTVT", 4));
        page.locator("vaadin-upload.hn-narrative-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator(".hn-narrative-list")).containsText("bao-cao-so-ket-so-gtvt.pdf");
        assertThat(page.locator(".hn-narrative-list")).containsText("Đang dùng");
        assertThat(page.locator(".hn-narrative-list")).containsText("4 trang");

        Locator violations = input(page, "2.1");
        violations.fill("4,5");
        violations.press("Tab");
        assertThat(page.locator(".hn-figure-error >> visible=true")).hasText(
                "Mục 2.1 – Số vụ vi phạm quy định phòng, chống dịch: phải là số nguyên không âm (không có phần thập phân).");
        screenshot(page, "reports-unit-bad-number");
        violations.fill("57");
        input(page, "2.2").fill("57");
        input(page, "3.1").fill("1250,5");
        input(page, "3.1").press("Tab");
        assertThat(input(page, "3.1")).hasValue("1.250,5");
        input(page, "4.1").fill("86420");
        input(page, "4.1").press("Tab");
        assertThat(input(page, "4.1")).hasValue("86.420");
        input(page, "1.1").fill("10");
        input(page, "1.1.1").fill("7");
        input(page, "1.1.2").fill("2");
        page.locator("vaadin-button.hn-report-submit").click();
        page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByText("Nộp báo cáo").last().click();
        assertThat(page.locator(".hn-report-status")).hasText("Đã nộp");
        assertThat(page.locator(".hn-report-state")).containsText("Nộp lúc ");
        assertThat(input(page, "4.1")).hasValue("86.420");
        assertThat(page.locator(".hn-report-part-sums")).containsText("Mục 1.1 – Số tổ COVID-19 cộng đồng: đã nhập 10"
                + " nhưng các dòng con cộng lại 9 (Đã kiện toàn 7 + Chưa kiện toàn 2).");
        page.setViewportSize(1280, 2000);
        page.locator("h2").scrollIntoViewIfNeeded();
        screenshot(page, "reports-unit");
        page.navigate(url(conference, "reports"));
        assertThat(page.locator(".hn-province-table")).hasCount(0);
        page.close();

        committee.navigate(url(conference, "reports"));
        assertThat(committee.locator(".hn-report-count-submitted")).hasText("Đã nộp: 5");
        Locator grid = committee.locator(".hn-province-table vaadin-grid");
        assertThat(grid).containsText("Sở Giao thông vận tải");
        assertThat(cell(committee, "1.387")).isVisible();       // 45 + 63 + 18 + 1.204 + 57
        assertThat(cell(committee, "116.456,15")).isVisible();  // 12.450,75 + 9.870 + 4.215,4 + 3.500 + 86.420
        screenshot(committee, "reports-committee");

        Download download = committee.waitForDownload(() -> committee.locator(".hn-table-pdf vaadin-button").click());
        assertThat(download.suggestedFilename()).isEqualTo("tong-hop-bao-cao.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        Files.write(Path.of("target/screenshots/reports-table.pdf"), pdf);
        String text = PdfAssertions.text(pdf, 1);
        assertThat(text).contains("TỔNG HỢP SỐ LIỆU BÁO CÁO SƠ KẾT CỦA CÁC ĐƠN VỊ", "(5 đơn vị đã nộp; ",
                "Số vụ vi phạm quy định phòng, chống dịch 1.387");

        committee.locator("vaadin-checkbox.hn-table-drafts").click();
        assertThat(grid).containsText("(nháp)");
        assertThat(cell(committee, "61.541,75")).isVisible();    // 3.1: 5.230,5 + 4.100,25 + 2.310 + 1.250,5 + the draft's 48.650,5
        committee.getByText("Tình hình nộp").click();
        assertThat(committee.locator(".hn-report-units vaadin-grid")).containsText("bao-cao-so-ket-so-gtvt.pdf");
        screenshot(committee, "reports-units");
        committee.locator("vaadin-button[data-unit='" + transport + "']").click();
        assertThat(committee.locator("vaadin-dialog-overlay, vaadin-dialog").locator(".hn-report-status").first())
                .hasText("Đã nộp");
        committee.waitForTimeout(800); // the dialog's opening animation
        screenshot(committee, "reports-unit-dialog");
        committee.getByText("Đóng").click();
        committee.waitForTimeout(500);
        committee.locator("vaadin-button.hn-report-settings-open").click();
        assertThat(committee.getByLabel("Đề cương báo cáo (hiện cho các đơn vị)")).not().isEmpty();
        committee.waitForTimeout(800);
        screenshot(committee, "reports-settings");
        committee.getByText("Hủy").click();
        committee.getByText("Biểu mẫu số liệu").click();
        assertThat(committee.locator(".hn-form-panel vaadin-grid")).containsText("Số tổ COVID-19 cộng đồng");
        screenshot(committee, "reports-form");
        committee.close();
    }

    private static Locator input(Page page, String code) {
        return page.locator("vaadin-text-field[data-code='" + code + "'] input");
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
