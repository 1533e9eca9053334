package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/** A real Chromium against the running app: what a committee member does on their first morning. */
class LoginAndConferencesBrowserTest extends BrowserTest {

    @Test
    void anAdminLogsInLoadsTheDemoAndSeesItsFactsInVietnamese() {
        String admin = accounts.ensure("admin-trinhduyet", AppRoles.ADMIN);
        Page page = browser.newPage();
        login(page, admin, TestAccounts.PASSWORD);

        page.navigate(url("demo"));
        page.getByText("Tải hội nghị mẫu Quảng Trị 2021").click();

        assertThat(page.locator(".hn-conference-title")).hasText("Hội nghị sơ kết công tác phòng, chống dịch COVID-19");
        assertThat(page).hasURL(url(vn.hoinghi.base.ConferencePath.of(demoConference())));
        assertThat(page.locator(".hn-facts")).containsText("Ủy ban nhân dân tỉnh Quảng Trị");
        assertThat(page.locator(".hn-facts")).containsText("07:30 29/10/2021");
        assertThat(page.locator(".hn-facts")).containsText("45 tập thể, 152 cá nhân");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/overview.png")).setFullPage(true));

        page.navigate(url("conferences"));
        // Newest first: other tests' conferences (of 2026) come before the demo of 2021, so show the list's end.
        assertThat(page.locator("vaadin-grid")).containsText("Hội nghị");
        page.locator("vaadin-grid").evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        assertThat(page.locator("vaadin-grid")).containsText("Hội trường UBND tỉnh");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/conferences.png")));
        page.close();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String staff = accounts.ensure("staff-doan-mat-khau", AppRoles.STAFF);
        Page page = browser.newPage();
        for (int i = 0; i < 5; i++) {
            login(page, staff, "sai-mat-khau-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("không đúng");
        }
        login(page, staff, TestAccounts.PASSWORD);
        assertThat(page.locator("vaadin-login-form")).containsText("Quá nhiều lần đăng nhập sai");
        page.close();
    }

    @Test
    void aGateAccountCannotOpenTheAccountsPage() {
        String gate = accounts.ensure("gate-trinhduyet", AppRoles.GATE);
        Page page = browser.newPage();
        login(page, gate, TestAccounts.PASSWORD);
        assertThat(page.locator(".hn-navigation")).not().containsText("Tài khoản");

        page.navigate(url("accounts"));
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Thêm tài khoản");
        page.close();
    }
}
