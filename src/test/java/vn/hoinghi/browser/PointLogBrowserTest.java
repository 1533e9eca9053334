package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.TestData;
import vn.hoinghi.document.WorkbookRows;
import vn.hoinghi.pointlog.ScriptedDay;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * After a scripted day, the committee opens the points' day at 1366×768: the summary grid, the filter to the points
 * that lost their link, and the spreadsheet downloaded under the conference's name.
 */
class PointLogBrowserTest extends BrowserTest {

    @Autowired ScriptedDay day;

    private Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    @Test
    void theCommitteeReadsThePointsDayFiltersTheOutagesAndDownloadsTheSheet() throws Exception {
        long conference = day.run(TestData.unique("Hội nghị tổng kết năm 2025"));
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        login(page, accounts.ensure("admin-nhatky", AppRoles.ADMIN), TestAccounts.PASSWORD);
        page.navigate(url(conference, "point-log"));
        assertThat(page.locator("h2")).hasText("Nhật ký điểm cầu trong ngày hội nghị");
        assertThat(cell(page, ScriptedDay.DONG_HOI)).isVisible();
        assertThat(page.locator(".hn-pointlog-totals")).hasText(
                "79 điểm cầu · 3 lần gián đoạn tại 2 điểm, 44 phút · 2/3 ý kiến được phát biểu");
        screenshot(page, "point-log-1366");

        page.locator("vaadin-checkbox.hn-pointlog-outages-only").click();
        assertThat(page.locator(".hn-pointlog-totals")).containsText("3 điểm cầu ·");
        assertThat(cell(page, ScriptedDay.DONG_THUAN)).isVisible();
        assertThat(cell(page, ScriptedDay.CON_CO)).isHidden();
        screenshot(page, "point-log-outages");

        Download download = page.waitForDownload(() -> page.locator(".hn-pointlog-actions a").first().click());
        assertThat(download.suggestedFilename()).startsWith("nhat-ky-diem-cau-hoi-nghi-tong-ket-nam-2025").endsWith(".xlsx");
        assertThat(WorkbookRows.read(Files.readAllBytes(download.path())).keySet())
                .containsExactly("Tổng hợp", "Diễn biến", "Phát biểu");
        page.close();
    }
}
