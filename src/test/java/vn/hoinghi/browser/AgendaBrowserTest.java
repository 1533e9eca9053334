package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Position;
import org.junit.jupiter.api.Test;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/** The committee opens the demo programme, sees its times, and reorders it by drag and drop and by keyboard buttons. */
class AgendaBrowserTest extends BrowserTest {


    private Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    @Test
    void theDemoProgrammeShowsItsTimesAndDragAndDropReordersIt() {
        Page page = withDemo("admin-chuongtrinh", 1366, 800);
        page.navigate(url(demoConference(), "agenda"));
        assertThat(page.locator(".hn-agenda-summary")).containsText("12 mục · 07:30 – 09:45 (135 phút)");
        assertThat(cell(page, "07:30 – 07:40")).isVisible();
        assertThat(cell(page, "09:35 – 09:45")).isVisible();
        assertThat(cell(page, "Từ điểm cầu UBND huyện Đakrông")).isVisible();
        screenshot(page, "agenda-desktop");

        // The 20-minute report on film (item 4) is dragged above the opening performance (item 1).
        Locator report = cell(page, "Báo cáo bằng hình ảnh");
        Locator opening = cell(page, "Chương trình văn nghệ trực tuyến");
        report.dragTo(opening, new Locator.DragToOptions().setTargetPosition(new Position(20, 2)));
        assertThat(cell(page, "07:30 – 07:50")).isVisible();
        assertThat(cell(page, "07:50 – 08:00")).isVisible();
        assertThat(page.locator(".hn-agenda-summary")).containsText("07:30 – 09:45");
        screenshot(page, "agenda-after-drag");

        // The keyboard way: the first row's "move down" button.
        page.locator("vaadin-button.hn-agenda-down").first().click();
        assertThat(cell(page, "07:40 – 08:00")).isVisible();

        cell(page, "Tuyên bố lý do").click();
        page.locator("vaadin-button[aria-label='Sửa mục']").nth(2).click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").getByText("Lời dẫn của người dẫn chương trình").first())
                .isVisible();
        screenshot(page, "agenda-item-dialog");
        page.close();
    }

    @Test
    void theMcSeesTheProgrammeButNoEditingTools() {
        withDemo("admin-chuongtrinh-2", 1366, 800).close();
        long demo = demoConference();
        accounts.serving("mc-chuongtrinh", AppRoles.MC, demo);
        Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1366, 800));
        login(page, "mc-chuongtrinh", TestAccounts.PASSWORD);
        page.navigate(url(demo, "agenda"));
        assertThat(page.locator(".hn-agenda-grid")).isVisible();
        assertThat(page.getByText("Thêm mục")).hasCount(0);
        assertThat(page.locator("vaadin-button.hn-agenda-down")).hasCount(0);
        screenshot(page, "agenda-mc");
        page.close();
    }
}
