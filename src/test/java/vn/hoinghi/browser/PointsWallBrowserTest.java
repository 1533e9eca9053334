package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.TestData;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.ManyPoints;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointSummary;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * The wall of a provincial conference under way with 250 points in 20 clusters, on a 1920×1080 projector and a
 * 1366×768 laptop: every cluster's row in view with the totals above, a lost link's cluster first, "only trouble"
 * showing exactly the troubled points, and the technicians' list on a phone.
 */
class PointsWallBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-wall";
    private static final int REMOTE = 249;
    private static final int CLUSTERS = 20;
    /** Never report: silent once the conference has run longer than its 15 minutes. */
    private static final Set<Integer> QUIET = Set.of(7, 33);
    private static final int PROBLEM = 50;
    private static final int LOST = 125;
    private static final Set<Integer> TESTED_ONLY = Set.of(3, 64, 200);

    @Autowired PointDayService pointDay;
    @Autowired PointImportService importer;
    @Autowired vn.hoinghi.alert.AlertService alerts;

    @Test
    void twoHundredFiftyPointsOnAProjectorALaptopAndAPhone() {
        long conference = conferenceUnderWay();
        Map<String, MeetingPoint> points = runAs.committee("bantochuc", () -> pointDay.wall(conference)).stream()
                .map(PointSummary::point).collect(Collectors.toMap(MeetingPoint::name, Function.identity()));
        for (int i = 0; i < REMOTE; i++) {
            if (!QUIET.contains(i)) {
                report(points, i, i == PROBLEM ? ConnectionStatus.PROBLEM
                        : TESTED_ONLY.contains(i) ? ConnectionStatus.TEST_OK : ConnectionStatus.LIVE_OK);
            }
            if (i % 3 == 0 && !QUIET.contains(i)) {
                long id = points.get(ManyPoints.name(i)).id();
                int headcount = points.get(ManyPoints.name(i)).expectedAttendees() - i % 4;
                runAs.committee("bantochuc", () -> {
                    pointDay.setHeadcount(id, headcount);
                    return null;
                });
            }
        }

        Page wall = browser.newPage(new Browser.NewPageOptions().setViewportSize(1920, 1080));
        login(wall, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
        wall.navigate(url(conference, "point-status"));
        Locator rows = wall.locator(".hn-wall-cluster");
        assertThat(rows).hasCount(CLUSTERS + 1);
        assertThat(wall.locator(".hn-wall-total-people")).isVisible();
        assertThat(rows.first()).hasAttribute("data-cluster", ManyPoints.cluster(PROBLEM, CLUSTERS));
        assertEveryRowInView(wall, 1080);
        screenshot(wall, "wall-250-1920x1080");

        long start = System.nanoTime();
        report(points, LOST, ConnectionStatus.LOST);
        String lostCluster = ManyPoints.cluster(LOST, CLUSTERS);
        assertThat(rows.first()).hasAttribute("data-cluster", lostCluster,
                new LocatorAssertions.HasAttributeOptions().setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        LiveDelay.since("points-wall-lost-to-first-row", start);
        assertThat(rows.first().locator(".hn-wall-count.hn-status-LOST")).hasText("1");
        assertThat(wall.locator(".hn-wall-number.hn-status-LOST")).hasText("1");

        rows.first().locator(".hn-wall-row").click();
        assertThat(rows.first().locator(".hn-wall-tile").first()).hasAttribute("data-point", ManyPoints.name(LOST));
        assertThat(rows.first().locator(".hn-wall-tile")).hasCount(pointsIn(lostCluster));
        Locator quiet = rows.filter(new Locator.FilterOptions().setHas(wall.locator(".hn-wall-silent.hn-wall-alarm")))
                .first();
        quiet.locator(".hn-wall-row").focus();
        wall.keyboard().press("Enter");
        assertThat(quiet.locator(".hn-wall-tile.hn-wall-silent")).hasCount(1);
        assertThat(quiet.locator(".hn-wall-row")).hasAttribute("aria-expanded", "true");

        wall.getByText("Chỉ điểm có sự cố").click();
        assertThat(wall.locator(".hn-wall-tile")).hasCount(4);
        List<String> troubled = wall.locator(".hn-wall-tile").all().stream()
                .map(t -> t.getAttribute("data-point")).toList();
        assertThat(troubled).containsExactlyInAnyOrder(ManyPoints.name(LOST), ManyPoints.name(PROBLEM),
                ManyPoints.name(7), ManyPoints.name(33));
        assertThat(troubled.getFirst()).isEqualTo(ManyPoints.name(LOST));
        screenshot(wall, "wall-250-only-trouble-1920x1080");
        assertThat(wall).hasURL(java.util.regex.Pattern.compile(".*point-status\\?trouble=1$"));
        Page bookmark = browser.newPage(new Browser.NewPageOptions().setViewportSize(1920, 1080));
        login(bookmark, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
        bookmark.navigate(wall.url()); // a projector's bookmark opens on the troubled points only
        assertThat(bookmark.locator(".hn-wall-tile")).hasCount(4);
        bookmark.close();

        wall.getByText("Chỉ điểm có sự cố").click();
        // The technicians have the two alerts in hand: the alerts' banner gives the rows their room back (decision 032).
        runAs.committee("bantochuc", () -> alerts.open(conference).stream()
                .map(line -> alerts.acknowledge(conference, line.alert().id(), "Kỹ thuật trực")).toList());
        assertThat(wall.locator(".hn-alert-row")).hasCount(0);
        wall.setViewportSize(1366, 768);
        assertThat(wall.locator(".hn-wall-tile")).hasCount(pointsIn(lostCluster) + pointsIn(quietCluster(quiet)));
        rows.first().locator(".hn-wall-row").click();
        assertThat(wall.locator(".hn-wall-tile")).hasCount(pointsIn(quietCluster(quiet)));
        quiet.locator(".hn-wall-row").click();
        assertThat(wall.locator(".hn-wall-tile")).hasCount(0);
        assertEveryRowInView(wall, 768);
        screenshot(wall, "wall-250-1366x768");

        rows.nth(3).locator(".hn-wall-row").click();
        rows.last().scrollIntoViewIfNeeded();
        assertThat(wall.locator(".hn-wall-band")).isInViewport();
        assertThat(wall.locator(".hn-wall-band").boundingBox().y).as("the totals stay on top").isLessThan(80);
        screenshot(wall, "wall-250-1366x768-opened");
        wall.close();

        Page phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true)).newPage();
        login(phone, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
        phone.navigate(url(conference, "screen/technician"));
        Locator list = phone.locator(".hn-tech-trouble-row");
        assertThat(list).hasCount(4);
        assertThat(list.first()).hasAttribute("data-point", ManyPoints.name(LOST));
        assertThat(list.first().locator("a.hn-tech-call")).hasAttribute("href",
                java.util.regex.Pattern.compile("^tel:09"));
        assertThat(phone.locator(".hn-tech-rest")).containsText(String.valueOf(REMOTE - 4));
        phone.locator(".hn-tech-trouble").scrollIntoViewIfNeeded();
        screenshot(phone, "technicians-list-390x844");
        phone.context().close();

        Page desk = browser.newPage(new Browser.NewPageOptions().setViewportSize(1920, 1080));
        login(desk, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
        desk.navigate(url(conference, "screen/technician"));
        assertThat(desk.locator(".hn-tech-trouble-row")).hasCount(4);
        screenshot(desk, "technicians-display-1920x1080");
        desk.close();
    }

    private String quietCluster(Locator row) {
        return row.getAttribute("data-cluster");
    }

    private static int pointsIn(String cluster) {
        int n = 0;
        for (int i = 0; i < REMOTE; i++) {
            n += ManyPoints.cluster(i, CLUSTERS).equals(cluster) ? 1 : 0;
        }
        return n;
    }

    private static void assertEveryRowInView(Page page, int height) {
        Locator rows = page.locator(".hn-wall-row");
        double bottom = rows.last().boundingBox().y + rows.last().boundingBox().height;
        assertThat(bottom).as("the last cluster's row ends within the window").isLessThanOrEqualTo(height);
        assertThat(page.evaluate("() => document.scrollingElement.scrollTop")).isIn(0, 0.0);
    }

    /** Started an hour ago, ends in three hours: the wall watches for silence. */
    private long conferenceUnderWay() {
        ConferenceDraft draft = TestData.conference(TestData.unique("Hội nghị trực tuyến 250 điểm cầu"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        draft.setStartsAt(Times.local(now.minus(Duration.ofHours(1))));
        draft.setEndsAt(Times.local(now.plus(Duration.ofHours(3))));
        long conference = runAs.committee("bantochuc", () -> conferences.create(draft));
        ManyPoints.load(importer, runAs, conference, REMOTE, CLUSTERS);
        return conference;
    }

    private void report(Map<String, MeetingPoint> points, int i, ConnectionStatus status) {
        runAs.committee("bantochuc", () -> {
            pointDay.setStatus(points.get(ManyPoints.name(i)).id(), status);
            return null;
        });
    }
}
