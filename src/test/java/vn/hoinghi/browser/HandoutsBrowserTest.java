package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.GroupService;
import vn.hoinghi.handout.Handout;
import vn.hoinghi.handout.HandoutAudience;
import vn.hoinghi.handout.HandoutService;
import vn.hoinghi.submission.SampleFiles;

/**
 * The committee, on a laptop (1366×768), uploads a guide for the province's leaders to the demo conference, adds the
 * programme the app makes, gives the guide to the group "Lãnh đạo tỉnh" only and publishes it; a text renamed .pdf is
 * refused under the upload, naming the file.
 */
class HandoutsBrowserTest extends BrowserTest {

    @Autowired HandoutService handouts;
    @Autowired GroupService groups;

    private Locator row(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    @Test
    void theCommitteeUploadsADocumentGivesItToOneGroupAndPublishesIt() throws Exception {
        Page page = withDemo("admin-tailieu", 1366, 768);
        page.navigate(url(demoConference(), "documents"));
        assertThat(page.locator("h2")).hasText("Tài liệu hội nghị");

        Path fake = Files.createTempFile("gia-mao", ".pdf");
        Files.writeString(fake, "không phải PDF");
        page.locator("vaadin-upload input[type=file]").setInputFiles(fake);
        assertThat(page.locator(".hn-upload-error")).containsText(fake.getFileName().toString());

        Path guide = Files.createTempFile("huong-dan", ".pdf");
        Files.write(guide, SampleFiles.pdf("Hướng dẫn dành cho đại biểu", 2));
        page.getByLabel("Tiêu đề tài liệu").fill("Hướng dẫn dành cho lãnh đạo tỉnh");
        page.locator("vaadin-upload input[type=file]").setInputFiles(guide);
        assertThat(row(page, "Hướng dẫn dành cho lãnh đạo tỉnh")).isVisible();
        assertThat(page.locator(".hn-upload-error")).isHidden();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Chương trình")).first().click();
        assertThat(row(page, "Chương trình hội nghị")).isVisible();
        assertThat(row(page, "Bản nháp")).isVisible();

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Sửa…")).first().click();
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Một số thành phần")).click();
        page.locator("vaadin-multi-select-combo-box input").fill("Lãnh đạo tỉnh");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Lãnh đạo tỉnh"))
                .first().click();
        page.keyboard().press("Escape");
        screenshot(page, "handouts-audience");
        page.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Lưu")).first().click();
        assertThat(row(page, "Lãnh đạo tỉnh")).isVisible();

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Công bố")).first().click();
        assertThat(row(page, "Đã công bố")).isVisible();
        assertThat(row(page, "0 người đã tải")).isVisible();
        screenshot(page, "handouts-desktop");

        Handout guideRow = runAs.committee("browser-test", () -> handouts.list(demoConference())).stream()
                .filter(h -> h.title().equals("Hướng dẫn dành cho lãnh đạo tỉnh")).findFirst().orElseThrow();
        long leaders = runAs.committee("browser-test", () -> groups.list(demoConference())).stream()
                .filter(g -> g.name().equals("Lãnh đạo tỉnh")).map(CompositionGroup::id).findFirst().orElseThrow();
        assertThat(guideRow.published()).isTrue();
        assertThat(guideRow.audience()).isEqualTo(HandoutAudience.GROUPS);
        assertThat(guideRow.groupIds()).containsExactly(leaders);
        assertThat(guideRow.fileName()).isEqualTo(guide.getFileName().toString());
        page.close();
    }
}
