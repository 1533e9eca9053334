package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.point.DeskLinkService;

/**
 * Coordinators without passwords: the committee makes every point's sign-in link and downloads their cards; a phone
 * opens one card's link, lands on that point's desk with no account and reports; the status wall shows it within a
 * second; once the link is revoked the phone's next action meets the closed page.
 */
class DeskLinksBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-thedangnhap";
    private static final Pattern CARD = Pattern.compile("(http://\\S+/s/([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}))");
    private static final LocatorAssertions.HasTextOptions WITHIN_A_SECOND =
            new LocatorAssertions.HasTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis());

    @Autowired DeskLinkService deskLinks;

    @Test
    void aPhoneOpensACardsLinkReportsAndIsClosedWhenRevoked() throws Exception {
        Page committee = withDemo(ADMIN, 1366, 900);
        long demo = demoConference();
        committee.navigate(url(demo, "points"));
        committee.locator("vaadin-button.hn-desk-links-open").click();
        committee.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Cấp lại cho tất cả")).click();
        committee.locator("vaadin-button.hn-desk-links-make").click();
        assertThat(committee.locator(".hn-desk-links-made")).containsText("Đã tạo");
        screenshot(committee, "desk-links-dialog");
        Download download = committee.waitForDownload(() -> committee.locator("a.hn-desk-links-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        PdfAssertions.save(pdf, "the-dang-nhap-diem-cau-demo.pdf");
        String firstPage = PdfAssertions.text(pdf, 1);
        Matcher card = CARD.matcher(firstPage);
        assertThat(card.find()).as("a card's link on the first page: " + firstPage).isTrue();
        String link = card.group(1);
        assertThat(PdfAssertions.qrCodes(pdf, 1)).contains(link);
        String pointName = runAs.committee(ADMIN, () -> deskLinks.list(demo)).getFirst().point().name();
        assertThat(firstPage).as("the first card is the first point's").startsWith(pointName);
        committee.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Đóng")).last().click();

        BrowserContext phoneContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setHasTouch(true).setIsMobile(true));
        Page phone = phoneContext.newPage();
        phone.setDefaultTimeout(30_000);
        phone.navigate(link.replace("http://localhost:8080/", url("")));
        assertThat(phone).hasURL(url(demo, "screen/desk"));
        assertThat(phone.locator(".hn-desk-head h2")).hasText(pointName);

        Page wall = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)).newPage();
        login(wall, ADMIN, vn.hoinghi.security.TestAccounts.PASSWORD);
        wall.navigate(url(demo, "point-status"));
        Locator tile = wall.locator(".hn-wall-tile[data-point=\"" + pointName + "\"]");
        assertThat(tile).isVisible();

        long start = System.nanoTime();
        phone.getByText("Kết nối tốt").click();
        assertThat(tile.locator(".hn-wall-state")).hasText("Kết nối tốt", WITHIN_A_SECOND);
        LiveDelay.report("desk-link-status-on-wall", (System.nanoTime() - start) / 1_000_000);
        screenshot(phone, "desk-link-phone");
        phone.locator(".hn-desk-headcount input").fill("37");
        start = System.nanoTime();
        phone.locator(".hn-desk-headcount vaadin-button").click();
        assertThat(tile.locator(".hn-wall-people")).containsText("Có mặt 37/",
                new LocatorAssertions.ContainsTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        LiveDelay.report("desk-link-headcount-on-wall", (System.nanoTime() - start) / 1_000_000);
        screenshot(phone, "desk-link-phone-headcount");
        screenshot(wall, "desk-link-wall");

        // The phone may not wander: the committee's pages and another screen send it back to its desk.
        phone.navigate(url(demo, "screen/hall"));
        assertThat(phone).hasURL(url(demo, "screen/desk"));
        phone.navigate(url(demo, "point-status"));
        assertThat(phone.locator(".hn-wall-tile")).hasCount(0);
        phone.navigate(url(demo, "screen/desk"));
        assertThat(phone.locator(".hn-desk-head h2")).hasText(pointName);

        committee.locator("vaadin-button.hn-desk-links-open").click();
        committee.locator("vaadin-button.hn-desk-link-revoke[data-point=\"" + pointName + "\"]").click();
        assertThat(committee.getByText("Đã thu hồi đường dẫn của " + pointName)).isVisible();

        // The live refresh closes the desk; if it has not yet, the phone's next action does. The two race, so a click
        // that finds the page already gone is fine: the closed page is what is asserted.
        if (phone.locator(".hn-screen-closed").count() == 0) {
            try {
                phone.getByText("Mất kết nối").click(new Locator.ClickOptions().setTimeout(5_000));
            } catch (PlaywrightException closedMeanwhile) {
                // the refresh won
            }
        }
        assertThat(phone.locator(".hn-screen-closed")).hasText("Màn hình này không còn được mở");
        phone.navigate(link.replace("http://localhost:8080/", url("")));
        assertThat(phone.locator(".hn-screen-closed")).isVisible();
        assertThat(tile.locator(".hn-wall-state")).hasText("Kết nối tốt");
        runAs.committee(ADMIN, () -> deskLinks.revokeAll(demo)); // the demo conference is shared with other tests
        phoneContext.close();
        wall.context().close();
        committee.close();
    }
}
