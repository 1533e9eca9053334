package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.health.HealthSettings;
import vn.hoinghi.health.HealthSettingsService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.security.AppRoles;

/**
 * The committee switches the health declaration on; at the gate a USB scanner types a code and Enter, the questions
 * are answered from the keyboard (Enter on "Không" three times, then on "Xác nhận"), and the screen turns green. At
 * phone width a "Có" sends the next delegate to the medical desk, and the committee lets them in afterwards.
 */
class HealthBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-yte";

    @Autowired HealthSettingsService settings;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;

    private long conference;

    /** The demo conference is shared with the other browser tests: leave its gate as it was found (no declaration). */
    @AfterEach
    void switchItOffAgain() {
        if (conference != 0) {
            runAs.role(ADMIN, AppRoles.ADMIN, () -> {
                settings.save(conference, settings.get(conference).version(), false, HealthSettings.DEFAULT_QUESTIONS);
                return null;
            });
        }
    }

    @Test
    void theGateAsksTheQuestionsBeforeTheGreenScreenAndAYesGoesToTheMedicalDesk() {
        Page page = withDemo(ADMIN, 1366, 800);
        List<Delegate> hall = runAs.role(ADMIN, AppRoles.ADMIN, () -> {
            conference = demoConference();
            return delegates.list(conference, DelegateFilter.all()).stream()
                    .filter(d -> d.atHall() && d.checkedInAt() == null && !d.withdrawn()).toList();
        });
        Delegate first = hall.get(hall.size() / 2);
        Delegate second = hall.get(hall.size() / 2 + 1);

        // The committee switches it on from the conference's overview.
        page.locator("vaadin-button.hn-health-settings-open").click();
        Locator dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog").filter(new Locator.FilterOptions()
                .setHasText("Câu hỏi 1")).last();
        assertThat(page.getByLabel("Câu hỏi 1")).hasValue(HealthSettings.DEFAULT_QUESTIONS.getFirst());
        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Khai báo y tế tại cổng")).click();
        assertThat(page.locator("vaadin-checkbox")).hasAttribute("checked", "");
        screenshot(page, "health-settings");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Lưu")).last().click();
        assertThat(dialog).isHidden();
        assertThat(page.locator(".hn-facts")).containsText("Bật (3 câu hỏi)");

        // A USB scanner: the code and Enter, no click.
        page.navigate(url(conference, "gate"));
        Locator code = page.locator("vaadin-text-field.hn-gate-code input");
        assertThat(code).isFocused();
        page.keyboard().type(codes.code(first));
        page.keyboard().press("Enter");

        Locator questions = page.locator(".hn-health");
        Locator result = page.locator(".hn-gate-result");
        assertThat(questions).isVisible();
        assertThat(questions).containsText(first.fullName());
        assertThat(questions).containsText("Trong 14 ngày qua, ông/bà có đến hoặc đi qua vùng có dịch không?");
        assertThat(result).isHidden();
        Locator no = page.locator(".hn-health vaadin-button.hn-health-no");
        assertThat(no).hasCount(3);
        screenshot(page, "health-questions-desktop");

        // The next delegate's code scanned while the questions wait: it goes to the code field, not to a button.
        assertThat(no.first()).isFocused();
        page.keyboard().type(codes.code(second));
        page.keyboard().press("Enter");
        assertThat(questions).containsText(second.fullName());
        assertThat(no.first()).isFocused();
        page.keyboard().type(codes.code(first));
        page.keyboard().press("Enter");
        assertThat(questions).containsText(first.fullName());

        // Keyboard: Enter answers "Không" on the focused button and moves on; then Enter confirms.
        for (int i = 0; i < 3; i++) {
            assertThat(no.nth(i)).isFocused();
            page.keyboard().press("Enter");
            assertThat(no.nth(i)).hasClass(Pattern.compile("hn-chosen"));
        }
        Locator confirm = page.locator("vaadin-button.hn-health-confirm");
        assertThat(confirm).isFocused();
        assertThat(confirm).hasText("Xác nhận và điểm danh");
        page.keyboard().press("Enter");

        assertThat(result).hasClass(Pattern.compile("hn-gate-ok"));
        assertThat(result).containsText(first.fullName());
        assertThat(questions).isHidden();
        assertThat(code).isFocused();
        assertThat(page.locator(".hn-gate-recent")).containsText(first.fullName());

        // On a phone: the next delegate answers "Có" to the second question.
        page.setViewportSize(390, 844);
        page.keyboard().type(codes.code(second));
        page.keyboard().press("Enter");
        assertThat(questions).containsText(second.fullName());
        Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        assertThat(no.first()).isFocused();
        screenshot(page, "health-questions-phone");
        no.nth(0).click();
        page.locator(".hn-health vaadin-button.hn-health-yes").nth(1).click();
        no.nth(2).click();
        assertThat(confirm).hasText("Xác nhận – mời đến bàn y tế");
        screenshot(page, "health-answered-phone");
        confirm.click();

        assertThat(result).hasClass(Pattern.compile("hn-gate-medical"));
        assertThat(result).containsText("Mời đại biểu đến bàn y tế");
        assertThat(result).containsText(second.fullName());
        screenshot(page, "health-medical-phone");

        // After the medical desk, the committee scans again and lets the delegate in explicitly.
        page.keyboard().type(codes.code(second));
        page.keyboard().press("Enter");
        assertThat(questions).containsText("Đại biểu đang chờ ý kiến y tế");
        screenshot(page, "health-clearance-phone");
        page.getByText("Y tế đã cho phép – điểm danh").click();
        assertThat(result).hasClass(Pattern.compile("hn-gate-ok"));
        assertThat(result).containsText(second.fullName());

        // The committee's list: the one with a "có" first.
        page.setViewportSize(1366, 800);
        page.navigate(url(conference, "health"));
        assertThat(page.locator("vaadin-grid")).containsText(second.fullName());
        assertThat(page.locator(".hn-health-list")).containsText("2 tờ khai, 1 có câu trả lời «Có», 0 đang chờ y tế.");
        screenshot(page, "health-list");
        page.close();
    }
}
