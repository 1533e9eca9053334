package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.followup.FollowUpService;
import vn.hoinghi.invitation.PdfAssertions;

/**
 * The committee opens the demo's tasks, adds one from the conclusion that is already late, sees it among the
 * overdue ones in red, marks another done in the list, and downloads the conclusion notice listing it.
 */
class TasksBrowserTest extends BrowserTest {

    @Autowired FollowUpService tasks;

    private Locator row(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    @Test
    void theCommitteeAddsATaskSeesTheOverdueOnesAndDownloadsTheNotice() throws Exception {
        Page page = withDemo("admin-nhiemvu", 1366, 900);
        page.navigate(url(demoConference(), "tasks"));
        assertThat(row(page, "Chuẩn bị 01 tham luận về hoạt động của chốt kiểm soát y tế")).isVisible();
        assertThat(page.locator(".hn-tasks-overdue-count")).hasText("3 quá hạn");
        screenshot(page, "tasks-desktop");

        page.locator("vaadin-button.hn-tasks-add").click();
        Locator dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog").filter(
                new Locator.FilterOptions().setHasText("Nội dung nhiệm vụ")).first();
        page.getByLabel("Nội dung nhiệm vụ").fill("tham mưu UBND tỉnh sửa đổi quy chế thi đua, khen thưởng trong phòng, chống dịch");
        page.locator("vaadin-combo-box input").fill("Sở Nội vụ");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Sở Nội vụ")).first().click();
        page.getByLabel("Đơn vị phối hợp (ghi như trong văn bản)").fill("Ban Thi đua - Khen thưởng tỉnh");
        page.getByLabel("Hoàn thành trước ngày").fill("01/12/2021");
        page.getByLabel("Hoàn thành trước ngày").press("Enter");
        assertThat(page.locator(".hn-task-preview")).containsText("Trong thông báo: Giao Sở Nội vụ chủ trì, phối hợp với"
                + " Ban Thi đua - Khen thưởng tỉnh tham mưu UBND tỉnh sửa đổi quy chế");
        assertThat(page.locator(".hn-task-preview")).containsText("(hoàn thành trước ngày 01/12/2021).");
        screenshot(page, "tasks-dialog");
        page.locator("vaadin-button.hn-task-save").click();
        assertThat(dialog).isHidden();
        assertThat(page.locator(".hn-tasks-overdue-count")).hasText("4 quá hạn");

        page.locator("vaadin-checkbox.hn-tasks-overdue-only").click();
        assertThat(row(page, "sửa đổi quy chế thi đua")).isVisible();
        assertThat(row(page, "Chuẩn bị 01 tham luận")).isHidden();
        assertThat(page.locator(".hn-task-late >> visible=true")).hasCount(4);
        assertThat(page.locator(".hn-task-late >> visible=true").first()).containsText("Quá hạn");
        screenshot(page, "tasks-overdue");

        // The quick status change: the Đakrông task is done, and leaves the overdue list.
        long dakrong = runAs.committee("browser-test", () -> tasks.board(demoConference()).tasks().stream()
                .filter(t -> t.leadUnitName().equals("UBND huyện Đakrông")).findFirst().orElseThrow().id());
        page.locator("vaadin-select[data-task='" + dakrong + "'] >> visible=true").click();
        page.locator("vaadin-select-item >> visible=true").filter(new Locator.FilterOptions().setHasText("Hoàn thành")).click();
        assertThat(page.locator(".hn-tasks-overdue-count")).hasText("3 quá hạn");
        assertThat(row(page, "kiện toàn các Tổ COVID cộng đồng")).isHidden();

        page.locator("vaadin-button.hn-notice-open").click();
        assertThat(page.getByLabel("Trích yếu (Kết luận của … tại Hội nghị …)"))
                .hasValue("Kết luận của Phó Chủ tịch UBND tỉnh Hoàng Nam tại Hội nghị sơ kết công tác phòng, chống dịch COVID-19");
        assertThat(page.getByText("thông báo liệt kê theo thứ tự 6 nhiệm vụ")).isVisible();
        screenshot(page, "tasks-notice-dialog");
        Download download = page.waitForDownload(() -> page.locator(".hn-notice-dialog-pdf vaadin-button").click());
        assertThat(download.suggestedFilename()).isEqualTo("thong-bao-ket-luan.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        String text = PdfAssertions.text(pdf, 1) + " " + PdfAssertions.text(pdf, PdfAssertions.pages(pdf));
        assertThat(text).contains("THÔNG BÁO", "6. Giao Sở Nội vụ chủ trì, phối hợp với Ban Thi đua - Khen thưởng tỉnh"
                + " tham mưu UBND tỉnh sửa đổi quy chế", "Nơi nhận:", "Hoàng Nam");
        page.close();
    }
}
