package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.agenda.AgendaLive;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.award.Ceremony;
import vn.hoinghi.award.CeremonyBatch;
import vn.hoinghi.award.CeremonyFixture;
import vn.hoinghi.award.CeremonyOrder;
import vn.hoinghi.award.CeremonyRecipient;
import vn.hoinghi.award.CeremonyService;
import vn.hoinghi.award.RecipientDraft;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.LiveDelay;

/**
 * The award ceremony in two browsers: a hall display opened with its screen link shows the first batch within a
 * second of one key on the MC's page, "Đợt 2/3" after the next, and hands the screen back to the programme after
 * the last; the MC sees who is not checked in and who stands in.
 */
class CeremonyBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-letrao";

    @Autowired CeremonyFixture fixture;
    @Autowired CeremonyService ceremonies;
    @Autowired AgendaLiveService live;
    @Autowired ScreenLinkService links;
    @Autowired DelegateService delegates;
    @Autowired CheckinService checkins;

    /** 12 collectives and 10 individuals in batches of 10: [10 collectives, 2 collectives, 10 individuals]. */
    private long ceremonyReady() {
        long conference = fixture.conference(12, 10);
        runAs.committee(ADMIN, () -> {
            Ceremony plan = ceremonies.generate(conference, 0, 10, CeremonyOrder.COLLECTIVES_FIRST_BY_UNIT);
            List<Delegate> all = delegates.list(conference, DelegateFilter.all());
            List<Delegate> leaders = all.stream().filter(d -> d.protocolRank() != null)
                    .sorted(java.util.Comparator.comparing(Delegate::protocolRank)).toList();
            List<Delegate> others = all.stream().filter(d -> d.protocolRank() == null).toList();
            for (CeremonyBatch b : plan.batches()) {
                ceremonies.setPresenter(conference, b.id(), b.version(), leaders.get(b.number() - 1).id());
            }
            List<CeremonyRecipient> first = plan.batches().getFirst().recipients();
            for (int i = 0; i < first.size(); i++) { // receivers for the collectives; three have not arrived
                CeremonyRecipient r = first.get(i);
                Delegate receiver = others.get(i);
                ceremonies.setRecipient(r.nominationId(), r.version(), new RecipientDraft(receiver.id(),
                        i == 1 ? "Lê Văn Thay" : null, i == 1 ? "Phó Trưởng khoa" : null, null));
                if (i > 2) {
                    checkins.checkInFound(conference, receiver.id(), "Cổng chính");
                }
            }
            live.start(conference);
            AgendaLive l = live.live(conference);
            while (l.current().item().kind() != AgendaKind.AWARDS) {
                l = live.next(conference);
            }
            return null;
        });
        return conference;
    }

    private static long within(Page page, String selector, String text, long t0) {
        page.locator(selector).filter(new Locator.FilterOptions().setHasText(text))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(LiveDelay.BUSY_MACHINE.toMillis()));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void theHallFollowsTheMcBatchByBatchWithinASecondAndHandsBackAfterTheLast() {
        long conference = ceremonyReady();
        AgendaLive before = runAs.committee(ADMIN, () -> live.live(conference));
        String awardsTitle = before.current().item().title();
        String afterTitle = before.next().item().title();
        accounts.ensure(ADMIN, AppRoles.ADMIN);
        String hallLink = url("s/" + runAs.committee(ADMIN, () -> links.create(conference, ScreenKind.HALL, null, "Hội trường")).token());

        Page hall = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
        hall.setDefaultTimeout(30_000);
        hall.navigate(hallLink);
        assertThat(hall.locator(".hn-hall-title")).hasText(awardsTitle); // the MC's opening words: the usual screen
        assertThat(hall.locator(".hn-award-screen")).isHidden();

        Page mc = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 1300));
        login(mc, ADMIN, TestAccounts.PASSWORD);
        mc.navigate(url(conference, "mc"));
        assertThat(mc.locator(".hn-mc-item-title")).hasText(awardsTitle);
        assertThat(mc.locator(".hn-mc-batch-position")).containsText("3 đợt");
        assertThat(mc.locator(".hn-mc-next")).hasText("Mời đợt 1");

        mc.locator(".hn-mc-item-title").click();
        long t0 = System.nanoTime();
        mc.keyboard().press("PageDown");
        long ms = within(hall, ".hn-award-position", "Đợt 1/3", t0);
        LiveDelay.report("ceremony-hall-follow", ms);
        assertThat(hall.locator(".hn-award-name")).hasCount(10);
        assertThat(hall.locator(".hn-award-label")).hasText("KHEN THƯỞNG");
        assertThat(hall.locator(".hn-award-presenter")).containsText("Lãnh đạo trao thưởng: ");
        assertThat(hall.locator(".hn-award-receiver").first()).containsText("Nhận: ");
        assertThat(hall.locator(".hn-award-receiver").nth(1)).hasText("Nhận thay: Lê Văn Thay, Phó Trưởng khoa");
        assertThat(hall.locator(".hn-hall-title")).isHidden();
        assertThat(mc.locator(".hn-mc-batch-position")).hasText("Đợt 1/3");
        assertThat(mc.locator(".hn-mc-batch-list li")).hasCount(10);
        assertThat(mc.locator(".hn-mc-absent")).hasCount(3);
        assertThat(mc.locator(".hn-mc-stand-in")).hasText("Nhận thay: Lê Văn Thay, Phó Trưởng khoa");
        assertThat(mc.locator(".hn-mc-next")).hasText("Mời đợt 2");
        screenshot(hall, "ceremony-hall-batch-1");
        screenshot(mc, "ceremony-mc-batch-1");

        mc.keyboard().press("PageDown");
        assertThat(hall.locator(".hn-award-position")).hasText("Đợt 2/3");
        assertThat(hall.locator(".hn-award-name")).hasCount(2);
        screenshot(hall, "ceremony-hall-batch-2");
        mc.keyboard().press("ArrowRight");
        assertThat(hall.locator(".hn-award-position")).hasText("Đợt 3/3");
        assertThat(mc.locator(".hn-mc-next")).hasText("Mục tiếp theo");
        assertThat(mc.locator(".hn-mc-batch-next")).containsText("đợt cuối");
        screenshot(hall, "ceremony-hall-batch-3");

        mc.keyboard().press("PageDown"); // past the last batch: the programme's next item takes the hall back
        assertThat(hall.locator(".hn-hall-title")).hasText(afterTitle);
        assertThat(hall.locator(".hn-award-screen")).isHidden();
        assertThat(mc.locator(".hn-mc-ceremony")).isHidden();
        mc.keyboard().press("PageUp"); // one key back: the last batch is on again
        assertThat(hall.locator(".hn-award-position")).hasText("Đợt 3/3");
        hall.context().close();

        // The committee's plan: batches with presenters, recipients with their flags and stand-ins.
        mc.navigate(url(conference, "awards"));
        mc.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Lễ trao thưởng")).click();
        assertThat(mc.locator(".hn-ceremony-presenter input").first()).hasValue(java.util.regex.Pattern.compile("^Mai Công Tâm.*"));
        assertThat(mc.locator(".hn-ceremony-recipients vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("Lê Văn Thay, Phó Trưởng khoa"))).hasCount(1);
        screenshot(mc, "ceremony-committee");

        mc.setViewportSize(1366, 768); // a laptop: the recipients' list keeps several rows in sight
        assertThat(mc.locator(".hn-ceremony-recipients")).isVisible();
        double listHeight = mc.locator(".hn-ceremony-recipients").boundingBox().height;
        org.assertj.core.api.Assertions.assertThat(listHeight).as("the recipients' list at 1366 × 768").isGreaterThan(300);
        Locator presenter = mc.locator(".hn-ceremony-presenter input").first();
        presenter.click();
        mc.keyboard().press("Escape"); // leaving the field keeps the leader chosen
        mc.keyboard().press("Escape");
        mc.locator(".hn-help").first().click();
        assertThat(presenter).hasValue(java.util.regex.Pattern.compile("^Mai Công Tâm.*"));
        screenshot(mc, "ceremony-committee-laptop");
        mc.close();
    }
}
