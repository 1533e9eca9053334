package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/** A real Chromium against the app on a random port, and the steps every browser test takes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired ConferenceService conferences;
    @Autowired RunAs runAs;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("hoinghi.chromium", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        // The CI machine has two cores and the first page of a fresh app compiles a lot: be patient.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    void login(Page page, String username, String password) {
        page.setDefaultTimeout(30_000);
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForLoadState();
    }

    /** A new page, logged in as a fresh admin, with the Quảng Trị demo conference loaded and selected. */
    Page withDemo(String admin, int width, int height) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        login(page, accounts.ensure(admin, AppRoles.ADMIN), TestAccounts.PASSWORD);
        page.navigate(url("demo"));
        page.getByText("Tải hội nghị mẫu Quảng Trị 2021").click();
        assertThat(page.locator(".hn-conference-title")).isVisible();
        return page;
    }

    /** The Quảng Trị demo conference that {@link #withDemo} loaded. */
    long demoConference() {
        return runAs.committee("browser-test", () -> conferences.findByTitleAndStart(
                "Hội nghị sơ kết công tác phòng, chống dịch COVID-19",
                vn.hoinghi.base.Times.fromLocal(java.time.LocalDateTime.of(2021, 10, 29, 7, 30))).orElseThrow().id());
    }

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    /** The address of one of a conference's pages, e.g. {@code url(12, "delegates")}. */
    String url(long conference, String page) {
        return url(vn.hoinghi.base.ConferencePath.of(conference, page));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
