package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.report.CellKey;
import vn.hoinghi.submission.report.FormTable;
import vn.hoinghi.submission.report.ReportFixture;
import vn.hoinghi.submission.report.ReportFormService;
import vn.hoinghi.submission.report.ReportTemplate;

/**
 * A district fills the Kiên Giang 2021 table on a phone and on a laptop: one input per typed cell, Tab along the row,
 * the total column and the total row worked out as it types and never inputs; what it saved reads back.
 */
class ReportTablesBrowserTest extends BrowserTest {

    @Autowired ReportFixture fixture;
    @Autowired ReportFormService forms;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"390, 844", "1366, 768"})
    void aUnitFillsTheKienGiangTableAndSeesItsTotalsAsItTypes(int width, int height) {
        long conference = fixture.conference(ReportTemplate.KIEN_GIANG_2021);
        FormTable table = fixture.committee(() -> forms.form(conference)).tablesInOrder().getFirst();
        long unit = fixture.unit("UBND huyện Phú Quốc");
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        login(page, fixture.account(conference, unit), TestAccounts.PASSWORD);
        page.navigate(url(conference, "my-report"));
        Locator first = input(page, table, 0, 0);
        first.scrollIntoViewIfNeeded();
        assertThat(page.locator(".hn-report-table thead")).containsText("Xử lý");
        assertThat(page.locator(".hn-report-table thead th[colspan='4']")).hasText("Xử lý");
        assertThat(page.locator(".hn-report-table input")).hasCount(15);
        for (int row = 0; row < 6; row++) {
            assertThat(field(page, table, row, 3)).hasCount(0);
        }
        for (int column = 0; column < 4; column++) {
            assertThat(field(page, table, 5, column)).hasCount(0);
        }

        first.focus();
        typeAlongTheRow(page, "120", "35", "8");
        assertThat(computed(page, table, 0, 3)).hasText("163");
        input(page, table, 1, 0).focus();
        typeAlongTheRow(page, "1500", "122");
        assertThat(input(page, table, 1, 0)).hasValue("1.500");
        assertThat(computed(page, table, 1, 3)).hasText("1.622");
        input(page, table, 4, 0).focus();
        typeAlongTheRow(page, "900");
        assertThat(computed(page, table, 5, 0)).hasText("1.620"); // row 5 is not in Tổng (1+2+3+4)
        assertThat(computed(page, table, 5, 1)).hasText("157");
        assertThat(computed(page, table, 5, 3)).hasText("1.785");
        assertThat(computed(page, table, 4, 3)).hasText("900");
        input(page, table, 2, 1).focus();
        typeAlongTheRow(page, "40");
        assertThat(computed(page, table, 5, 3)).hasText("1.825");
        assertThat(computed(page, table, 2, 3)).hasText("40");
        screenshot(page, "report-table-fill-" + width);

        if (width < 700) {
            Locator frame = page.locator(".hn-table-scroll");
            frame.evaluate("e => e.scrollLeft = e.scrollWidth");
            double frameLeft = frame.boundingBox().x;
            Locator heading = page.locator(".hn-report-table tbody th.hn-table-label").first();
            assertThat(heading.boundingBox().x).as("the row heading stays in view").isBetween(frameLeft, frameLeft + 60);
            screenshot(page, "report-table-scrolled-" + width);
        }

        page.locator("vaadin-button.hn-report-save").click();
        assertThat(page.locator(".hn-report-status")).containsText("Đang soạn");
        page.reload();
        assertThat(input(page, table, 1, 0)).hasValue("1.500");
        assertThat(input(page, table, 1, 1)).hasValue("122");
        assertThat(input(page, table, 1, 2)).hasValue("");
        assertThat(computed(page, table, 1, 3)).hasText("1.622");
        assertThat(computed(page, table, 5, 3)).hasText("1.825");
        page.close();
    }

    @Test
    void theCommitteeSeesTheTableAsItsShapeAndEditsItLineByLineWithMessagesAtTheirLine() {
        long conference = fixture.conference(ReportTemplate.KIEN_GIANG_2021);
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        login(page, accounts.ensure("admin-bang", AppRoles.ADMIN), TestAccounts.PASSWORD);
        page.navigate(url(conference, "reports"));
        page.getByText("Biểu mẫu số liệu").click();
        Locator grid = page.locator(".hn-form-panel vaadin-grid");
        assertThat(grid).containsText("Công tác tham mưu, chỉ đạo, điều hành");
        grid.evaluate("g => g.scrollToIndex(15)");
        assertThat(grid).containsText("Bảng 6 dòng × 4 cột");
        page.locator("vaadin-horizontal-layout[data-code='6.1'] vaadin-button").nth(2).click();
        Locator dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog").last();
        assertThat(page.locator(".hn-table-preview .hn-report-table thead th[colspan='4']")).hasText("Xử lý");
        assertThat(page.locator(".hn-table-preview .hn-report-table tbody tr")).hasCount(6);
        Locator rows = page.locator("vaadin-text-area.hn-table-rows textarea");
        assertThat(rows).hasValue("""
                1. Trở về từ nước ngoài
                2. Trở về từ các ổ dịch trong nước
                3. Tiếp xúc gần với ca bệnh xác định
                4. Công nhân, học sinh, người lao động về nghỉ Tết 2021
                5. Số trường hợp được xét nghiệm Covid-19 ở 04 nhóm đối tượng trên
                Tổng (1+2+3+4)""");
        page.waitForTimeout(800); // the dialog's opening animation
        screenshot(page, "report-table-dialog");

        rows.fill(rows.inputValue().replace("Tổng (1+2+3+4)", "Tổng (1+2+3+6)"));
        page.locator("vaadin-button.hn-table-save").click();
        assertThat(page.locator("vaadin-text-area.hn-table-rows")).hasAttribute("invalid", "");
        assertThat(page.locator("vaadin-text-area.hn-table-rows [slot=error-message]")).containsText(
                "dòng 6 «Tổng (1+2+3+6)»: không có dòng số 6 để cộng");
        screenshot(page, "report-table-dialog-error");
        rows.fill(rows.inputValue().replace("Tổng (1+2+3+6)", "6. Trường hợp khác\nTổng (1+2+3+4)"));
        assertThat(page.locator(".hn-table-preview .hn-report-table tbody tr")).hasCount(7);
        page.locator("vaadin-button.hn-table-save").click();
        grid.evaluate("g => g.scrollToIndex(15)");
        assertThat(grid).containsText("Bảng 7 dòng × 4 cột");
        assertThat(dialog).hasCount(0);
        page.close();
    }

    /** Types each value in the focused input and moves on with Tab. */
    private static void typeAlongTheRow(Page page, String... values) {
        for (String value : values) {
            page.keyboard().type(value);
            page.keyboard().press("Tab");
        }
    }

    private static Locator field(Page page, FormTable table, int row, int column) {
        return page.locator("vaadin-text-field[data-cell='" + key(table, row, column) + "']");
    }

    private static Locator input(Page page, FormTable table, int row, int column) {
        return field(page, table, row, column).locator("input");
    }

    private static Locator computed(Page page, FormTable table, int row, int column) {
        return page.locator(".hn-table-computed[data-cell='" + key(table, row, column) + "']");
    }

    private static String key(FormTable table, int row, int column) {
        return new CellKey(table.rows().get(row).id(), table.columns().get(column).id()).key();
    }
}
