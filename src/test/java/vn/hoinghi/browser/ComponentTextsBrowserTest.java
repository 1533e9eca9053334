package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Vaadin's own texts (calendar, "Today", check boxes' names) follow the page's language. */
class ComponentTextsBrowserTest extends BrowserTest {

    @Test
    void calendarsAndCheckBoxesSpeakThePagesLanguage() {
        Page page = withDemo("admin-thanhphan", 1366, 900);

        page.navigate(url(demoConference(), "awards"));
        Locator grid = page.locator("vaadin-grid.hn-nomination-grid");
        assertThat(grid.locator("#selectAllCheckbox input")).hasAccessibleName("Chọn tất cả");
        assertThat(grid.locator("vaadin-checkbox:not(#selectAllCheckbox) input").first())
                .hasAccessibleName("Chọn dòng này");
        assertThat(page.getByLabel("Select All")).hasCount(0);
        assertThat(page.getByLabel("Select Row")).hasCount(0);

        Locator deadline = openNewConferenceCalendar(page, "Tạo hội nghị");
        assertThat(page.getByText(Pattern.compile("^Tháng \\d{1,2} \\d{4}$")).first()).isVisible();
        assertThat(page.getByText("Today", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        screenshot(page, "calendar-vi");
        page.getByText("Hôm nay", new Page.GetByTextOptions().setExact(true)).click();
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(deadline).hasValue(today);
        Locator startDate = page.locator("vaadin-date-time-picker vaadin-date-picker input").first();
        startDate.click();
        page.getByText("Hôm nay", new Page.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).click();
        assertThat(startDate).hasValue(today);

        page.navigate(url("conferences"));
        page.locator("vaadin-select.hn-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByText("New conference", new Page.GetByTextOptions().setExact(true))).isVisible();
        openNewConferenceCalendar(page, "New conference");
        assertThat(page.getByText(Pattern.compile("^(January|February|March|April|May|June|July|August|September"
                + "|October|November|December) \\d{4}$")).first()).isVisible();
        assertThat(page.getByText("Today", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Hôm nay", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        page.keyboard().press("Escape");
        Locator startTime = page.locator("vaadin-date-time-picker vaadin-time-picker input").first();
        startTime.fill("14:30");
        startTime.press("Tab");
        assertThat(startTime).hasValue("14:30"); // 24-hour time in English too, not "2:30 PM"
        page.close();
    }

    @Test
    void theLoginFormSpeaksVietnameseToTheLastButton() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form vaadin-password-field-button")).hasAccessibleName("Hiện mật khẩu");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.getByText("Hãy nhập tên đăng nhập.")).isVisible();
        assertThat(page.locator("vaadin-login-form")).not().containsText("required");
        page.close();
    }

    @Test
    void aLostConnectionIsSaidInVietnamese() {
        Page page = browser.newPage();
        page.navigate(url("login"));
        page.waitForFunction("() => window.Vaadin && window.Vaadin.connectionIndicator"
                + " && window.Vaadin.connectionIndicator.reconnectingText !== 'Connection lost, trying to reconnect...'");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => [window.Vaadin.connectionIndicator.reconnectingText,"
                + " window.Vaadin.connectionIndicator.offlineText]"))
                .asList().containsExactly("Mất kết nối, đang kết nối lại…",
                        "Mất kết nối với máy chủ. Hãy kiểm tra mạng rồi tải lại trang.");
        page.close();
    }

    /** Opens the conference list's "new" dialog and the calendar of its submission deadline; its input is returned. */
    private Locator openNewConferenceCalendar(Page page, String newConference) {
        page.navigate(url("conferences"));
        page.getByText(newConference, new Page.GetByTextOptions().setExact(true)).click();
        Locator input = page.locator("vaadin-date-picker").last().locator("input");
        input.click();
        return input;
    }
}
