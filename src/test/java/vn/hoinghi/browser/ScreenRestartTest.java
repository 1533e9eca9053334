package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hoinghi.AppProcess;
import org.springframework.util.FileSystemUtils;

/**
 * The app is killed (kill -9, its MariaDB too) in the middle of an item and started again: the hall, point and
 * technicians' displays, left alone, come back by themselves on the same item, with the time the item has been
 * running counted through the outage.
 */
class ScreenRestartTest {

    @Test
    void displaysComeBackOnTheSameItemWithTheRightTimeAfterARestart() throws Exception {
        Path dir = Path.of("target/screen-restart-test").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        int port = AppProcess.freePort();
        Process app = AppProcess.start(ScreenTarget.class, dir, port, "SCREEN-TARGET-READY");
        List<String> seed = Files.readAllLines(dir.resolve("seed.txt"));
        String title = seed.get(0);
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("hoinghi.chromium", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Page hall = display(browser, port, seed.get(1));
            Page point = display(browser, port, seed.get(2));
            Page tech = display(browser, port, seed.get(3));
            assertThat(hall.locator(".hn-hall-title")).hasText(title);
            assertThat(point.locator(".hn-point-on-air")).isVisible();
            assertThat(tech.locator(".hn-tech-now .hn-tech-source")).containsText("Vĩnh Linh");
            long before = seconds(hall.locator(".hn-hall-remaining").textContent());
            long killedAt = System.nanoTime();

            AppProcess.killHard(app);
            app = AppProcess.start(ScreenTarget.class, dir, port, "SCREEN-TARGET-READY");

            LocatorAssertions.HasTextOptions patient = new LocatorAssertions.HasTextOptions().setTimeout(90_000);
            assertThat(hall.locator(".hn-hall-title")).hasText(title, patient);
            long outage = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killedAt);
            long after = seconds(hall.locator(".hn-hall-remaining").textContent());
            System.out.println("screen-restart: back after " + outage + " s; remaining " + before + " s before, " + after + " s after");
            assertThat(after).as("the item kept running through the outage").isBetween(before - outage - 3, before - outage + 3);
            assertThat(point.locator(".hn-point-on-air")).hasText("ĐANG PHÁT TỪ ĐIỂM CẦU NÀY", patient);
            assertThat(tech.locator(".hn-tech-now .hn-tech-source")).containsText("Vĩnh Linh", new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            hall.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/restart-hall.png")));
        } finally {
            AppProcess.killHard(app);
        }
    }

    private static Page display(Browser browser, int port, String token) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 720)).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/s/" + token);
        return page;
    }

    /** "mm:ss" or "-mm:ss" in seconds. */
    private static long seconds(String clock) {
        String c = clock.strip();
        boolean negative = c.startsWith("-");
        String[] parts = c.replace("-", "").split(":");
        long s = 0;
        for (String p : parts) {
            s = s * 60 + Long.parseLong(p);
        }
        return negative ? -s : s;
    }
}
