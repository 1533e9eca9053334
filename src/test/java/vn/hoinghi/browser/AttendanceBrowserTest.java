package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.gate.ScannerService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.InvitationStatus;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.LiveDelay;

/**
 * The committee's board on a desk and the MC's page on a phone are open; a leader's invitation is scanned at the
 * gate in another browser. Both pages show the leader within a second of the stored check-in, without a reload.
 */
class AttendanceBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-diemdanh";
    private static final String GATE = "cong-diemdanh";
    private static final String MC = "dan-chuong-trinh";
    /** Notes (in the page's own clock, the machine's) when the watched condition first holds. */
    private static final String WATCH = """
            ([selector, text, count]) => {
              window.__hnSeen = null;
              const holds = () => {
                const list = document.querySelector(selector);
                const number = document.querySelector('.hn-att-present .hn-att-number');
                return !!list && list.textContent.includes(text) && (count == null || (!!number && number.textContent === count));
              };
              const check = () => { if (!window.__hnSeen && holds()) window.__hnSeen = Date.now(); };
              new MutationObserver(check).observe(document.body, {subtree: true, childList: true, characterData: true});
              const poll = setInterval(() => { check(); if (window.__hnSeen) clearInterval(poll); }, 10);
            }""";

    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired ImportFixture fixture;
    @Autowired CheckinService checkins;
    @Autowired ScannerService scanners;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;

    private Page as(String username, String role, long conference, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        accounts.serving(username, role, conference);
        Page page = context.newPage();
        login(page, username, TestAccounts.PASSWORD);
        return page;
    }

    /** The Quảng Trị sample list, an hour into the morning: some leaders in (one sent a substitute, one at a remote point), some others. */
    private long morning() {
        return runAs.role(ADMIN, AppRoles.ADMIN, () -> {
            long id = fixture.quangTriWithSampleDelegates();
            List<Delegate> all = delegates.list(id, DelegateFilter.all());
            Delegate remote = all.stream().filter(d -> d.fullName().equals("Phan Minh Lực")).findFirst().orElseThrow();
            tx.executeWithoutResult(t -> dsl.update(DELEGATE).set(DELEGATE.PROTOCOL_RANK, 14)
                    .where(DELEGATE.ID.eq(remote.id())).execute());
            Delegate sends = all.stream().filter(d -> d.fullName().equals("Lý Đình Tâm")).findFirst().orElseThrow();
            delegates.setSubstitute(sends.id(), sends.version(), "Lê Văn Thay", "Chánh Văn phòng", "0912345678");
            delegates.setStatus(List.of(all.get(4).id()), InvitationStatus.DECLINED);
            for (int i = 0; i < all.size(); i++) {
                Delegate d = all.get(i);
                boolean leader = d.protocolRank() != null;
                if (d.id() == remote.id() || (leader ? List.of(2, 3, 6, 9).contains(d.protocolRank()) : i % 3 == 0)) {
                    checkins.checkInFound(id, d.id(), d.atHall() ? (i % 2 == 0 ? "Cổng chính" : "Cổng phụ") : "Điểm cầu");
                }
            }
            return id;
        });
    }

    @Test
    void aCheckInAtTheGateReachesTheBoardAndTheMcWithinASecond() {
        long conference = morning();
        Delegate leader = runAs.role(ADMIN, AppRoles.ADMIN, () -> delegates.list(conference,
                        new DelegateFilter("Mai Công Tâm", null, null, null, null, null, false)).getFirst());
        Page board = as(ADMIN, AppRoles.ADMIN, conference, 1366, 2000);
        board.navigate(url(conference, "attendance"));
        Locator present = board.locator(".hn-att-present .hn-att-number");
        assertThat(board.locator(".hn-att-points vaadin-grid")).containsText("Hội trường UBND tỉnh");
        assertThat(board.locator(".hn-att-leaders")).containsText(leader.fullName());
        int before = Integer.parseInt(present.textContent().strip());

        Page mc = as(MC, AppRoles.MC, conference, 390, 844);
        mc.navigate(url(conference, "attendance/mc"));
        assertThat(mc.locator(".hn-mc-title")).hasText("Giới thiệu đại biểu");
        assertThat(mc.locator(".hn-mc-waiting")).containsText(leader.fullName());
        assertThat(mc.locator(".hn-intro-list")).not().containsText(leader.fullName());

        Page gate = as(GATE, AppRoles.GATE, conference, 1024, 768);
        gate.navigate(url(conference, "gate"));
        assertThat(gate.locator("vaadin-text-field.hn-gate-code input")).isFocused();
        assertThat(gate.locator(".hn-navigation")).not().containsText("Tình hình đại biểu");

        board.evaluate(WATCH, java.util.List.of(".hn-att-intro", leader.fullName(), Integer.toString(before + 1)));
        mc.evaluate(WATCH, java.util.Arrays.asList(".hn-intro-list", leader.fullName(), null));
        gate.keyboard().type(codes.code(leader));
        long pressed = System.currentTimeMillis();
        gate.keyboard().press("Enter");
        assertThat(gate.locator(".hn-gate-result")).containsText(leader.fullName());

        assertThat(present).hasText(Integer.toString(before + 1));
        assertThat(board.locator(".hn-att-intro .hn-intro-list")).containsText(leader.fullName());
        assertThat(mc.locator(".hn-intro-list")).containsText(leader.fullName());
        long shownOnBoard = ((Number) board.evaluate("window.__hnSeen")).longValue();
        long shownOnPhone = ((Number) mc.evaluate("window.__hnSeen")).longValue();
        Instant stored = runAs.role(ADMIN, AppRoles.ADMIN, () -> delegates.get(leader.id()).orElseThrow().checkedInAt());
        long boardDelay = shownOnBoard - stored.toEpochMilli();
        long phoneDelay = shownOnPhone - stored.toEpochMilli();
        LiveDelay.report("attendance-board-after-gate-checkin", boardDelay);
        LiveDelay.report("attendance-mc-phone-after-gate-checkin", phoneDelay);
        LiveDelay.report("attendance-board-after-enter-at-gate", shownOnBoard - pressed);
        assertThat(mc.locator(".hn-intro-new")).containsText(leader.fullName());
        assertThat(mc.locator(".hn-mc-waiting")).not().containsText(leader.fullName());

        com.microsoft.playwright.Download sheet = board.waitForDownload(() -> board.getByText("Tải Excel").click());
        assertThat(sheet.suggestedFilename()).isEqualTo("diem-danh-dai-bieu.xlsx");
        assertThat(sheet.path().toFile().length()).isGreaterThan(3000L);
        board.waitForTimeout(300);
        screenshot(board, "attendance-desktop");
        mc.waitForTimeout(300);
        screenshot(mc, "attendance-mc-phone");
        mc.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots/attendance-mc-phone-full.png")));
        Number overflow = (Number) mc.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);

        gate.navigate(url(conference, "attendance"));
        assertThat(gate.locator(".hn-att")).hasCount(0);
        gate.navigate(url(conference, "attendance/mc"));
        assertThat(gate.locator(".hn-mc")).hasCount(0);
        runAs.role(ADMIN, AppRoles.ADMIN, () -> { // an answer by phone: the board recounts by itself
            delegates.setStatus(List.of(delegates.list(conference, new DelegateFilter("Trương Quốc Kiên", null, null,
                    null, null, null, false)).getFirst().id()), InvitationStatus.DECLINED);
            return null;
        });
        assertThat(board.locator(".hn-att-declined .hn-att-number")).hasText("2");
        board.context().close();
        mc.context().close();
        gate.context().close();
    }

    @Test
    void aKioskScanWrittenWithItsGroupReachesTheBoardWithinASecond() throws Exception {
        long conference = morning();
        Delegate leader = runAs.role(ADMIN, AppRoles.ADMIN, () -> delegates.list(conference,
                new DelegateFilter("Mai Công Tâm", null, null, null, null, null, false)).getFirst());
        String token = runAs.role(ADMIN, AppRoles.ADMIN, () -> scanners.register(conference, "Ki-ốt sảnh", "Cổng chính").token());
        Page board = as(ADMIN, AppRoles.ADMIN, conference, 1366, 2000);
        board.navigate(url(conference, "attendance"));
        Locator present = board.locator(".hn-att-present .hn-att-number");
        assertThat(board.locator(".hn-att-leaders")).containsText(leader.fullName());
        int before = Integer.parseInt(present.textContent().strip());
        board.evaluate(WATCH, java.util.List.of(".hn-att-intro", leader.fullName(), Integer.toString(before + 1)));

        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("api/scan")))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"code\":\"" + codes.code(leader) + "\",\"requestId\":\"kiosk-1\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.body()).contains("\"result\":\"ok\"", "\"gate\":\"Cổng chính\"");
        assertThat(present).hasText(Integer.toString(before + 1));
        assertThat(board.locator(".hn-att-intro .hn-intro-list")).containsText(leader.fullName());
        long shown = ((Number) board.evaluate("window.__hnSeen")).longValue();
        Instant stored = runAs.role(ADMIN, AppRoles.ADMIN, () -> delegates.get(leader.id()).orElseThrow().checkedInAt());
        LiveDelay.report("attendance-board-after-kiosk-checkin", shown - stored.toEpochMilli());
        board.context().close();
    }
}
