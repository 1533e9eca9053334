package vn.hoinghi.instances;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.hoinghi.AppProcess;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.database.SharedMariaDb;
import vn.hoinghi.security.TestAccounts;

/**
 * Two app instances on one database and one real Redis (issue 24, decision 040): what the committee does on one
 * reaches the screens on the other, a revoke closes a display on the other, password guesses spread over both are
 * counted together, and a reminder due on both goes out once. Needs Debian's {@code redis-server} (.ci/run installs
 * it); without it the test is skipped and says so.
 */
class TwoInstancesTest {

    private static final LocatorAssertions.HasTextOptions LIVE =
            new LocatorAssertions.HasTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis());

    @Test
    void twoInstancesShareLiveScreensTheThrottleRevokesAndTheReminders() throws Exception {
        Path redisServer = onPath("redis-server");
        Assumptions.assumeTrue(redisServer != null,
                "redis-server is not installed (apt-get install -y redis-server): the two-instance test is skipped");
        Path dir = Path.of("target/two-instances-test").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        int redisPort = AppProcess.freePort();
        Process redis = new ProcessBuilder(redisServer.toString(), "--port", String.valueOf(redisPort),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        Process a = null;
        Process b = null;
        try (SharedMariaDb db = SharedMariaDb.start(dir.resolve("mariadb"))) {
            awaitPort(redisPort);
            String redisUrl = "redis://127.0.0.1:" + redisPort;
            int portA = AppProcess.freePort();
            a = AppProcess.start(InstanceTarget.class, dir.resolve("a"), portA, InstanceTarget.READY,
                    db.jdbcUrl(), db.user(), db.password(), redisUrl, "seed");
            int portB = AppProcess.freePort();
            b = AppProcess.start(InstanceTarget.class, dir.resolve("b"), portB, InstanceTarget.READY,
                    db.jdbcUrl(), db.user(), db.password(), redisUrl, "join");
            List<String> seed = Files.readAllLines(dir.resolve("seed.txt"));
            long conference = Long.parseLong(seed.get(0));
            try (Playwright playwright = Playwright.create()) {
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("hoinghi.chromium", "/usr/bin/chromium")))
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")));
                String onA = "http://localhost:" + portA + "/";
                String onB = "http://localhost:" + portB + "/";

                Page hallOnB = page(browser, onB + "s/" + seed.get(1));
                Locator hallTitle = hallOnB.locator(".hn-hall-title");
                assertThat(hallTitle).isVisible();
                Page wallOnB = signedIn(browser, onB, onB + "conferences/" + conference + "/point-status");
                Locator tile = wallOnB.locator(".hn-wall-tile[data-point=\"" + seed.get(5) + "\"] .hn-wall-state");
                assertThat(tile).isVisible();
                Page boardOnA = signedIn(browser, onA, onA + "conferences/" + conference + "/attendance");
                Locator present = boardOnA.locator(".hn-att-present .hn-att-number");
                assertThat(present).hasText("0");

                long start = System.nanoTime();
                send(a, "next");
                String title = awaitFile(dir.resolve("a/next.txt"), dir);
                assertThat(hallTitle).hasText(title, LIVE);
                LiveDelay.since("cross-instance-next-on-hall", start);
                start = System.nanoTime();
                send(a, "status");
                assertThat(tile).hasText("Kết nối tốt", LIVE);
                LiveDelay.since("cross-instance-status-on-wall", start);

                start = System.nanoTime();
                send(b, "checkin 0");
                assertThat(present).hasText("1", LIVE);
                LiveDelay.since("cross-instance-checkin-on-board", start);

                start = System.nanoTime();
                send(a, "revoke");
                assertThat(hallOnB.locator("body")).containsText("This screen link was revoked",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
                LiveDelay.since("cross-instance-revoke-closes-display", start);

                throttleHoldsAcrossBoth(browser, onA, onB);
                assertThat(outboxMails(db, seed.get(3))).as("the reminder, sent by one of the two").isEqualTo(1);

                // Redis goes away: A still signs in (its throttle counts in memory) and its own screens still follow it
                redis.destroyForcibly().waitFor();
                Page againOnA = signedIn(browser, onA, onA + "conferences/" + conference + "/attendance");
                Locator presentAgain = againOnA.locator(".hn-att-present .hn-att-number");
                assertThat(presentAgain).hasText("1");
                send(a, "checkin 1");
                assertThat(presentAgain).hasText("2", LIVE);
                assertThat(dir.resolve("a/errors.txt")).doesNotExist();
                assertThat(dir.resolve("b/errors.txt")).doesNotExist();
            }
        } finally {
            for (Process app : Stream.of(a, b).filter(p -> p != null).toList()) {
                AppProcess.killHard(app);
            }
            redis.destroyForcibly();
        }
    }

    /** Five wrong passwords, three on A and two on B: then the right one is refused on B too (each alone counts < 5). */
    private static void throttleHoldsAcrossBoth(Browser browser, String onA, String onB) {
        Page pageA = browser.newPage();
        Page pageB = browser.newPage();
        for (int i = 0; i < 5; i++) {
            login(i % 2 == 0 ? pageA : pageB, i % 2 == 0 ? onA : onB, "sai-mat-khau-" + i);
            PageAssertions.HasURLOptions wait = new PageAssertions.HasURLOptions().setTimeout(30_000);
            assertThat(i % 2 == 0 ? pageA : pageB).hasURL(Pattern.compile(".*login\\?error.*"), wait);
        }
        login(pageB, onB, TestAccounts.PASSWORD);
        assertThat(pageB).hasURL(Pattern.compile(".*login\\?error.*"));
        pageA.close();
        pageB.close();
    }

    /** Waits until both instances had several ticks of the reminder job, then counts that unit's reminders. */
    private static int outboxMails(SharedMariaDb db, String email) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")) {
            count.setString(1, email);
            long deadline = System.nanoTime() + LiveDelay.BUSY_MACHINE.toNanos() * 3;
            int mails = 0;
            while (mails == 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                mails = mailsOf(count);
            }
            Thread.sleep(6_000); // three more ticks of each instance's job
            return mailsOf(count);
        }
    }

    private static int mailsOf(PreparedStatement count) throws Exception {
        try (ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Page page(Browser browser, String url) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 720)).newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(url);
        return page;
    }

    private static Page signedIn(Browser browser, String base, String url) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)).newPage();
        page.setDefaultTimeout(60_000);
        login(page, base, TestAccounts.PASSWORD);
        page.navigate(url);
        return page;
    }

    private static void login(Page page, String base, String password) {
        page.navigate(base + "login");
        page.locator("input[name=username]").fill(InstanceTarget.ADMIN);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForLoadState();
    }

    private static void send(Process app, String command) throws IOException {
        OutputStream in = app.getOutputStream();
        in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static String awaitFile(Path file, Path dir) throws Exception {
        LiveDelay.await(() -> Files.exists(file));
        assertThat(file).as("%s; errors: %s", file, dir).exists();
        return Files.readString(file);
    }

    private static void awaitPort(int port) throws Exception {
        LiveDelay.await(() -> {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private static Path onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
                .map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
