package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.attendance.CommunePointsFixture;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * The new Quảng Trị's morning (the hall and 78 communes in 18 clusters) on the attendance board at 1366×768: the
 * province's people on top, a row per cluster that opens to its points; a coordinator's corrected headcount reaches
 * the board and the MC's figure without a reload.
 */
class PeopleAtPointsBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-songuoi";
    private static final String MC = "mc-songuoi";

    @Autowired CommunePointsFixture fixture;

    private Page as(String username, String role, long conference, int width, int height) {
        accounts.serving(username, role, conference);
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        login(page, username, TestAccounts.PASSWORD);
        return page;
    }

    @Test
    void theBoardAddsTheHeadcountsUpByClusterAndFollowsACorrection() {
        long conference = runAs.role(ADMIN, AppRoles.ADMIN, fixture::morning);
        long conCo = runAs.role(ADMIN, AppRoles.ADMIN, () -> fixture.byName(conference)
                .get("Điểm cầu đặc khu Cồn Cỏ").id());

        Page board = as(ADMIN, AppRoles.ADMIN, conference, 1366, 768);
        board.navigate(url(conference, "attendance"));
        Locator people = board.locator(".hn-att-people");
        assertThat(people.locator(".hn-att-number")).hasText("121");
        assertThat(people).containsText("77 điểm cầu (3 điểm cầu đã báo số người)");
        Locator clusters = board.locator(".hn-att-points vaadin-grid");
        assertThat(board.locator(".hn-att-not-reported")).containsText("74 điểm cầu chưa báo số người");
        assertThat(clusters).containsText("Thành phố Đồng Hới");
        assertThat(clusters).containsText("Huyện Cồn Cỏ");
        assertThat(clusters).not().containsText("phường Đồng Thuận");
        screenshot(board, "attendance-clusters-1366");

        board.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Thành phố Đồng Hới"))
                .first().click();
        assertThat(clusters).containsText("Điểm cầu phường Đồng Thuận");
        assertThat(clusters).not().containsText("Điểm cầu phường Đồng Sơn"); // withdrawn
        board.locator(".hn-att-points").scrollIntoViewIfNeeded();
        board.waitForTimeout(300);
        screenshot(board, "attendance-clusters-opened-1366");

        Page mc = as(MC, AppRoles.MC, conference, 1366, 768);
        mc.navigate(url(conference, "mc"));
        assertThat(mc.locator(".hn-mc-people")).containsText(
                "Tổng số đại biểu dự tại các điểm cầu: 121 (hội trường 64; 77 điểm cầu 57; 3/77 điểm cầu đã báo số người)");

        Page desk = as(ADMIN + "-ban", AppRoles.ADMIN, conference, 390, 844);
        desk.navigate(url(conference, "point-desk") + "?point=" + conCo);
        Locator last = desk.locator(".hn-desk-headcount-last");
        assertThat(last).containsText("Số đã báo: 12 người");
        desk.locator(".hn-desk-headcount vaadin-integer-field input").fill("20");
        desk.locator(".hn-desk-headcount vaadin-button").click();
        assertThat(last).containsText("Số đã báo: 20 người");
        assertThat(last).containsText("bởi " + ADMIN + "-ban. Báo số mới sẽ thay số này.");
        last.scrollIntoViewIfNeeded();
        assertThat(desk.locator("vaadin-notification-card")).hasCount(0); // gone by itself: the form in sight
        screenshot(desk, "point-desk-headcount-phone");

        assertThat(people.locator(".hn-att-number")).hasText("129");
        assertThat(clusters).containsText("Điểm cầu phường Đồng Thuận"); // the opened cluster stays open
        assertThat(mc.locator(".hn-mc-people")).containsText("Tổng số đại biểu dự tại các điểm cầu: 129");
        mc.locator(".hn-mc-leaders").click(); // opened as at the introductions
        mc.locator(".hn-mc-people").scrollIntoViewIfNeeded();
        mc.waitForTimeout(300);
        screenshot(mc, "mc-people-1366");
        board.locator(".hn-att-leaders").scrollIntoViewIfNeeded();
        board.waitForTimeout(300);
        screenshot(board, "attendance-clusters-province-1366");
        board.context().close();
        mc.context().close();
        desk.context().close();
    }
}
