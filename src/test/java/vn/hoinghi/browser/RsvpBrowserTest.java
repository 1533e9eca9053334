package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.invitation.InvitedDelegates;
import vn.hoinghi.invitation.InvitedDelegates.Invited;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/** A delegate opens the link on their invitation on a phone, without an account; the committee reads the outbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RsvpBrowserTest {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;
    @Autowired InvitedDelegates invitations;
    @Autowired TestAccounts accounts;
    @Autowired ConferenceService conferences;
    @Autowired MailService mails;
    @Autowired RunAs runAs;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("hoinghi.chromium", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aDelegateConfirmsOnTheirPhoneWithoutLoggingIn() {
        Invited invited = invitations.invite("Nguyễn Văn An", Gender.MALE, false);
        seat(invited, "A", 5);
        Page page = phone();

        page.navigate(url("moi/" + invited.code()));

        assertThat(page.locator(".hn-rsvp-title")).hasText(InvitedDelegates.TITLE);
        assertThat(page.locator(".hn-rsvp-facts")).containsText("07 giờ 30, thứ Sáu, ngày 29/10/2021");
        assertThat(page.locator(".hn-rsvp-status")).containsText("Chưa trả lời");
        assertThat(page).hasURL(url("moi/" + invited.code()));
        assertFitsTheScreen(page);
        shot(page, "rsvp-phone.png");

        button(page, "Xác nhận dự").click();

        assertThat(page.locator(".hn-rsvp-status")).containsText("Đã xác nhận dự");
        assertThat(page.locator(".hn-rsvp-status")).containsText("Ban Tổ chức đã ghi nhận trả lời");
        assertFitsTheScreen(page);
        shot(page, "rsvp-phone-confirmed.png");
        page.reload();
        assertThat(page.locator(".hn-rsvp-status")).containsText("Đã xác nhận dự");
        page.close();
    }

    @Test
    void aSubstituteWithABadPhoneIsRefusedAtThePhoneField() {
        Invited invited = invitations.invite("Lê Thị Bình", Gender.FEMALE, true);
        Page page = phone();
        page.navigate(url("moi/" + invited.code()));

        button(page, "Cử người dự thay").click();
        page.getByLabel("Họ và tên").fill("Hoàng Văn Dũng");
        page.getByLabel("Chức vụ").fill("Phó Giám đốc Sở Y tế");
        page.getByLabel("Điện thoại").fill("12345");
        button(page, "Gửi").click();

        assertThat(page.locator("vaadin-text-field[invalid]")).containsText("Số điện thoại \"12345\" không hợp lệ.");
        assertFitsTheScreen(page);
        shot(page, "rsvp-phone-substitute-error.png");

        page.getByLabel("Điện thoại").fill("0912 345 678");
        button(page, "Gửi").click();
        assertThat(page.locator(".hn-rsvp-status")).containsText("Đã cử người dự thay");
        assertThat(page.locator(".hn-rsvp-status")).containsText("Hoàng Văn Dũng, Phó Giám đốc Sở Y tế, 0912345678");
        shot(page, "rsvp-phone-substitute.png");
        page.close();
    }

    @Test
    void theInvitationOnAWideScreenAndAVoidLink() {
        Invited invited = invitations.invite("Trần Quốc Cường", Gender.MALE, true);
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
        page.navigate(url("moi/" + invited.code()));
        assertThat(page.locator(".hn-rsvp-facts")).containsText("Điểm cầu huyện Gio Linh");
        shot(page, "rsvp-desktop.png");

        invitations.reissue(invited.delegateId());
        Page phone = phone();
        phone.navigate(url("moi/" + invited.code()));
        assertThat(phone.locator(".hn-rsvp-card")).containsText("Giấy mời không hợp lệ hoặc đã được cấp lại.");
        assertThat(phone.locator(".hn-rsvp-card")).not().containsText("Trần Quốc Cường");
        assertThat(phone.locator(".hn-rsvp vaadin-button, .hn-rsvp vaadin-text-field")).hasCount(0);
        shot(phone, "rsvp-phone-invalid.png");
        page.close();
        phone.close();
    }

    @Test
    void theCommitteeReadsAKeptMailAndDownloadsItsAttachment() throws Exception {
        String staff = accounts.ensure("staff-hopthu", AppRoles.STAFF);
        byte[] pdf = "%PDF-1.7 thử".getBytes(StandardCharsets.UTF_8);
        long id = runAs.committee(staff, () -> {
            long created = conferences.create(vn.hoinghi.TestData.conference(InvitedDelegates.TITLE + " (hộp thư)"));
            mails.queue(created, null, "van.an@example.vn", "Giấy mời dự Hội nghị sơ kết",
                    "Kính gửi Ông Nguyễn Văn An,\n\nBan Tổ chức trân trọng kính mời Ông tới dự hội nghị.",
                    "giay-moi-nguyen-van-an.pdf", pdf);
            return created;
        });
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(staff);
        page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForLoadState();

        page.navigate(url(vn.hoinghi.base.ConferencePath.of(id, "outbox")));
        assertThat(page.locator(".hn-navigation")).containsText("Hộp thư đi");
        assertThat(page.locator("vaadin-grid")).containsText("van.an@example.vn");
        assertThat(page.locator("vaadin-grid")).containsText("Đã lưu (chưa gửi)");
        shot(page, "outbox.png");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Giấy mời dự Hội nghị sơ kết"))
                .first().click();
        assertThat(page.locator("vaadin-dialog"))
                .containsText("Ban Tổ chức trân trọng kính mời Ông tới dự hội nghị.");
        shot(page, "outbox-mail.png");

        Download download = page.waitForDownload(() -> page.getByText("giay-moi-nguyen-van-an.pdf").click());
        assertThat(download.suggestedFilename()).isEqualTo("giay-moi-nguyen-van-an.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
        page.close();
    }

    private Page phone() {
        return browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2));
    }

    private static Locator button(Page page, String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text)).first();
    }

    private static void assertFitsTheScreen(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    private void seat(Invited invited, String row, int number) {
        tx.executeWithoutResult(s -> dsl.update(DELEGATE).set(DELEGATE.SEAT_ROW, row).set(DELEGATE.SEAT_NUMBER, number)
                .where(DELEGATE.ID.eq(invited.delegateId())).execute());
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
