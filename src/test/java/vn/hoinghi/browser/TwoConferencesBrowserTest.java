package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.TestData;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;

/**
 * One account on two conferences at once, as a committee works when two plans overlap: two tabs of one session and
 * a second session, each on the conference of its own address. Each conference gets only its own rows, whichever
 * page was opened last.
 */
class TwoConferencesBrowserTest extends BrowserTest {

    static final String POINTS = "src/main/resources/demo/quang-tri-2021/diem-cau.xlsx";
    static final String AGENDA = """
            STT,Nội dung,Người thực hiện,Thời lượng (phút),Loại
            1,"Tuyên bố lý do, giới thiệu đại biểu",Người dẫn chương trình,5,Nghi thức
            2,Phát biểu khai mạc,Chủ tịch UBND tỉnh,10,Phát biểu
            3,Báo cáo sơ kết,Sở Y tế,20,Báo cáo
            """;

    @Autowired PointService points;
    @Autowired AgendaService agenda;

    @Test
    void twoTabsAndTwoSessionsOfOneAccountEachWriteOnlyIntoTheConferenceOfTheirAddress() {
        String admin = accounts.ensure("admin-hai-hoi-nghi", AppRoles.ADMIN);
        String eastTitle = TestData.unique("Hội nghị sơ kết phía Đông");
        String westTitle = TestData.unique("Hội nghị sơ kết phía Tây");
        long east = runAs.committee(admin, () -> conferences.create(TestData.conference(eastTitle)));
        long west = runAs.committee(admin, () -> conferences.create(TestData.conference(westTitle)));

        BrowserContext first = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
        Page tabEast = first.newPage();
        login(tabEast, admin, TestAccounts.PASSWORD);
        Page tabWest = first.newPage(); // a second tab of the same session
        BrowserContext second = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
        Page otherSession = second.newPage();
        login(otherSession, admin, TestAccounts.PASSWORD);

        // The east tab opens its import; then the account opens the west conference in a second tab and a second
        // session, so the account's last conference is the west one while the east dialog is still open.
        tabEast.navigate(url(east, "points"));
        assertThat(tabEast.locator(".hn-current-conference")).hasText(eastTitle);
        tabEast.getByText("Nhập từ tệp").click();
        assertThat(tabEast.locator(".hn-dialog-conference")).hasText("Hội nghị: " + eastTitle);
        tabWest.navigate(url(west, "agenda"));
        assertThat(tabWest.locator(".hn-current-conference")).hasText(westTitle);
        otherSession.navigate(url(west, "points"));

        tabEast.locator("vaadin-upload input[type=file]").setInputFiles(Path.of(POINTS));
        screenshot(tabEast, "two-conferences-east-preview");
        tabEast.locator("vaadin-button").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("Nhập [1-9][0-9]* dòng"))).click();
        assertThat(tabEast.locator(".hn-count")).containsText("11 điểm cầu, 0 đại biểu");

        otherSession.getByText("Thêm điểm cầu").click();
        otherSession.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Tên điểm cầu"))
                .locator("input").fill("Điểm cầu xã Tân Lập");
        otherSession.getByText("Lưu", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(otherSession.locator("vaadin-grid")).containsText("Điểm cầu xã Tân Lập");

        tabWest.getByText("Nhập chương trình từ tệp").click();
        assertThat(tabWest.locator(".hn-dialog-conference")).hasText("Hội nghị: " + westTitle);
        tabWest.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("chuong-trinh.csv", "text/csv",
                AGENDA.getBytes(StandardCharsets.UTF_8)));
        tabWest.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Nhập 3 mục")).click();
        assertThat(tabWest.locator(".hn-agenda-summary")).containsText("3 mục");
        screenshot(tabEast, "two-conferences-east");
        screenshot(tabWest, "two-conferences-west");

        List<String> eastPoints = runAs.committee(admin, () -> points.list(east)).stream().map(MeetingPoint::name).toList();
        List<String> westPoints = runAs.committee(admin, () -> points.list(west)).stream().map(MeetingPoint::name).toList();
        assertThat(eastPoints).hasSize(11).contains("Điểm cầu UBND huyện Đakrông").doesNotContain("Điểm cầu xã Tân Lập");
        assertThat(westPoints).hasSize(2).contains("Điểm cầu xã Tân Lập").doesNotContain("Điểm cầu UBND huyện Đakrông");
        assertThat(runAs.committee(admin, () -> agenda.agenda(east)).items()).isEmpty();
        assertThat(runAs.committee(admin, () -> agenda.agenda(west)).items()).hasSize(3);

        // Back to the east tab after all that: it still shows, and works on, the east conference.
        tabEast.reload();
        assertThat(tabEast.locator(".hn-current-conference")).hasText(eastTitle);
        assertThat(tabEast.locator(".hn-count")).containsText("11 điểm cầu, 0 đại biểu");
        first.close();
        second.close();
    }
}
