package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.LiveDelay;

/**
 * The MC's control screen and the hall's screen in two browsers: one key on the MC's screen moves the hall
 * within a second, and the stage message reaches the hall.
 */
class LiveBrowserTest extends BrowserTest {

    @Autowired AgendaLiveService live;

    @Test
    void oneKeyOnTheMcScreenMovesTheHallScreenWithinASecond() {
        Page mc = withDemo("admin-dieukhien", 1366, 900);
        long demo = demoConference();
        List<AgendaItem> items = runAs.committee("admin-dieukhien", () -> {
            live.start(demo); // a known state, whatever another test left
            return live.live(demo).agenda().items();
        });

        accounts.serving("man-hinh-hoi-truong", AppRoles.SCREEN, demo);
        BrowserContext hallBrowser = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
        Page hall = hallBrowser.newPage();
        login(hall, "man-hinh-hoi-truong", TestAccounts.PASSWORD);
        hall.navigate(url(demo, "screen/hall"));
        Locator hallTitle = hall.locator(".hn-hall-title");
        assertThat(hallTitle).hasText(items.get(0).title());

        mc.navigate(url(demo, "mc"));
        assertThat(mc.locator(".hn-mc-item-title")).hasText(items.get(0).title());
        assertThat(mc.locator(".hn-mc-position")).hasText("Mục 1/12");
        assertThat(mc.locator(".hn-mc-script")).not().isEmpty();
        assertThat(mc.locator(".hn-mc-next-item")).containsText(items.get(1).title());
        mc.waitForTimeout(1200);
        assertThat(mc.locator(".hn-mc-elapsed")).not().hasText("00:00"); // the clock ticks in the browser

        // One key press, as a presentation clicker sends it: the hall shows item 2 within a second.
        mc.locator(".hn-mc-item-title").click();
        long t0 = System.nanoTime();
        mc.keyboard().press("PageDown");
        hall.locator(".hn-hall-title").filter(new Locator.FilterOptions().setHasText(items.get(1).title()))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        LiveDelay.since("live-hall-follow", t0);
        assertThat(mc.locator(".hn-mc-item-title")).hasText(items.get(1).title());
        // The demo conference was in 2021: a rehearsal today shows the planned start instead of "years late".
        assertThat(mc.locator(".hn-mc-late")).hasText("Kế hoạch bắt đầu lúc 07:40");

        // ArrowRight, then B back; P pauses.
        mc.keyboard().press("ArrowRight");
        assertThat(hallTitle).hasText(items.get(2).title());
        mc.keyboard().press("b");
        assertThat(hallTitle).hasText(items.get(1).title());
        mc.keyboard().press("p");
        assertThat(mc.locator(".hn-mc-status")).hasText("Tạm dừng");
        assertThat(mc.locator(".hn-mc-pause")).hasText("Tiếp tục");
        mc.keyboard().press("p");
        assertThat(mc.locator(".hn-mc-status")).hasText("Đang diễn ra");

        // A stage message to the speaker; typing in the free-text field does not move the programme.
        mc.locator(".hn-mc-finish").click();
        assertThat(hall.locator(".hn-hall-message")).hasText("Xin kết thúc");
        mc.locator(".hn-mc-free-text input").fill("Mời đồng chí phát biểu ngắn gọn");
        mc.locator(".hn-mc-free-text input").press("ArrowLeft");
        mc.locator(".hn-mc-free-text input").press("Enter");
        assertThat(hall.locator(".hn-hall-message")).hasText("Mời đồng chí phát biểu ngắn gọn");
        assertThat(hallTitle).hasText(items.get(1).title());
        mc.locator(".hn-mc-plus5").click();
        assertThat(mc.locator(".hn-mc-allowed")).containsText("+ 5 phút thêm");
        // After a click the button lets go of the focus: Space moves the programme, it does not add 5 minutes again.
        org.assertj.core.api.Assertions.assertThat((String) mc.evaluate("() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; } return a ? a.tagName : 'none'; }"))
                .as("focus after a button click").isEqualTo("BODY");
        mc.keyboard().press("Space");
        assertThat(hallTitle).hasText(items.get(2).title());
        assertThat(hall.locator(".hn-hall-message")).isHidden(); // the message belonged to the item before
        mc.keyboard().press("PageUp");
        assertThat(hallTitle).hasText(items.get(1).title());
        assertThat(mc.locator(".hn-mc-allowed")).not().containsText("phút thêm");
        mc.locator(".hn-mc-one-minute").click();
        assertThat(hall.locator(".hn-hall-message")).hasText("Còn 1 phút");
        mc.locator(".hn-mc-plus1").click();
        screenshot(mc, "live-mc");
        screenshot(hall, "live-hall");

        mc.locator(".hn-mc-clear").click();
        assertThat(hall.locator(".hn-hall-message")).isHidden();
        hallBrowser.close();
        mc.close();
    }
}
