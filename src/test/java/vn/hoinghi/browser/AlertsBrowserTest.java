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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.TestData;
import vn.hoinghi.alert.AlertService;
import vn.hoinghi.alert.ClusterDuty;
import vn.hoinghi.alert.DutyDraft;
import vn.hoinghi.alert.DutyService;
import vn.hoinghi.alert.PointAlert;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.mail.OutboxMail;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.ManyPoints;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.ScreenPass;
import vn.hoinghi.security.TestAccounts;

/**
 * Issue 22's "done when": a point reported lost raises the banner, with its sound, on the technicians' screen (a
 * screen link) and on the wall, and its cluster's technician on duty has a mail in the outbox; acknowledging with a
 * name takes it off the banners and records it in the log.
 */
class AlertsBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-alerts";
    private static final int REMOTE = 12;
    private static final int CLUSTERS = 4;
    private static final int LOST = 5;

    @Autowired PointDayService pointDay;
    @Autowired PointService points;
    @Autowired PointImportService importer;
    @Autowired DutyService duties;
    @Autowired AlertService alerts;
    @Autowired MailService mail;
    @Autowired ScreenLinkService links;

    @Test
    void aLostPointRaisesTheBannerWithItsSoundAndMailsItsClustersTechnicianOnDuty() {
        long conference = conferenceUnderWay();
        String cluster = ManyPoints.cluster(LOST, CLUSTERS);
        runAs.committee(ADMIN, () -> {
            duties.save(conference, cluster, new DutyDraft("Trần Văn Trực", "0912 345 678", "truc.cum@quangtri.gov.vn"));
            duties.save(conference, ClusterDuty.DEFAULT, new DutyDraft("Lê Thị Chung", "0987 654 321",
                    "chung@quangtri.gov.vn"));
            return null;
        });
        MeetingPoint lost = runAs.committee(ADMIN, () -> points.list(conference)).stream()
                .filter(p -> p.name().equals(ManyPoints.name(LOST))).findFirst().orElseThrow();
        ScreenPass desk = links.signIn(runAs.committee(ADMIN, () -> links.create(conference, ScreenKind.DESK, lost.id(),
                "Bàn " + lost.name())).token()).orElseThrow();
        String techLink = url("s/" + runAs.committee(ADMIN, () -> links.create(conference, ScreenKind.TECHNICIAN, null,
                "Kỹ thuật")).token());

        Page tech = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
        tech.setDefaultTimeout(30_000);
        tech.navigate(techLink);
        assertThat(tech).hasURL(url(conference, "screen/technician"));
        Page wall = browser.newPage(new Browser.NewPageOptions().setViewportSize(1920, 1080));
        login(wall, accounts.ensure(ADMIN, AppRoles.ADMIN), TestAccounts.PASSWORD);
        wall.navigate(url(conference, "point-status"));
        assertThat(wall.locator(".hn-wall-cluster").first()).isVisible();
        for (Page page : List.of(tech, wall)) {
            assertThat(page.locator(".hn-alert-row")).hasCount(0);
            page.locator(".hn-alert-sound-on").click(); // the gesture a browser asks before it plays a sound
            assertThat(page.locator(".hn-alert-sound-on")).isHidden();
        }

        long start = System.nanoTime();
        runAs.screen(desk, () -> { // the point's own desk, on its phone, reports the link lost
            pointDay.setStatus(lost.id(), ConnectionStatus.LOST);
            return null;
        });
        for (Page page : List.of(tech, wall)) {
            Locator row = page.locator(".hn-alert-row.hn-alert-LOST");
            assertThat(row).hasCount(1, new LocatorAssertions.HasCountOptions()
                    .setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
            LiveDelay.since(page == tech ? "alert-lost-to-technicians-screen" : "alert-lost-to-wall", start);
            assertThat(row.locator(".hn-alert-point")).hasText(lost.name());
            assertThat(row.locator(".hn-alert-cluster")).hasText(cluster);
            assertThat(row.locator(".hn-alert-told")).containsText("Trần Văn Trực <truc.cum@quangtri.gov.vn>");
            assertThat(row).isInViewport();
            assertThat(((Number) page.evaluate("() => window.__hnAlertSounds || 0")).intValue())
                    .as("the alarm sounded").isGreaterThan(0);
        }
        List<OutboxMail> outbox = runAs.committee(ADMIN, () -> mail.outbox(conference));
        assertThat(outbox).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("truc.cum@quangtri.gov.vn");
            assertThat(m.subject()).contains("Mất kết nối", lost.name(), cluster);
        });
        screenshot(tech, "alert-technicians-1920x1080");
        screenshot(wall, "alert-wall-1920x1080");

        Page phone = tech.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true)).newPage();
        phone.setDefaultTimeout(30_000);
        phone.navigate(techLink);
        assertThat(phone.locator(".hn-alert-row.hn-alert-LOST .hn-alert-point")).hasText(lost.name());
        assertThat(phone.locator(".hn-alert-row .hn-alert-ack")).isInViewport();
        screenshot(phone, "alert-technicians-390x844");
        phone.context().close();

        tech.locator(".hn-alert-row .hn-alert-ack").click();
        Locator name = tech.locator("vaadin-text-field.hn-alert-ack-name input");
        assertThat(name).hasValue(""); // a screen link has no person's name to offer
        tech.locator(".hn-alert-ack-save").click();
        assertThat(tech.locator("vaadin-text-field.hn-alert-ack-name")).hasAttribute("invalid", "");
        name.fill("Hoàng Kỹ Thuật");
        tech.locator(".hn-alert-ack-save").click();
        for (Page page : List.of(tech, wall)) {
            assertThat(page.locator(".hn-alert-row")).hasCount(0, new LocatorAssertions.HasCountOptions()
                    .setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        }
        PointAlert acknowledged = runAs.committee(ADMIN, () -> alerts.history(conference)).getFirst();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("Hoàng Kỹ Thuật");

        wall.setViewportSize(1366, 768);
        wall.navigate(url(conference, "alerts"));
        assertThat(wall.locator(".hn-alert-log")).containsText("Hoàng Kỹ Thuật");
        assertThat(wall.locator(".hn-duty-grid")).containsText("Trần Văn Trực");
        screenshot(wall, "alerts-page-1366x768");
        tech.context().close();
        wall.close();
    }

    /** Started twenty minutes ago, ends in three hours; twelve communes in four clusters. */
    private long conferenceUnderWay() {
        ConferenceDraft draft = TestData.conference(TestData.unique("Hội nghị trực tuyến có cảnh báo"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        draft.setStartsAt(Times.local(now.minus(Duration.ofMinutes(20))));
        draft.setEndsAt(Times.local(now.plus(Duration.ofHours(3))));
        long conference = runAs.committee(ADMIN, () -> conferences.create(draft));
        ManyPoints.load(importer, runAs, conference, REMOTE, CLUSTERS);
        return conference;
    }
}
