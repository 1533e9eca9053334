package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.floor.FloorFixture;
import vn.hoinghi.floor.FloorService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * Issue 22's "done when": during the discussion a point's desk (a coordinator's phone) asks for the floor; the MC's
 * page lists it; the MC grants it; the technicians' cue switches to that point and the desk shows it has the floor.
 * Each of the three delays is measured and printed; the one-second goal is bounded only by {@link LiveDelay}.
 */
class FloorBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-floor";

    @Autowired FloorFixture fixture;
    @Autowired FloorService floor;

    @Test
    void aPointAsksTheMcGrantsAndTheCueSwitchesToIt() {
        FloorFixture.Day day = fixture.day();
        long conference = day.conference();
        fixture.discussion(conference);
        MeetingPoint mine = day.remote().get(0);
        runAs.committee(ADMIN, () -> {
            floor.ask(day.remote().get(1).id(), "Trần Thị Bình", "Chuyển đổi số cấp xã");
            floor.ask(day.remote().get(2).id(), "Lê Văn Cường", "Giải ngân vốn đầu tư công");
            return null;
        });

        Page mc = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        login(mc, day.mc(), TestAccounts.PASSWORD);
        mc.navigate(url(conference, "mc"));
        assertThat(mc.locator(".hn-floor-mc .hn-floor-row")).hasCount(2);

        Page technicians = browser.newPage(new Browser.NewPageOptions().setViewportSize(1920, 1080));
        login(technicians, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
        technicians.navigate(url(conference, "screen/technician"));
        assertThat(technicians.locator(".hn-floor-queue-row")).hasCount(2);

        Page pointScreen = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        login(pointScreen, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
        pointScreen.navigate(url(conference, "screen/point") + "?point=" + mine.id());
        assertThat(pointScreen.locator(".hn-point-name")).isVisible();
        assertThat(pointScreen.locator(".hn-floor-screen")).isHidden();

        Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true)).newPage();
        login(phone, day.coordinator(), TestAccounts.PASSWORD);
        phone.navigate(url(conference, "point-desk"));
        Locator section = phone.locator(".hn-floor-desk");
        assertThat(section).isVisible();
        section.locator("vaadin-text-field").first().locator("input").fill("Nguyễn Văn An");
        section.locator("vaadin-text-field").nth(1).locator("input").fill("Đường giao thông nông thôn");
        section.scrollIntoViewIfNeeded();
        screenshot(phone, "floor-desk-asking-390x844");

        long start = System.nanoTime();
        section.locator("vaadin-button.hn-floor-ask").click();
        Locator ours = mc.locator(".hn-floor-mc .hn-floor-row").filter(new Locator.FilterOptions().setHasText("Nguyễn Văn An"));
        assertThat(ours).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        long askMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(mc.locator(".hn-floor-mc .hn-floor-row")).hasCount(3);
        assertThat(ours).containsText(mine.name());
        assertThat(section.locator(".hn-floor-place")).hasText("Đang chờ (thứ 3 trong danh sách)");
        screenshot(phone, "floor-desk-waiting-390x844");
        mc.locator(".hn-floor-mc").scrollIntoViewIfNeeded();
        screenshot(mc, "floor-mc-3-requests-1366x768");

        start = System.nanoTime();
        ours.getByText("Mời phát biểu").click();
        Locator switchTo = technicians.locator(".hn-tech-now .hn-tech-change");
        assertThat(switchTo).containsText(mine.name(),
                new LocatorAssertions.ContainsTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        long cueMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(section.locator(".hn-floor-banner")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        long deskMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(section.locator(".hn-floor-banner")).containsText("ĐIỂM CẦU ĐANG ĐƯỢC PHÁT BIỂU");
        assertThat(switchTo).isVisible();
        assertThat(technicians.locator(".hn-floor-queue-row")).hasCount(2);
        assertThat(mc.locator(".hn-floor-speaking")).containsText("Nguyễn Văn An");
        screenshot(technicians, "floor-technicians-1920x1080");
        assertThat(pointScreen.locator(".hn-floor-screen")).hasText("Điểm cầu đang phát biểu: Nguyễn Văn An");
        screenshot(pointScreen, "floor-point-screen-1366x768");
        screenshot(phone, "floor-desk-granted-390x844");

        mc.keyboard().press("PageDown"); // the clicker's key still moves the programme after a click on the list
        assertThat(mc.locator(".hn-mc-position")).containsText("3");
        screenshot(mc, "floor-mc-after-next-1366x768");

        LiveDelay.report("floor-ask-to-mc", askMillis);
        LiveDelay.report("floor-grant-to-technicians", cueMillis);
        LiveDelay.report("floor-grant-to-desk", deskMillis);
        phone.context().close();
        mc.close();
        technicians.close();
        pointScreen.close();
    }
}
