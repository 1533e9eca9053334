package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.TestData;
import vn.hoinghi.unit.UnitService;

/**
 * Issue 25's "done when": with Quảng Trị's units (the demo) and Kiên Giang's in one directory, a Kiên Giang
 * conference's unit picker offers only Kiên Giang's units, and the directory page shows and filters by province.
 */
class UnitProvincesBrowserTest extends BrowserTest {

    @Autowired UnitService units;

    @Test
    void aConferencesUnitPickerOffersOnlyItsProvincesUnits() {
        Page page = withDemo("admin-tinh-thanh", 1366, 900);
        String province = TestData.unique("Kiên Giang"); // the suite's other tests fill "Kiên Giang" with the samples' units
        long kienGiang = runAs.committee("browser-test", () -> {
            var draft = TestData.conference(TestData.unique("Hội nghị sơ kết tỉnh Kiên Giang"));
            draft.setProvince(province);
            long id = conferences.create(draft);
            units.findOrCreateAll(id, List.of("Sở Y tế", "UBND huyện Châu Thành", "UBND huyện Giồng Riềng"));
            return id;
        });

        page.navigate(url(kienGiang, "tasks"));
        page.locator("vaadin-button.hn-tasks-add").click();
        Locator lead = page.locator("vaadin-combo-box input");
        lead.fill("huyện");
        Locator items = page.locator("vaadin-combo-box-item");
        assertThat(items.filter(new Locator.FilterOptions().setHasText("UBND huyện Châu Thành"))).hasCount(1);
        assertThat(items.filter(new Locator.FilterOptions().setHasText("UBND huyện Giồng Riềng"))).hasCount(1);
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Đakrông"))).hasCount(0);
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Triệu Phong"))).hasCount(0);
        screenshot(page, "units-picker-kien-giang");
        lead.fill("Sở Y tế");
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Sở Y tế"))).hasCount(1);
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");

        page.navigate(url(demoConference(), "tasks"));
        page.locator("vaadin-button.hn-tasks-add").click();
        // The demo's province has many districts, more than the list draws at once: each is looked for by name.
        page.locator("vaadin-combo-box input").fill("Đakrông");
        assertThat(items.filter(new Locator.FilterOptions().setHasText("UBND huyện Đakrông"))).hasCount(1);
        page.locator("vaadin-combo-box input").fill("Châu Thành");
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Châu Thành"))).hasCount(0);
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");

        // The directory opens on the province of the conference opened last (the demo's); cleared, it lists every one.
        page.navigate(url("units"));
        // The grid keeps the cells of rows it no longer shows: only the visible ones count.
        Locator cells = page.locator("vaadin-grid-cell-content >> visible=true");
        Locator provinces = page.locator("vaadin-combo-box.hn-units-province");
        Locator search = page.locator("input[placeholder='Tìm theo tên (gõ không dấu cũng được)']");
        assertThat(provinces.locator("input")).hasValue("Quảng Trị");
        search.fill("so y te");
        search.press("Tab");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Ban Dân vận"))).hasCount(0);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Sở Y tế")).first()).isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Kiên Giang"))).hasCount(0);
        provinces.locator("input").fill("");
        provinces.locator("input").press("Tab");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Kiên Giang")).first()).isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Quảng Trị")).first()).isVisible();
        screenshot(page, "units-directory-every-province");
        provinces.locator("input").fill(province);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(province)).first().click();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Quảng Trị"))).hasCount(0);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Kiên Giang")).first()).isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Sở Y tế")).first()).isVisible();
        screenshot(page, "units-directory-kien-giang");
        page.close();
    }
}
