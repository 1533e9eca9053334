package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.point.ManyPoints;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.rehearsal.RehearsalCluster;
import vn.hoinghi.rehearsal.RehearsalItem;
import vn.hoinghi.rehearsal.RehearsalProgressService;
import vn.hoinghi.rehearsal.RehearsalService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.TestAccounts;

/**
 * The rehearsal: two points of one cluster tick their checklists on their desk links' phones, one all working, the
 * other with a failure; the wall in rehearsal mode shows one ready and one failed in their cluster; the export shows
 * both; the committee resets the day, the points are back to "not tested" and the record stays.
 */
class RehearsalBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-tongduyet";
    private static final String FAILURE = "Hội trường không nghe được tiếng";
    private static final LocatorAssertions.HasTextOptions LIVE =
            new LocatorAssertions.HasTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis());
    private static final LocatorAssertions.ContainsTextOptions LIVE_PART =
            new LocatorAssertions.ContainsTextOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis());

    @Autowired RehearsalProgressService progress;
    @Autowired RehearsalService rehearsal;
    @Autowired PointDayService pointDay;
    @Autowired PointImportService importer;
    @Autowired ScreenLinkService links;
    private final List<Long> deskLinks = new java.util.ArrayList<>();

    @Test
    void twoPointsRehearseOneFailsTheWallAndTheExportShowItAndTheResetKeepsTheRecord() throws Exception {
        Page committee = withDemo(ADMIN, 1366, 768);
        long demo = demoConference();
        RehearsalCluster cluster = runAs.committee(ADMIN, () -> progress.progress(demo)).clusters().stream()
                .filter(c -> c.points().size() >= 2).findFirst().orElseThrow();
        String ready = cluster.points().get(0).point().name();
        String failing = cluster.points().get(1).point().name();
        Page phoneA = phone(demo, cluster.points().get(0).point().id(), ready);
        Page phoneB = phone(demo, cluster.points().get(1).point().id(), failing);

        Page wall = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
        login(wall, ADMIN, TestAccounts.PASSWORD);
        wall.navigate(url(demo, "point-status"));
        wall.locator(".hn-wall-modes a").filter(new Locator.FilterOptions().setHasText("tổng duyệt")).click();
        assertThat(wall).hasURL(java.util.regex.Pattern.compile("point-status\\?view=rehearsal$"));
        Locator row = wall.locator(".hn-reh-wall .hn-wall-cluster[data-cluster=\"" + cluster.key() + "\"]");
        assertThat(row.locator(".hn-wall-count[data-state=NOT_REPORTED]"))
                .hasText(Integer.toString(cluster.points().size()));

        for (RehearsalItem item : RehearsalItem.values()) {
            phoneA.locator(".hn-reh-row[data-item=" + item + "] .hn-reh-ok").click();
            assertThat(phoneA.locator(".hn-reh-row[data-item=" + item + "] .hn-reh-last")).containsText("Đạt lúc");
        }
        assertThat(phoneA.locator(".hn-reh-outcome")).containsText("sẵn sàng lúc");
        phoneB.locator(".hn-reh-row[data-item=LINK] .hn-reh-ok").click();
        assertThat(phoneB.locator(".hn-reh-row[data-item=LINK] .hn-reh-last")).containsText("Đạt lúc");
        Locator sound = phoneB.locator(".hn-reh-row[data-item=SOUND]");
        sound.locator(".hn-reh-fail").click();
        sound.locator(".hn-reh-note input").fill(FAILURE);
        long start = System.nanoTime();
        sound.locator(".hn-reh-note vaadin-button").click();
        assertThat(row.locator(".hn-wall-count[data-state=FAILED]")).hasText("1", LIVE);
        LiveDelay.since("rehearsal-failure-on-wall", start);
        assertThat(sound.locator(".hn-reh-last")).containsText(FAILURE);
        assertThat(row.locator(".hn-wall-count[data-state=READY]")).hasText("1");
        assertThat(wall.locator(".hn-reh-wall .hn-wall-number[data-state=READY]")).hasText("1");
        assertThat(wall.locator(".hn-reh-wall .hn-wall-number[data-state=FAILED]")).hasText("1");
        row.locator(".hn-wall-row").click();
        assertThat(row.locator(".hn-wall-tile[data-point=\"" + ready + "\"]")).hasAttribute("data-state", "READY");
        assertThat(row.locator(".hn-wall-tile[data-point=\"" + failing + "\"]")).containsText(FAILURE);
        screenshot(phoneB, "rehearsal-desk-phone");
        screenshot(wall, "rehearsal-wall");

        committee.navigate(url(demo, "rehearsal"));
        assertThat(committee.locator(".hn-reh-total[data-state=READY] .hn-reh-number")).hasText("1");
        assertThat(committee.locator(".hn-reh-total[data-state=FAILED] .hn-reh-number")).hasText("1");
        Locator details = committee.locator(".hn-reh-cluster[data-cluster=\"" + cluster.key() + "\"]");
        if (details.getAttribute("opened") == null) {
            details.locator("vaadin-details-summary").click();
        }
        assertThat(committee.locator(".hn-reh-point[data-point=\"" + failing + "\"]")).containsText("lỗi: " + FAILURE);
        screenshot(committee, "rehearsal-page");
        exportShows(committee, cluster.key(), ready, failing);

        phoneA.getByText("Kết nối tốt").click(); // the day's state, which the reset clears
        wall.navigate(url(demo, "point-status"));
        Locator tileA = wall.locator(".hn-wall-tile[data-point=\"" + ready + "\"]");
        wall.locator(".hn-wall-cluster[data-cluster=\"" + cluster.key() + "\"] .hn-wall-row").click();
        assertThat(tileA.locator(".hn-wall-state")).hasText("Kết nối tốt", LIVE);

        committee.locator("vaadin-button.hn-reh-reset").click();
        assertThat(committee.getByText("điểm danh đại biểu (không bị động đến)")).isVisible();
        committee.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button], "
                + "vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button]").last().click();
        assertThat(committee.locator(".hn-reh-reset-done")).containsText("Đã đặt lại trạng thái ngày lúc");
        assertThat(tileA.locator(".hn-wall-state")).hasText("Chưa thử", LIVE);
        assertThat(wall.locator(".hn-wall-tile[data-point=\"" + failing + "\"] .hn-wall-state")).hasText("Chưa thử");
        assertThat(phoneA.locator(".hn-reh-outcome")).containsText("Tổng duyệt: sẵn sàng lúc", LIVE_PART);
        assertThat(phoneA.locator(".hn-reh-items")).isHidden();
        phoneA.locator(".hn-desk-head").scrollIntoViewIfNeeded();
        screenshot(phoneA, "rehearsal-desk-after-reset");

        wall.navigate(url(demo, "point-status") + "?view=rehearsal");
        assertThat(row.locator(".hn-wall-count[data-state=READY]")).hasText("1");
        assertThat(row.locator(".hn-wall-count[data-state=FAILED]")).hasText("1");
        committee.reload();
        assertThat(committee.locator(".hn-reh-total[data-state=FAILED] .hn-reh-number")).hasText("1");
        exportShows(committee, cluster.key(), ready, failing);
        for (Page p : List.of(phoneA, phoneB, wall)) {
            p.context().close();
        }
        committee.close();
        runAs.committee(ADMIN, () -> {
            links.revokeAll(deskLinks); // the demo conference is shared with other tests
            return null;
        });
    }

    /** 160 points in 18 clusters on a 1920×1080 projector: every cluster's row in view, a failure's cluster first. */
    @Test
    void theWallsRehearsalModeAtCommuneScaleFitsAProjector() {
        ConferenceDraft draft = TestData.conference(TestData.unique("Tổng duyệt 160 điểm cầu"));
        long conference = runAs.committee("bantochuc", () -> conferences.create(draft));
        ManyPoints.load(importer, runAs, conference, 160, 18);
        Map<String, Long> ids = runAs.committee("bantochuc", () -> pointDay.wall(conference)).stream()
                .collect(Collectors.toMap(s -> s.point().name(), s -> s.point().id()));
        runAs.committee("bantochuc", () -> {
            for (int i = 0; i < 160; i += 2) {
                List<RehearsalItem> items = i % 10 == 4 ? List.of(RehearsalItem.LINK) : List.of(RehearsalItem.values());
                for (RehearsalItem item : items) {
                    rehearsal.tick(ids.get(ManyPoints.name(i)), item, true, null);
                }
            }
            rehearsal.tick(ids.get(ManyPoints.name(41)), RehearsalItem.CAMERA, false, "Camera không lên hình");
            return null;
        });

        Page wall = browser.newPage(new Browser.NewPageOptions().setViewportSize(1920, 1080));
        login(wall, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
        wall.navigate(url(conference, "point-status") + "?view=rehearsal");
        Locator rows = wall.locator(".hn-reh-wall .hn-wall-cluster");
        assertThat(rows).hasCount(18);
        assertThat(rows.first()).hasAttribute("data-cluster", ManyPoints.cluster(41, 18));
        assertThat(wall.locator(".hn-reh-wall .hn-wall-number[data-state=FAILED]")).hasText("1");
        assertThat(wall.locator(".hn-reh-wall .hn-wall-number[data-state=READY]")).hasText("64");
        assertThat(wall.locator(".hn-reh-wall .hn-wall-number[data-state=PARTLY]")).hasText("16");
        assertThat(wall.locator(".hn-reh-wall .hn-wall-number[data-state=NOT_REPORTED]")).hasText("79");
        Locator last = wall.locator(".hn-reh-wall .hn-wall-row").last();
        assertThat(last.boundingBox().y + last.boundingBox().height).as("the last cluster's row within the window")
                .isLessThanOrEqualTo(1080);
        rows.first().locator(".hn-wall-row").click();
        assertThat(rows.first().locator(".hn-wall-tile").first()).hasAttribute("data-point", ManyPoints.name(41));
        screenshot(wall, "rehearsal-wall-160-1920x1080");
        wall.close();
    }

    private Page phone(long demo, long pointId, String name) {
        ScreenLinkService.Created link = runAs.committee(ADMIN,
                () -> links.create(demo, ScreenKind.DESK, pointId, "Bàn " + name));
        deskLinks.add(link.link().id());
        String token = link.token();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setHasTouch(true).setIsMobile(true));
        Page phone = context.newPage();
        phone.setDefaultTimeout(30_000);
        phone.navigate(url("s/" + token));
        assertThat(phone.locator(".hn-desk-head h2")).hasText(name);
        assertThat(phone.locator(".hn-reh-desk h3")).hasText("Tổng duyệt");
        return phone;
    }

    /** The export read back cell by cell: the ready point with its time, the failed one with what failed. */
    private void exportShows(Page committee, String cluster, String ready, String failing) throws Exception {
        Download download = committee.waitForDownload(() -> committee.locator("a.hn-reh-export").click());
        assertThat(download.suggestedFilename()).startsWith("tong-duyet-hoi-nghi-").endsWith(".xlsx");
        byte[] xlsx = Files.readAllBytes(download.path());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row header = rows.stream().filter(r -> "STT".equals(text(r, 0))).findFirst().orElseThrow();
            assertThat(text(header, 4)).isEqualTo("Sẵn sàng lúc");
            assertThat(text(header, 6)).isEqualTo("Âm thanh về hội trường");
            Row a = rows.stream().filter(r -> ready.equals(text(r, 2))).findFirst().orElseThrow();
            Row b = rows.stream().filter(r -> failing.equals(text(r, 2))).findFirst().orElseThrow();
            assertThat(text(a, 3)).isEqualTo("Sẵn sàng");
            assertThat(a.getCell(4).getType()).as("ready at, a real date-time").isEqualTo(CellType.NUMBER);
            assertThat(a.getCell(4).asDate()).isNotNull();
            for (int item = 5; item < 10; item++) {
                assertThat(a.getCell(item).getType()).as("item %d's time", item).isEqualTo(CellType.NUMBER);
            }
            assertThat(text(b, 3)).isEqualTo("Lỗi");
            assertThat(cell(b, 4)).as("not ready: no time").isEmpty();
            assertThat(b.getCell(5).getType()).isEqualTo(CellType.NUMBER);
            assertThat(text(b, 6)).isEqualTo("Lỗi: " + FAILURE);
            assertThat(cell(b, 7)).as("not tried").isEmpty();
            assertThat(text(a, 1)).isEqualTo(cluster);
            assertThat(text(b, 1)).isEqualTo(cluster);
            assertThat(text(b, 10)).isNotBlank();
        }
    }

    private static Optional<Cell> cell(Row row, int column) {
        return row.getOptionalCell(column).filter(c -> c.getType() != CellType.EMPTY);
    }

    private static String text(Row row, int column) {
        return cell(row, column).map(Cell::getText).orElse("");
    }
}
