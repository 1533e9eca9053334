package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.demo.DemoConferenceLoader;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/**
 * How long each committee page takes to open in a real browser, on a conference of 5,000 delegates and 250 points
 * (goal: the slowest page's p95 at most 1 s). Each opening is a full page load, as a user's click on a link or a
 * reload: from the navigation's start until the page has settled (no request of Vaadin's client in flight for
 * 300 ms: the view and the first rows of its grids are there). Run (production mode, as a province's server):
 * ./mvnw -Pproduction -DskipTests package && ./mvnw test -Dtest=PageOpenBenchmark -Dbenchmark=true
 *   -Dvaadin.productionMode=true -Dsurefire.failIfNoSpecifiedTests=false
 * Options: -Dpages.opens=N (measured openings per page, default 20), -Dpages.only=delegates,awards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PageOpenBenchmark {

    private static final int DELEGATES = 5000;
    private static final int POINTS = 250;
    /** The committee's pages: those under a conference (relative to it) and the ones above any conference. */
    private static final List<String> CONFERENCE_PAGES = List.of("", "delegates", "seating", "invitations", "outbox",
            "points", "point-status", "agenda", "mc", "tasks", "contributions", "reports", "awards", "screens", "gate",
            "scanners", "attendance", "health");
    private static final List<String> OTHER_PAGES = List.of("conferences", "units", "accounts");
    private static final String SETTLED = """
            () => new Promise(resolve => {
              const busy = () => Object.values(window.Vaadin?.Flow?.clients ?? {})
                  .some(c => typeof c.isActive === 'function' && c.isActive());
              let lastBusy = performance.now();
              const started = lastBusy;
              const look = () => {
                const now = performance.now();
                if (busy() || !window.Vaadin?.Flow?.clients) lastBusy = now;
                if (now - lastBusy >= 300 || now - started > 60000) resolve(lastBusy);
                else setTimeout(look, 10);
              };
              look();
            })""";

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;
    @Autowired DemoConferenceLoader demo;
    @Autowired PointImportService pointImport;
    @Autowired DelegateImportService delegateImport;

    @Test
    void eachCommitteePageOpensWithinASecond() throws IOException {
        String admin = accounts.ensure("page-open-admin", AppRoles.ADMIN);
        long conference = runAs.role(admin, AppRoles.ADMIN, this::bigConference);
        int opens = Integer.getInteger("pages.opens", 20);
        List<String> only = List.of(System.getProperty("pages.only", "").split(","));

        Map<String, String> pages = new LinkedHashMap<>();
        CONFERENCE_PAGES.forEach(p -> pages.put(p.isEmpty() ? "overview" : p, p.isEmpty() ? ConferencePath.of(conference) : ConferencePath.of(conference, p)));
        OTHER_PAGES.forEach(p -> pages.put(p, p));
        pages.keySet().removeIf(name -> !only.getFirst().isEmpty() && !only.contains(name));

        System.out.println("vaadin-mode: " + (Boolean.getBoolean("vaadin.productionMode") ? "production" : "development"));
        System.out.println("page-open-delegates: " + DELEGATES + " delegates");
        System.out.println("page-open-points: " + POINTS + " points");
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("hoinghi.chromium", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
            page.setDefaultTimeout(60_000);
            login(page, admin);
            String slowest = null;
            double slowestP95 = 0;
            for (var entry : pages.entrySet()) {
                open(page, entry.getValue()); // warm: the first opening compiles the page's code
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < opens; i++) {
                    times.add(open(page, entry.getValue()));
                }
                times.sort(null);
                double median = times.get(times.size() / 2);
                double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
                System.out.printf("page-open-%s-median: %.0f ms%n", entry.getKey(), median);
                System.out.printf("page-open-%s-p95: %.0f ms%n", entry.getKey(), p95);
                if (p95 > slowestP95) {
                    slowestP95 = p95;
                    slowest = entry.getKey();
                }
            }
            System.out.println("page-open-slowest: " + slowest);
            System.out.printf("page-open-p95-max: %.0f ms%n", slowestP95);
        }
    }

    /** One full page load; the milliseconds from its navigation's start until it settled. */
    private double open(Page page, String path) {
        page.navigate("http://localhost:" + port + "/" + path);
        double settled = ((Number) page.evaluate(SETTLED)).doubleValue();
        assertThat(page.url()).as("opened, not sent elsewhere").endsWith("/" + path);
        assertThat(page.locator(".v-system-error").count()).as(path + " opened without an error").isZero();
        return settled;
    }

    private void login(Page page, String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** The Quảng Trị demo (programme, awards, contributions, reports) grown to 250 points and 5,000 delegates. */
    private long bigConference() {
        long conference = demo.load().conferenceId();
        try {
            byte[] points = pointsCsv();
            pointImport.commit(conference, pointImport.preview(conference, "diem-cau-250.csv", points));
            byte[] sheet = delegateSheet(DELEGATES - 173);
            delegateImport.commit(delegateImport.preview(conference, "dai-bieu-5000.xlsx", sheet, p -> { }));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return conference;
    }

    private static String commune(int i) {
        return "Điểm cầu xã Số " + (i + 1);
    }

    private static byte[] pointsCsv() {
        StringBuilder csv = new StringBuilder("STT,Tên điểm cầu,Đơn vị chủ trì,Phòng họp,Kỹ thuật viên,Điện thoại kỹ thuật,"
                + "Số đại biểu dự kiến,Đường dẫn họp\n");
        for (int i = 0; i < POINTS - 10; i++) {
            csv.append(i + 1).append(',').append(commune(i)).append(",UBND xã Số ").append(i + 1)
                    .append(",Hội trường UBND xã,Kỹ thuật viên ").append(i + 1).append(',')
                    .append(String.format("09%08d", i)).append(",20,https://hop.example.gov.vn/p/xa-").append(i + 1).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] delegateSheet(int rows) throws IOException {
        String[] surnames = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi"};
        String[] given = {"An", "Bình", "Cường", "Dũng", "Hà", "Hiếu", "Lan", "Linh", "Nam", "Phương", "Quân", "Thủy"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "benchmark", "1.0");
        Worksheet ws = workbook.newWorksheet("Đại biểu");
        String[] header = {"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành phần", "Điểm cầu", "Điện thoại"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        for (int i = 0; i < rows; i++) {
            int r = i + 1;
            ws.value(r, 0, i + 1);
            ws.value(r, 1, surnames[i % 10] + " Văn " + given[i % 12] + " " + (i + 1));
            ws.value(r, 2, "Chủ tịch UBND xã");
            ws.value(r, 3, "UBND xã Số " + (i % (POINTS - 10) + 1));
            ws.value(r, 4, "Lãnh đạo cấp xã");
            ws.value(r, 5, commune(i % (POINTS - 10)));
            ws.value(r, 6, String.format("08%08d", i));
        }
        workbook.finish();
        return out.toByteArray();
    }
}
