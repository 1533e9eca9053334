package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.LiveDelay;

/**
 * The morning at the remote points: a coordinator on a phone reports the link and ticks delegates in; the
 * committee's status wall, open in another browser, shows each change within a second.
 */
class PointsDayBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-tuong";
    private static final String COORDINATOR = "diemcau-giolinh";
    private static final LocatorAssertions.ContainsTextOptions ON_A_BUSY_MACHINE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis());

    @Autowired PointDayService pointDay;

    @Test
    void theWallFollowsTheCoordinatorsPhoneWithinASecond() {
        Page wall = withDemo(ADMIN, 1366, 800);
        accounts.ensure(COORDINATOR, AppRoles.POINT);
        long conference = demoConference();
        MeetingPoint point = runAs.role(ADMIN, AppRoles.ADMIN, () -> {
            PointSummary remote = pointDay.wall(conference).stream()
                    .filter(s -> !s.point().hall() && s.delegates() > s.checkedIn()).findFirst().orElseThrow();
            long account = pointDay.candidates().stream().filter(c -> c.username().equals(COORDINATOR))
                    .findFirst().orElseThrow().accountId();
            pointDay.assign(remote.point().id(), account);
            return remote.point();
        });

        Page phone = wall.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setHasTouch(true).setIsMobile(true)).newPage();
        login(phone, COORDINATOR, TestAccounts.PASSWORD);
        phone.navigate(url(conference, "point-desk"));
        assertThat(phone.locator(".hn-desk-head h2")).hasText(point.name());

        wall.navigate(url(conference, "point-status"));
        Locator tile = wall.locator(".hn-wall-tile[data-point=\"" + point.name() + "\"]");
        assertThat(tile).containsText("Chưa thử");
        String before = tile.locator(".hn-wall-people").textContent();

        long start = System.nanoTime();
        phone.getByText("Mất kết nối").click();
        assertThat(tile.locator(".hn-wall-state")).hasText("Mất kết nối",
                new LocatorAssertions.HasTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        long statusMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(tile).containsText(COORDINATOR, ON_A_BUSY_MACHINE);
        assertThat(tile).hasClass(java.util.regex.Pattern.compile("hn-status-LOST"));
        assertThat(wall.locator(".hn-wall-tile").first()).hasAttribute("data-point", point.name()); // trouble first
        screenshot(phone, "point-desk-phone");

        Locator firstAbsent = phone.locator(".hn-desk-row:not(.hn-desk-present)").first();
        start = System.nanoTime();
        firstAbsent.click();
        assertThat(phone.locator(".hn-gate-result")).containsText("Điểm danh thành công");
        assertThat(tile.locator(".hn-wall-people")).not().hasText(before,
                new LocatorAssertions.HasTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        long checkinMillis = (System.nanoTime() - start) / 1_000_000;
        screenshot(wall, "point-status-wall");
        LiveDelay.report("status-wall-delay-status", statusMillis);
        LiveDelay.report("status-wall-delay-checkin", checkinMillis);
    }

    @Test
    void aCoordinatorGetsNoStatusWallAndNoHallGate() {
        withDemo(ADMIN, 1366, 800).close();
        long conference = demoConference();
        accounts.serving("diemcau-khac", AppRoles.POINT, conference); // serves the conference, runs no point
        Page page = browser.newPage();
        login(page, "diemcau-khac", TestAccounts.PASSWORD);
        page.navigate(url(conference, "point-desk"));
        assertThat(page.getByText("Tài khoản này chưa được giao điểm cầu nào")).isVisible();
        page.navigate(url(conference, "point-status"));
        assertThat(page.locator(".hn-wall-tile")).hasCount(0);
        page.navigate(url(conference, "gate"));
        assertThat(page.locator("vaadin-text-field.hn-gate-code")).hasCount(0);
        page.close();
    }
}
