package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.demo.DemoConferenceLoader;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/** At the gate a USB scanner types the invitation's code and Enter into the focused field; no click in between. */
class GateBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-cong";

    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired DemoConferenceLoader demoLoader;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;

    private void seat(Delegate d, String row, int number) {
        tx.executeWithoutResult(t -> dsl.update(DELEGATE).set(DELEGATE.SEAT_ROW, row).set(DELEGATE.SEAT_NUMBER, number)
                .where(DELEGATE.ID.eq(d.id())).execute());
    }

    @Test
    void aScannedInvitationIsGreenThenAmberOnADeskAndOnAPhone() {
        Page page = withDemo(ADMIN, 1366, 800);
        long conference = demoConference();
        List<Delegate> hall = runAs.role(ADMIN, AppRoles.ADMIN, () -> {
            return delegates.list(conference, new DelegateFilter(null, null, null, null, null, false, false)).stream()
                    .filter(Delegate::atHall).limit(2).toList();
        });
        Delegate first = hall.get(0);
        Delegate second = hall.get(1);
        seat(second, "B", 12);

        page.navigate(url(conference, "gate"));
        Locator code = page.locator("vaadin-text-field.hn-gate-code input");
        assertThat(code).isFocused();
        page.keyboard().type(codes.code(first));
        page.keyboard().press("Enter");

        Locator result = page.locator(".hn-gate-result");
        assertThat(result).hasClass(java.util.regex.Pattern.compile("hn-gate-ok"));
        assertThat(result).containsText(first.fullName());
        assertThat(code).hasValue("");
        assertThat(code).isFocused();
        assertThat(page.locator(".hn-gate-recent")).containsText(first.fullName());

        page.locator(".hn-gate-result").click();
        assertThat(code).isFocused();
        page.keyboard().type(codes.code(first));
        page.keyboard().press("Enter");

        assertThat(result).hasClass(java.util.regex.Pattern.compile("hn-gate-already"));
        assertThat(result).containsText("Đã điểm danh lúc");
        assertThat(result).containsText("tại Cổng 1");
        assertThat(page.evaluate("window.__hnLastSound")).isEqualTo("already");
        screenshot(page, "gate-desktop");

        page.setViewportSize(390, 844);
        page.keyboard().type(codes.code(second));
        page.keyboard().press("Enter");
        assertThat(result).hasClass(java.util.regex.Pattern.compile("hn-gate-ok"));
        assertThat(result).containsText(second.fullName());
        assertThat(result).containsText("Ghế B12");
        assertThat(page.evaluate("window.__hnLastSound")).isEqualTo("ok");
        Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        screenshot(page, "gate-phone");
        page.close();
    }

    @Test
    void aPhoneCameraReadsTheInvitationsQrCode() throws Exception {
        Delegate guest = runAs.role(ADMIN, AppRoles.ADMIN, () -> {
            long conference = demoLoader.load().conferenceId();
            return delegates.list(conference, new DelegateFilter(null, null, null, null, null, false, false)).getLast();
        });
        Path video = FakeCamera.showing("http://localhost:8080/moi/" + codes.code(guest), Path.of("target/fake-camera.y4m"));
        Browser withCamera = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("hoinghi.chromium", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--use-fake-ui-for-media-stream",
                        "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video.toAbsolutePath())));
        try {
            // Signed in as the admin who loaded the demo above: it is their conference already, no second load.
            Page page = withCamera.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
            login(page, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
            List<String> browserSaid = new CopyOnWriteArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") || m.type().equals("warning")) {
                    browserSaid.add(m.type() + ": " + m.text());
                }
            });
            page.onPageError(e -> browserSaid.add("page error: " + e));
            page.navigate(url(guest.conferenceId(), "gate"));
            page.getByText("Quét bằng camera").click();

            Locator result = page.locator(".hn-gate-result");
            try {
                assertThat(result).hasClass(java.util.regex.Pattern.compile("hn-gate-ok"));
            } catch (AssertionError e) {
                // Said in the failure itself: CI keeps only the test output.
                screenshot(page, "gate-camera-failed");
                String lastFrame = (String) page.evaluate("document.querySelector('hn-camera-scanner')?.canvas?.toDataURL()");
                if (lastFrame != null && lastFrame.startsWith("data:image/png;base64,")) {
                    java.nio.file.Files.write(Path.of("target/screenshots/gate-camera-last-frame.png"),
                            java.util.Base64.getDecoder().decode(lastFrame.substring("data:image/png;base64,".length())));
                }
                throw new AssertionError(e.getMessage() + "\nWhat the page showed: camera running "
                        + page.locator("hn-camera-scanner[running]").count() + ", video "
                        + page.evaluate("(() => { const v = document.querySelector('hn-camera-scanner video');"
                                + " return v ? v.videoWidth + 'x' + v.videoHeight + ' ready ' + v.readyState : 'none'; })()")
                        + " (its last frame: target/screenshots/gate-camera-last-frame.png), frames scanned "
                        + page.evaluate("document.querySelector('hn-camera-scanner')?.framesScanned") + ", codes read "
                        + page.evaluate("document.querySelector('hn-camera-scanner')?.codesRead") + ", sent to the server "
                        + page.evaluate("document.querySelector('hn-camera-scanner')?.codesSent") + ", decode error "
                        + page.evaluate("document.querySelector('hn-camera-scanner')?.lastError") + ", health questions "
                        + page.locator(".hn-health").isVisible() + ", notifications "
                        + page.locator("vaadin-notification-card").allTextContents()
                        + "\nBrowser console (errors, warnings): " + browserSaid, e);
            }
            assertThat(result).containsText(guest.fullName());
            assertThat(page.locator("hn-camera-scanner[running] video")).isVisible();
            screenshot(page, "gate-camera");
            page.getByText("Tắt camera").click();
            assertThat(page.locator("hn-camera-scanner")).isHidden();
        } finally {
            withCamera.close();
        }
    }
}
