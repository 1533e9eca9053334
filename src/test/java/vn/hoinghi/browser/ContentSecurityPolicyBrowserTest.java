package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.invitation.InvitedDelegates;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * Every main page works under the app's Content-Security-Policy in a real Chromium: the policy is sent, the page
 * renders, and the browser reports no violation (neither in the console nor as a securitypolicyviolation event).
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    private static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));
            """;

    @Autowired InvitedDelegates invitations;
    @Autowired PointService points;

    @Test
    void theMainPagesRunUnderThePolicyWithoutAViolation() {
        List<String> violations = new CopyOnWriteArrayList<>();
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 800));
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(message.text());
            }
        });
        page.addInitScript(COLLECT_VIOLATIONS);

        visit(page, "login", "vaadin-login-form", violations);
        login(page, accounts.ensure("csp-admin", AppRoles.ADMIN), TestAccounts.PASSWORD);
        visit(page, "demo", "text=Tải hội nghị mẫu Quảng Trị 2021", violations);
        page.getByText("Tải hội nghị mẫu Quảng Trị 2021").click();
        assertThat(page.locator(".hn-conference-title")).isVisible();
        long conference = demoConference();

        visit(page, vn.hoinghi.base.ConferencePath.of(conference), ".hn-conference-title", violations);
        visit(page, vn.hoinghi.base.ConferencePath.of(conference, "delegates"), ".hn-delegates vaadin-grid", violations);
        visit(page, vn.hoinghi.base.ConferencePath.of(conference, "gate"), "vaadin-text-field.hn-gate-code", violations);
        visit(page, vn.hoinghi.base.ConferencePath.of(conference, "mc"), ".hn-mc-position", violations);
        visit(page, vn.hoinghi.base.ConferencePath.of(conference, "screen/hall"), ".hn-hall-conference", violations);
        InvitedDelegates.Invited invited = invitations.invite("Nguyễn Văn Chính Sách", Gender.MALE, false);
        visit(page, "moi/" + invited.code(), ".hn-rsvp-title", violations);

        assertThat(violations).isEmpty();
        page.close();
    }

    @Test
    void aCoordinatorOpeningAnotherPointsDeskReadsARefusalThatNamesNothing() {
        withDemo("csp-admin-2", 1366, 800).close();
        long conference = demoConference();
        MeetingPoint other = runAs.committee("csp-btc", () -> points.list(conference)).stream()
                .filter(p -> !p.hall()).findFirst().orElseThrow();
        accounts.serving("csp-diemcau", AppRoles.POINT, conference); // its conference, not this point
        Page page = browser.newPage();
        login(page, "csp-diemcau", TestAccounts.PASSWORD);

        page.navigate(url(conference, "point-desk") + "?point=" + other.id());

        assertThat(page.locator(".hn-refused")).containsText("Không được phép");
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain(other.name()).doesNotContain("Exception").doesNotContain("at vn.hoinghi");
        page.close();
    }

    private void visit(Page page, String path, String rendered, List<String> violations) {
        Response response = page.navigate(url(path.startsWith("/") ? path.substring(1) : path));
        assertThat(response.headers().get("content-security-policy")).as(path).contains("default-src 'self'");
        AssertionError notShown = null;
        try {
            assertThat(page.locator(rendered).first()).isVisible();
            page.waitForTimeout(500); // what the page loads after it shows (lazy chunks, images) has its turn
        } catch (AssertionError e) {
            notShown = e;
        }
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) page.evaluate("window.__cspViolations || []");
        seen.forEach(v -> violations.add(path + ": " + v));
        if (notShown != null) {
            throw new AssertionError(path + " did not show " + rendered + "; violations: " + violations, notShown);
        }
    }
}
