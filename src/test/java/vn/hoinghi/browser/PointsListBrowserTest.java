package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.TestData;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointBulkService;
import vn.hoinghi.point.PointDraft;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * The committee narrows 60 points to one cluster (the filter lands in the address, and a reload keeps it), chooses
 * them all and moves them to a new cluster in one step, on a laptop's 1366×768 screen.
 */
class PointsListBrowserTest extends BrowserTest {

    @Autowired PointService points;
    @Autowired PointImportService importer;
    @Autowired PointBulkService bulk;

    @Test
    void theCommitteeFiltersByClusterAndMovesTheChosenPointsToANewCluster() {
        String admin = accounts.ensure("admin-cum", AppRoles.ADMIN);
        long conference = runAs.committee(admin, () -> {
            long id = conferences.create(TestData.conference(TestData.unique("Hội nghị các cụm")));
            IntStream.rangeClosed(1, 60).forEach(i -> points.create(id, new PointDraft("Điểm cầu xã Thử " + i,
                    null, null, null, null, 10, null, "Cụm " + (i % 6 + 1), null, null)));
            return id;
        });
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        login(page, admin, TestAccounts.PASSWORD);
        page.navigate(url(conference, "points"));
        assertThat(page.locator(".hn-count")).containsText("61 điểm cầu");

        page.locator("vaadin-combo-box[placeholder='Cụm'] input").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Cụm 2")).first().click();
        assertThat(page.locator(".hn-count")).containsText("10 điểm cầu");
        page.waitForURL(url -> url.contains("cluster="));
        page.reload();
        assertThat(page.locator(".hn-count")).containsText("10 điểm cầu");
        screenshot(page, "points-cluster-filter");

        page.locator("vaadin-grid #selectAllCheckbox").click();
        assertThat(page.locator(".hn-points-chosen")).hasText("Đã chọn 10 điểm cầu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xếp cụm")).click();
        Locator box = page.locator("vaadin-dialog-overlay vaadin-combo-box input, vaadin-dialog vaadin-combo-box input")
                .first();
        box.fill("Cụm Hiếu Giang");
        box.press("Enter");
        screenshot(page, "points-set-cluster");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByText("Đã xếp cụm cho 10 điểm cầu.").first()).isVisible();
        assertThat(page.locator(".hn-count")).hasText(Pattern.compile("^0 điểm cầu"));

        assertThat(runAs.committee(admin, () -> points.list(conference)).stream()
                .filter(p -> "Cụm Hiếu Giang".equals(p.cluster())).map(MeetingPoint::name))
                .hasSize(10).allMatch(name -> name.startsWith("Điểm cầu xã Thử "));
        page.close();
    }

    /**
     * The page as the committee sees it with the 2025 sheet's 79 points and with 250, on a laptop and on a phone
     * (screenshots in target/screenshots); a few points withdrawn, one search typed without diacritics.
     */
    @Test
    void thePageAtCommuneScaleOnALaptopAndAPhone() throws Exception {
        String admin = accounts.ensure("admin-diem-cau-2025", AppRoles.ADMIN);
        byte[] sheet = Files.readAllBytes(Path.of("src/main/resources/demo/quang-tri-2025/diem-cau.csv"));
        long sheet2025 = runAs.committee(admin, () -> {
            long id = conferences.create(TestData.conference(TestData.unique("Hội nghị tổng kết 2025")));
            importer.commit(id, importer.preview(id, "diem-cau.csv", sheet));
            List<Long> some = points.list(id).stream().filter(p -> !p.hall()).limit(3).map(MeetingPoint::id).toList();
            bulk.withdraw(id, some);
            return id;
        });
        long large = runAs.committee(admin, () -> {
            long id = conferences.create(TestData.conference(TestData.unique("Hội nghị 250 điểm cầu")));
            IntStream.rangeClosed(1, 249).forEach(i -> points.create(id, new PointDraft((i % 3 == 0 ? "Điểm cầu phường "
                    : "Điểm cầu xã ") + "Số " + i, null, "Hội trường UBND", "Nguyễn Văn Kỹ " + i, "0912000" + (100 + i),
                    20, null, "Cụm " + (i % 18 + 1), null, null)));
            return id;
        });
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        login(page, admin, TestAccounts.PASSWORD);
        for (var look : List.of(List.of(sheet2025, "points-2025", "79 điểm cầu"), List.of(large, "points-250", "250 điểm cầu"))) {
            long conference = (long) look.get(0);
            page.setViewportSize(1366, 768);
            page.navigate(url(conference, "points"));
            assertThat(page.locator(".hn-count")).containsText((String) look.get(2));
            screenshot(page, look.get(1) + "-laptop");
            page.setViewportSize(390, 844);
            page.waitForTimeout(500);
            screenshot(page, look.get(1) + "-phone");
        }
        page.setViewportSize(1366, 768);
        page.navigate(url(sheet2025, "points") + "?q=dong+ha");
        assertThat(page.locator("vaadin-grid")).containsText("Đông Hà");
        screenshot(page, "points-2025-search");
        page.navigate(url(sheet2025, "points") + "?withdrawn=true");
        assertThat(page.locator(".hn-count")).containsText("3 điểm cầu");
        page.locator("vaadin-grid #selectAllCheckbox").click();
        assertThat(page.locator(".hn-points-chosen")).hasText("Đã chọn 3 điểm cầu");
        screenshot(page, "points-2025-withdrawn-chosen");
        page.close();
    }
}
