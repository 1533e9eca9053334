package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.attendance.AttendanceEntry;
import vn.hoinghi.attendance.AttendanceService;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.LiveDelay;

/**
 * Unattended displays opened with screen links, each in its own browser with no account: the hall, a remote
 * point and the technicians follow one key on the MC's screen within a second; the point gets its cue; a display
 * shows only its own screen; a revoked link closes its display at once.
 */
class ScreensBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-manhinh";

    @Autowired AgendaLiveService live;
    @Autowired PointService points;
    @Autowired ScreenLinkService links;
    @Autowired AttendanceService attendance;
    @Autowired CheckinService checkins;

    private Page display(String link) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(link);
        return page;
    }

    private long within(Page page, String selector, String text, long t0) {
        page.locator(selector).filter(new Locator.FilterOptions().setHasText(text))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static int indexOf(List<AgendaItem> items, java.util.function.Predicate<AgendaItem> which) {
        for (int i = 0; i < items.size(); i++) {
            if (which.test(items.get(i))) {
                org.assertj.core.api.Assertions.assertThat(i).as("an item comes before it").isPositive();
                return i;
            }
        }
        throw new AssertionError("no such item in the demo programme");
    }

    /** Starts the programme and moves on until the item at that index is on. */
    private void runTo(long demo, int index) {
        runAs.committee("browser-test", () -> {
            live.start(demo);
            for (int i = 0; i < index; i++) {
                live.next(demo);
            }
            return null;
        });
    }

    @Test
    void displaysFollowTheMcShowOnlyTheirScreenAndCloseWhenRevoked() {
        Page admin = withDemo(ADMIN, 1366, 900);
        long demo = demoConference();
        // Other tests reorder the demo programme: find the Đakrông contribution, and run to the item before it.
        List<AgendaItem> items = runAs.committee(ADMIN, () -> live.live(demo).agenda().items());
        int at = indexOf(items, i -> i.pointName() != null && i.pointName().contains("Đakrông"));
        runTo(demo, at - 1);
        AgendaItem before = items.get(at - 1);
        AgendaItem dakrong = items.get(at);
        AgendaItem vinhLinh = items.get(at + 1);
        org.assertj.core.api.Assertions.assertThat(vinhLinh.pointName()).contains("Vĩnh Linh");
        MeetingPoint other = runAs.committee(ADMIN, () -> points.list(demo)).stream()
                .filter(p -> !p.hall() && p.id() != vinhLinh.pointId()).findFirst().orElseThrow();

        // The committee makes the Vĩnh Linh point's link; it is shown once, with its QR code.
        admin.navigate(url(demo, "screens"));
        admin.locator(".hn-screens-create").click();
        admin.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Màn hình điểm cầu")).click();
        admin.locator("vaadin-combo-box input").fill("Vĩnh Linh");
        admin.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Vĩnh Linh")).first().click();
        admin.getByText("Tạo đường dẫn", new Page.GetByTextOptions().setExact(true)).click();
        Locator address = admin.locator(".hn-screen-address input");
        assertThat(address).hasValue(java.util.regex.Pattern.compile("^http://localhost:" + port + "/s/[A-Za-z0-9_-]{32}$"));
        assertThat(admin.locator(".hn-screen-qr svg")).isVisible();
        screenshot(admin, "screens-link");
        String pointLink = address.inputValue();
        admin.getByText("Đóng", new Page.GetByTextOptions().setExact(true)).click();
        String hallLink = url("s/" + runAs.committee(ADMIN, () -> links.create(demo, ScreenKind.HALL, null, "Hội trường")).token());
        String techLink = url("s/" + runAs.committee(ADMIN, () -> links.create(demo, ScreenKind.TECHNICIAN, null, "Kỹ thuật")).token());

        Page hall = display(hallLink);
        Page point = display(pointLink);
        Page tech = display(techLink);
        assertThat(hall).hasURL(url(demo, "screen/hall"));
        assertThat(hall.locator(".hn-hall-title")).hasText(before.title());
        assertThat(point).hasURL(url(demo, "screen/point"));
        assertThat(point.locator(".hn-point-name")).containsText("Vĩnh Linh");
        assertThat(tech.locator(".hn-tech-now .hn-tech-source")).hasText("Hội trường");
        assertThat(tech.locator(".hn-tech-next .hn-tech-source")).containsText("Đakrông");
        assertThat(tech.locator(".hn-tech-next .hn-tech-change")).isVisible();

        // A display shows only its own screen of its own conference.
        point.navigate(url(demo, "screen/hall"));
        assertThat(point).hasURL(url(demo, "screen/point"));
        point.navigate(url(demo, "screen/point?point=" + other.id()));
        assertThat(point.locator(".hn-point-name")).containsText("Vĩnh Linh");
        point.navigate(url(demo, "agenda"));
        assertThat(point.locator(".hn-agenda-grid")).hasCount(0);
        long another = runAs.committee(ADMIN, () -> conferences.create(vn.hoinghi.TestData.conference("Hội nghị khác")));
        point.navigate(url(another, "screen/point"));
        assertThat(point).hasURL(url(demo, "screen/point"));
        point.navigate(url(demo, "screen/point"));
        assertThat(point.locator(".hn-point-cue")).isHidden();

        // One key on the MC's screen: Đakrông goes on air, Vĩnh Linh is cued, within a second on every display.
        Page mc = admin;
        mc.navigate(url(demo, "mc"));
        assertThat(mc.locator(".hn-mc-item-title")).hasText(before.title());
        mc.locator(".hn-mc-item-title").click();
        long t0 = System.nanoTime();
        mc.keyboard().press("PageDown");
        long hallMs = within(hall, ".hn-hall-title", dakrong.title(), t0);
        long pointMs = within(point, ".hn-point-get-ready", "lên sóng tiếp theo", t0);
        long techMs = within(tech, ".hn-tech-now .hn-tech-source", "Đakrông", t0);
        LiveDelay.report("screens-follow-hall", hallMs);
        LiveDelay.report("screens-follow-point", pointMs);
        LiveDelay.report("screens-follow-technicians", techMs);
        assertThat(tech.locator(".hn-tech-next .hn-tech-source")).containsText("Vĩnh Linh");
        screenshot(point, "screens-point-cue");

        mc.keyboard().press("PageDown");
        assertThat(point.locator(".hn-point-on-air")).hasText("ĐANG PHÁT TỪ ĐIỂM CẦU NÀY");
        assertThat(point.locator(".hn-hall-title")).hasText(vinhLinh.title());
        assertThat(tech.locator(".hn-tech-now .hn-tech-source")).containsText("Vĩnh Linh");
        assertThat(tech.locator(".hn-tech-next .hn-tech-source")).hasText("Hội trường");
        mc.locator(".hn-mc-one-minute").click();
        assertThat(point.locator(".hn-hall-message")).hasText("Còn 1 phút"); // the speaker is at this point
        screenshot(point, "screens-point-on-air");
        screenshot(tech, "screens-technicians");
        screenshot(hall, "screens-hall");

        // Revoking the point's link closes that display at once; the others go on.
        mc.navigate(url(demo, "screens"));
        mc.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Thu hồi")).first().click();
        mc.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Thu hồi")).first().click();
        assertThat(point.locator(".hn-screen-closed")).hasText("Màn hình này không còn được mở");
        point.navigate(url(demo, "screen/point")); // signed out and its cookie gone: the sign-in page, not the screen
        assertThat(point.locator("input[name=username]")).isVisible();
        assertThat(point.locator(".hn-point-name")).hasCount(0);
        point.navigate(pointLink);
        assertThat(point.locator(".hn-screen-closed")).isVisible();
        assertThat(hall.locator(".hn-hall-title")).hasText(vinhLinh.title());
        hall.context().close();
        point.context().close();
        tech.context().close();
        mc.close();
    }

    @Test
    void theMcSeesTheLeadersPresentWhenTheIntroductionsComeOn() {
        Page mc = withDemo("admin-gioithieu", 1366, 1400);
        long demo = demoConference();
        List<AgendaItem> items = runAs.committee("admin-gioithieu", () -> live.live(demo).agenda().items());
        int at = indexOf(items, i -> i.title().contains("giới thiệu đại biểu"));
        runTo(demo, at - 1);
        mc.navigate(url(demo, "mc"));
        assertThat(mc.locator(".hn-mc-item-title")).hasText(items.get(at - 1).title());
        assertThat(mc.locator(".hn-mc-leaders")).not().hasAttribute("opened", "");

        mc.locator(".hn-mc-item-title").click();
        mc.keyboard().press("PageDown");
        assertThat(mc.locator(".hn-mc-item-title")).hasText(items.get(at).title());
        assertThat(mc.locator(".hn-mc-leaders")).hasAttribute("opened", "");

        AttendanceEntry arriving = runAs.committee("admin-gioithieu", () -> attendance.absentLeaders(demo)).stream()
                .filter(e -> e.substituteName() == null).findFirst().orElseThrow();
        long t0 = System.nanoTime();
        runAs.committee("admin-gioithieu", () -> checkins.checkInFound(demo, arriving.delegateId(), "Cổng chính"));
        long ms = within(mc, ".hn-mc-leaders .hn-intro-new", arriving.fullName(), t0);
        LiveDelay.report("mc-leader-arrived", ms);
        screenshot(mc, "mc-introductions");
        mc.close();
    }
}
