package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.floor.FloorBoard;
import vn.hoinghi.floor.FloorBoardService;
import vn.hoinghi.invitation.DelegatePageFixture;
import vn.hoinghi.invitation.DelegatePageFixture.Day;
import vn.hoinghi.invitation.InvitedDelegates;
import vn.hoinghi.security.AppRoles;

/**
 * Issue 23's "done when", on a phone (390×844): the delegate opens their link and sees the seat on the hall's plan,
 * the programme and the documents; the MC presses next and the page follows; offline, a reload still shows the QR.
 * And: a reissue closes the open page; a hall delegate's request for the floor reaches the MC's list.
 */
class DelegatePageBrowserTest extends BrowserTest {

    @Autowired DelegatePageFixture fixture;
    @Autowired InvitedDelegates invitations;
    @Autowired FloorBoardService floorBoard;
    @Autowired vn.hoinghi.handout.HandoutService handouts;

    private static final LocatorAssertions.IsVisibleOptions LIVE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis());

    @Test
    void theDelegateFollowsTheMcOnTheirPhoneAndStillHasTheQrOffline() {
        Day day = fixture.day("Nguyễn Văn An");
        String code = day.delegate().code();
        fixture.committee(() -> {
            long guide = handouts.upload(day.conference(), "Hướng dẫn đại biểu", "huong-dan.pdf",
                    vn.hoinghi.submission.SampleFiles.pdf("Hướng dẫn đại biểu", 1));
            handouts.publish(day.conference(), guide);
            handouts.upload(day.conference(), "Dự thảo kết luận", "du-thao.pdf",
                    vn.hoinghi.submission.SampleFiles.pdf("Dự thảo", 1)); // a draft: no delegate sees it
            return guide;
        });
        BrowserContext phone = phoneContext();
        Page page = phone.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url("moi/" + code));

        assertThat(page.locator(".hn-dp-seat")).hasText("Hàng C, ghế số 7");
        assertThat(page.locator(".hn-dp-plan-row")).hasCount(6);
        assertThat(page.locator(".hn-dp-plan-row--mine .hn-dp-plan-label")).hasText("C");
        assertThat(page.locator(".hn-dp-plan-row--mine .hn-dp-plan-mark")).isVisible();
        assertThat(page.locator(".hn-dp-qr-image")).isVisible();
        assertThat(page.locator(".hn-dp-item")).hasCount(5);
        assertThat(page.locator(".hn-dp-item--mine")).containsText("Phần trình bày của đại biểu");
        assertThat(page.locator(".hn-dp-documents")).containsText("Tài liệu hội nghị");
        assertThat(page.locator(".hn-dp-document")).hasCount(1);
        assertThat(page.locator(".hn-dp-document")).containsText("Hướng dẫn đại biểu");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator(".hn-dp-document").click());
        assertThat(download.suggestedFilename()).isEqualTo("huong-dan.pdf");
        assertThat(page.locator("body")).not().containsText("Kịch bản của MC");
        assertFitsTheScreen(page);
        shot(page, "delegate-page-390x844-vi");

        long start = System.nanoTime();
        fixture.next(day);
        assertThat(page.locator(".hn-dp-item--now")).containsText("Tuyên bố lý do", contains());
        LiveDelay.since("delegate-page-follows-next", start);
        fixture.next(day);
        assertThat(page.locator(".hn-dp-item--now")).containsText("Báo cáo sơ kết", contains());
        assertThat(page.locator(".hn-dp-cue")).containsText("Sắp đến lượt đại biểu: " + DelegatePageFixture.THEIR_ITEM);
        assertThat(page.locator(".hn-dp-item--next")).containsText(DelegatePageFixture.THEIR_ITEM);
        assertThat(page.locator(".hn-dp-item--done")).hasCount(1);
        page.locator(".hn-dp-programme").scrollIntoViewIfNeeded();
        shot(page, "delegate-page-programme-you-are-next-390x844-vi");

        fixture.next(day);
        fixture.next(day); // the discussion: a hall delegate may ask for the floor
        Locator floor = page.locator(".hn-dp-floor");
        assertThat(floor).isVisible(LIVE);
        floor.locator("vaadin-text-field input").fill("Tiêm vắc-xin cho vùng sâu, vùng xa");
        floor.locator("vaadin-button").click();
        assertThat(floor.locator(".hn-dp-floor-state")).hasText("Đang chờ (thứ 1 trong danh sách)");
        FloorBoard board = runAs.role(day.mc(), AppRoles.MC, () -> floorBoard.board(day.conference()));
        assertThat(board.waiting()).singleElement().satisfies(l -> {
            assertThat(l.request().speaker()).isEqualTo("Nguyễn Văn An");
            assertThat(l.request().topic()).isEqualTo("Tiêm vắc-xin cho vùng sâu, vùng xa");
        });
        floor.scrollIntoViewIfNeeded();
        shot(page, "delegate-page-floor-waiting-390x844-vi");

        // the card is kept once the worker runs and the page stored it; then the phone loses the network
        page.waitForFunction("code => navigator.serviceWorker.ready.then(() => caches.open('hn-moi-v1'))"
                + ".then(c => c.match('/moi/' + code)).then(r => !!r)", code);
        phone.setOffline(true);
        page.reload();
        assertThat(page.locator("img.qr")).isVisible();
        assertThat(page.locator("body")).containsText("Nguyễn Văn An");
        assertThat(page.locator("body")).containsText("Hàng C, ghế số 7");
        assertThat(page.locator("body")).containsText("không có mạng");
        assertFitsTheScreen(page);
        shot(page, "delegate-page-offline-390x844-vi");
        phone.setOffline(false);
        phone.close();
    }

    @Test
    void inEnglishTheSamePage() {
        Day day = fixture.day("Trần Văn Bảo");
        BrowserContext phone = phoneContext();
        Page page = phone.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url("moi/" + day.delegate().code()));
        page.locator(".hn-dp-language button").click();
        assertThat(page.locator(".hn-dp-seat")).hasText("Row C, seat 7");
        fixture.next(day);
        fixture.next(day);
        assertThat(page.locator(".hn-dp-cue")).containsText("You are next", contains());
        assertFitsTheScreen(page);
        shot(page, "delegate-page-390x844-en");
        phone.close();
    }

    @Test
    void aReissueClosesTheOpenPageAndTheOldLinkSaysNotValid() {
        Day day = fixture.day("Lê Thị Cúc");
        String old = day.delegate().code();
        BrowserContext phone = phoneContext();
        Page page = phone.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url("moi/" + old));
        assertThat(page.locator(".hn-dp-seat")).isVisible();

        invitations.reissue(day.delegate().delegateId());
        assertThat(page.locator(".hn-rsvp-card--invalid")).isVisible(LIVE);
        assertThat(page.locator(".hn-dp-qr-image")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Lê Thị Cúc");

        page.navigate(url("moi/" + old));
        assertThat(page.locator(".hn-rsvp-card")).containsText("Giấy mời không hợp lệ hoặc đã được cấp lại.");
        shot(page, "delegate-page-reissued-390x844-vi");
        phone.close();
    }

    private BrowserContext phoneContext() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2));
    }

    private static LocatorAssertions.ContainsTextOptions contains() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis());
    }

    private static void assertFitsTheScreen(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
