package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.TestData;
import vn.hoinghi.award.QuotaDraft;
import vn.hoinghi.award.QuotaService;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.unit.UnitService;

/**
 * The committee imports the units' 206 proposals, accepts the individuals until the quota of 152 is reached and
 * sees the quota's message; a unit's representative sees only its own proposals.
 */
class AwardsBrowserTest extends BrowserTest {

    static final String SAMPLE = "src/main/resources/demo/quang-tri-2021/de-nghi-khen-thuong.xlsx";

    @Autowired ConferenceService conferences;
    @Autowired QuotaService quotas;
    @Autowired UnitService units;
    @Autowired RunAs runAs;

    /** A conference of its own (the shared demo stays as it is), with the plan's quota. */
    private long conferenceFor() {
        return runAs.committee("bantochuc-kt", () -> {
            long c = conferences.create(TestData.conference(TestData.unique("Hội nghị sơ kết công tác phòng, chống dịch")));
            quotas.save(c, 0, Instant.now().plus(Duration.ofDays(7)), List.of(new QuotaDraft(null,
                    "Bằng khen của Chủ tịch UBND tỉnh", 45, 152)));
            return c;
        });
    }

    @Test
    void theCommitteeImportsTheProposalsAndAcceptsIndividualsUntilTheQuotaSaysNoMore() {
        String admin = accounts.ensure("admin-khenthuong", AppRoles.ADMIN);
        long id = conferenceFor();
        Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1366, 860));
        login(page, admin, TestAccounts.PASSWORD);
        page.navigate(url(id, "awards"));
        assertThat(page.locator(".hn-quota-line[data-type=INDIVIDUAL]")).containsText("Chỉ tiêu 152 · đã duyệt 0");

        page.getByText("Nhập từ tệp").click();
        page.locator("vaadin-upload input[type=file]").setInputFiles(Path.of(SAMPLE));
        assertThat(page.locator(".hn-import-summary")).hasText("Tệp “de-nghi-khen-thuong.xlsx”: 206 đề nghị sẽ được thêm"
                + " (48 tập thể, 158 cá nhân), 0 đề nghị đã có, 0 dòng lỗi.");
        assertThat(page.locator("vaadin-grid").last()).containsText("Khoa Truyền nhiễm, Bệnh viện Đa khoa tỉnh (38)");
        screenshot(page, "awards-import-preview");
        page.getByText("Nhập 206 đề nghị").click();
        assertThat(page.locator(".hn-count").first()).hasText("Hiển thị 206/206 đề nghị");

        combo(page, "Loại", "Cá nhân");
        assertThat(page.locator(".hn-count").first()).hasText("Hiển thị 158/206 đề nghị");
        page.locator("vaadin-grid.hn-nomination-grid vaadin-checkbox").first().click();
        page.getByText("Duyệt đã chọn", new Page.GetByTextOptions().setExact(true)).click();

        Locator alert = page.locator(".hn-quota-alert");
        assertThat(alert).containsText("Đã đủ chỉ tiêu cá nhân – Bằng khen của Chủ tịch UBND tỉnh: đã duyệt 152/152."
                + " Không thể duyệt thêm");
        assertThat(page.locator(".hn-quota-line[data-type=INDIVIDUAL]"))
                .containsText("Chỉ tiêu 152 · đã duyệt 152 · đề nghị 158 (chờ thẩm định 6)");
        assertThat(page.locator(".hn-quota-line[data-type=INDIVIDUAL] .hn-quota-full")).hasText("Còn lại 0");
        screenshot(page, "awards-quota-full");

        // One more, by hand from the form: refused with the same clear message.
        combo(page, "Trạng thái", "Chờ thẩm định");
        assertThat(page.locator(".hn-count").first()).hasText("Hiển thị 6/206 đề nghị");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Trần Ngọc Mai")).first().click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").getByText("Lịch sử").first()).isVisible();
        screenshot(page, "awards-nomination-dialog");
        page.locator("vaadin-dialog vaadin-button, vaadin-dialog-overlay vaadin-button").filter(
                new Locator.FilterOptions().setHasText("Duyệt")).last().click();
        assertThat(alert).containsText("Không thể duyệt thêm “Trần Ngọc Mai”");

        page.getByText("Quyết định", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Lập quyết định").first().click();
        page.getByLabel("Số quyết định").fill("2456/QĐ-UBND");
        page.getByLabel("Người ký", new Page.GetByLabelOptions().setExact(true)).fill("Lê Văn Thi");
        assertThat(page.getByText("Quyết định gồm 152 đề nghị đã duyệt: 0 tập thể, 152 cá nhân.")).isVisible();
        screenshot(page, "awards-decision-dialog");
        page.locator("vaadin-dialog vaadin-button, vaadin-dialog-overlay vaadin-button").filter(
                new Locator.FilterOptions().setHasText("Lập quyết định")).last().click();
        assertThat(page.locator("vaadin-grid").last()).containsText("2456/QĐ-UBND");
        screenshot(page, "awards-decisions");
        page.getByText("Nhật ký thay đổi").click();
        assertThat(page.locator("vaadin-grid.hn-award-history")).containsText("Đưa vào quyết định");
        screenshot(page, "awards-log");
        page.close();
    }

    @Test
    void aUnitSeesOnlyItsOwnProposals() {
        String admin = accounts.ensure("admin-khenthuong-2", AppRoles.ADMIN);
        long id = conferenceFor();
        long health = runAs.committee("bantochuc-kt", () -> units.findOrCreate(id, "Sở Y tế").id());
        String unit = accounts.unitServing("soyte-khenthuong", health, id);
        runAs.role(admin, AppRoles.ADMIN, () -> conferences.get(id));
        Page committee = browser.newPage();
        login(committee, admin, TestAccounts.PASSWORD);
        committee.navigate(url(id, "awards"));
        committee.getByText("Nhập từ tệp").click();
        committee.locator("vaadin-upload input[type=file]").setInputFiles(Path.of(SAMPLE));
        committee.getByText("Nhập 206 đề nghị").click();
        assertThat(committee.locator(".hn-count").first()).hasText("Hiển thị 206/206 đề nghị");
        committee.close();

        Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1366, 800));
        login(page, unit, TestAccounts.PASSWORD);
        page.navigate(url(id, "my-nominations"));
        assertThat(page.locator("h2")).hasText("Đề nghị khen thưởng");
        assertThat(page.locator(".hn-unit-open")).containsText("Sở Y tế · Đơn vị nộp, sửa, rút đề nghị đến");
        assertThat(page.locator(".hn-count").first()).hasText("Hiển thị 17/17 đề nghị");
        assertThat(page.locator("vaadin-grid")).not().containsText("Công an tỉnh");
        screenshot(page, "awards-unit");
        page.navigate(url(id, "awards"));
        assertThat(page.locator(".hn-quota-summary")).hasCount(0);
        page.close();
    }

    private static void combo(Page page, String placeholder, String item) {
        page.locator("vaadin-combo-box[placeholder='" + placeholder + "'] input").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }
}
