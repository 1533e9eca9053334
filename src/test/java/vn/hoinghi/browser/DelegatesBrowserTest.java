package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committee prepares the delegate list: finds people without typing diacritics, checks a faulty file. */
class DelegatesBrowserTest extends BrowserTest {

    @Test
    void theCommitteeSearchesTheListAndPreviewsAFaultyFile() {
        Page page = withDemo("admin-daibieu", 1366, 800);

        page.navigate(url(demoConference(), "delegates"));
        assertThat(page.locator(".hn-count")).hasText("173 đại biểu");
        screenshot(page, "delegates");
        page.locator("input[placeholder^='Tìm tên']").fill("mai cong tam");
        assertThat(page.locator(".hn-count")).hasText("1 đại biểu");
        assertThat(page.locator("vaadin-grid")).containsText("Mai Công Tâm");

        page.getByText("Nhập từ tệp").click();
        page.locator("vaadin-upload input[type=file]").setInputFiles(Path.of("src/main/resources/demo/quang-tri-2021/dai-bieu-co-loi.csv"));
        assertThat(page.getByText("7 dòng không đổi, 5 dòng lỗi").first()).isVisible();
        assertThat(page.getByText("Thiếu họ và tên.").first()).isVisible();
        screenshot(page, "delegates-import-preview");
        page.setViewportSize(390, 844); // on a phone too, each refusal reads whole, wrapped, never cut to "…"
        page.waitForTimeout(500);
        Object cut = page.locator("vaadin-grid.hn-row-problems").evaluate("grid => [...grid.querySelectorAll("
                + "'vaadin-grid-cell-content')].filter(c => c.textContent.trim() && c.scrollWidth > c.clientWidth + 1)"
                + ".map(c => c.textContent.trim())");
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) cut).as("refusal cells cut short").isEmpty();
        page.locator("vaadin-grid.hn-row-problems").scrollIntoViewIfNeeded();
        screenshot(page, "delegates-import-preview-phone");
        page.close();
    }

    @Test
    void thePointsPageShowsEachPointWithItsDelegates() {
        Page page = withDemo("admin-diemcau", 1366, 800);

        page.navigate(url(demoConference(), "points"));
        assertThat(page.locator(".hn-count")).containsText("11 điểm cầu, 173 đại biểu");
        assertThat(page.locator("vaadin-grid")).containsText("Điểm cầu UBND huyện Đakrông");
        screenshot(page, "points");
        page.close();
    }

    @Test
    void theHallIsSeatedWithTheLeadersInFront() {
        Page page = withDemo("admin-xepcho", 1600, 1000);

        page.navigate(url(demoConference(), "seating"));
        page.locator("vaadin-integer-field").nth(0).locator("input").fill("10");
        page.locator("vaadin-integer-field").nth(1).locator("input").fill("12");
        page.locator("vaadin-integer-field").nth(2).locator("input").fill("2");
        page.getByText("Tạo sơ đồ ghế").click();
        page.getByText("Xếp chỗ tự động").click();
        assertThat(page.locator(".hn-count")).containsText("/120 ghế");
        assertThat(page.locator(".hn-seat-row").first()).containsText("Công Tâm");
        screenshot(page, "seating");
        page.close();
    }

    @Test
    void invitationsArePrintedAndMailedForAFilteredList() {
        Page page = withDemo("admin-giaymoi", 1366, 800);

        page.navigate(url(demoConference(), "invitations"));
        page.locator("input[placeholder^='Tìm tên']").fill("mai cong tam");
        assertThat(page.locator("vaadin-grid")).containsText("mctam@quangtri.gov.vn");
        page.getByText("In giấy mời (PDF)").click();
        assertThat(page.getByText("Tải giấy mời").first()).isVisible();

        page.getByText("Gửi giấy mời qua email").first().click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog vaadin-button[slot=confirm-button]")
                .first().click();
        assertThat(page.getByText("Đã gửi 1 thư").first()).isVisible();
        screenshot(page, "invitations");

        page.navigate(url(demoConference(), "outbox"));
        assertThat(page.locator("vaadin-grid")).containsText("mctam@quangtri.gov.vn");
        page.close();
    }
}
