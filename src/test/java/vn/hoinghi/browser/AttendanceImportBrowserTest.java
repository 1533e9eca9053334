package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.attendance.AttendanceService;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.ImportPreview;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * The attendance board is open on a conference with its points and no delegates yet; the committee imports the
 * delegate list into that conference. The board's expected figures follow without a reload.
 */
class AttendanceImportBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin-nhapdanhsach";
    /** Notes (in the page's own clock, the machine's) when the board first shows this many expected. */
    private static final String WATCH = """
            (expected) => {
              window.__hnSeen = null;
              const holds = () => {
                const label = document.querySelector('.hn-att-present .hn-att-label');
                return !!label && label.textContent.includes('/ ' + expected + ' ');
              };
              const check = () => { if (!window.__hnSeen && holds()) window.__hnSeen = Date.now(); };
              new MutationObserver(check).observe(document.body, {subtree: true, childList: true, characterData: true});
              const poll = setInterval(() => { check(); if (window.__hnSeen) clearInterval(poll); }, 10);
            }""";

    @Autowired ImportFixture fixture;
    @Autowired DelegateImportService importer;
    @Autowired AttendanceService attendance;
    @Autowired TransactionTemplate tx;

    @Test
    void anImportedListReachesTheOpenBoard() {
        long conference = runAs.role(ADMIN, AppRoles.ADMIN, fixture::conferenceWithPoints);
        ImportPreview preview = runAs.role(ADMIN, AppRoles.ADMIN, () -> fixture.preview(conference, "dai-bieu.xlsx"));
        int expected = (int) preview.count(ImportAction.ADD);
        accounts.ensure(ADMIN, AppRoles.ADMIN);
        Page board = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 2000)).newPage();
        login(board, ADMIN, TestAccounts.PASSWORD);
        board.navigate(url(conference, "attendance"));
        Locator label = board.locator(".hn-att-present .hn-att-label");
        assertThat(label).containsText("/ 0 ");
        board.evaluate(WATCH, expected);

        AtomicLong committed = new AtomicLong();
        runAs.role(ADMIN, AppRoles.ADMIN, () -> tx.execute(status -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.set(System.currentTimeMillis());
                }
            });
            return importer.commit(preview);
        }));

        assertThat(label).containsText("/ " + expected + " ");
        long shown = ((Number) board.evaluate("window.__hnSeen")).longValue();
        LiveDelay.report("attendance-board-after-import", shown - committed.get());
        assertThat(runAs.role(ADMIN, AppRoles.ADMIN, () -> attendance.summary(conference)).total().expected())
                .as("what the board shows is what is stored").isEqualTo(expected);
        screenshot(board, "attendance-after-import");
        board.context().close();
    }
}
