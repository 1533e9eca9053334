package vn.hoinghi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.TestData;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.AssignmentDraft;
import vn.hoinghi.submission.AssignmentService;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionImportService;
import vn.hoinghi.submission.SampleFiles;
import vn.hoinghi.unit.UnitDraft;
import vn.hoinghi.unit.UnitKind;
import vn.hoinghi.unit.UnitLevel;
import vn.hoinghi.unit.TestUnits;
import vn.hoinghi.unit.UnitService;

/**
 * The flow: the health department's representative sends a PDF (a text renamed .pdf and an oversize file are
 * refused with the reason shown); the committee asks for changes with a comment; the unit reads it and sends v2; the
 * committee accepts it and has it spoken; the agenda shows the new item with the speaker. A conference of its own,
 * so the demo's agenda other tests count stays as it is.
 */
class ContributionsBrowserTest extends BrowserTest {

    static final String TOPIC = "Công tác hỗ trợ tỉnh Bình Dương chống dịch";
    static final String REMINDED = "vanthu-stttt@quangtri.example";
    static final String COMMENT = "Đề nghị bổ sung số liệu đoàn y tế và rút gọn còn 5 trang.";

    @Autowired UnitService units;
    @Autowired PointImportService points;
    @Autowired AgendaImportService agendaImport;
    @Autowired ContributionImportService contributionImport;
    @Autowired AssignmentService assignments;

    private long conferenceWithPlan(String admin, String unit) {
        long id = runAs.committee(admin, () -> {
            long c = conferences.create(TestData.quangTri());
            points.commit(c, points.preview(c, "diem-cau.xlsx", ImportFixture.sample("diem-cau.xlsx")));
            agendaImport.commit(agendaImport.preview(c, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv")), false);
            for (String name : new String[] {"Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Lao và Bệnh phổi tỉnh",
                    "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
                    "Sở Lao động - Thương binh và Xã hội", "UBND huyện Triệu Phong", "UBND huyện Đakrông", "UBND huyện Vĩnh Linh"}) {
                units.findOrCreate(c, name);
            }
            contributionImport.commit(contributionImport.preview(c, "tham-luan.xlsx", ImportFixture.sample("tham-luan.xlsx")));
            long information = units.create(new UnitDraft(TestData.unique("Sở Thông tin và Truyền thông thử"), "Quảng Trị", null,
                    UnitLevel.PROVINCE, UnitKind.DEPARTMENT, null, null, null, REMINDED));
            assignments.create(c, new AssignmentDraft(information, "Công tác thông tin, tuyên truyền",
                    java.time.LocalDate.now().plusDays(2), null));
            return c;
        });
        return id;
    }

    @Test
    void aUnitSendsTheCommitteeAsksForChangesThenAcceptsAndTheAgendaShowsTheSpeaker() throws Exception {
        String admin = accounts.ensure("admin-thamluan", AppRoles.ADMIN);
        long health = runAs.committee(admin, () -> TestUnits.inProvince(units, "Quảng Trị", "Sở Y tế"));
        String unit = accounts.ensureUnit("soyte-thamluan", health);
        long conference = conferenceWithPlan(admin, unit);
        accounts.unitServing(unit, health, conference);
        long id = runAs.committee(admin, () -> assignments.board(conference).contributions().stream()
                .filter(c -> c.unitName().equals("Sở Y tế")).findFirst().orElseThrow().id());

        Page committee = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
        login(committee, admin, TestAccounts.PASSWORD);
        committee.navigate(url(conference, "contributions"));
        assertThat(committee.locator(".hn-count").first()).hasText(
                "13 tham luận · 13 chưa nộp · 0 chờ duyệt · 0 cần chỉnh sửa · 0 đã chấp nhận · 0 không chấp nhận");
        assertThat(committee.locator(".hn-contrib-overdue-count")).hasText("12 quá hạn");
        assertThat(row(committee, TOPIC)).isVisible();
        screenshot(committee, "contributions-committee");

        committee.locator("vaadin-button.hn-contrib-remind").click();
        committee.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]").first().click();
        assertThat(committee.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("thư nhắc hạn"))).containsText("Đã gửi");
        committee.navigate(url(conference, "outbox"));
        assertThat(committee.locator("vaadin-grid")).containsText(REMINDED);
        assertThat(committee.locator("vaadin-grid")).containsText("Nhắc hạn nộp tham luận: Công tác thông tin");
        screenshot(committee, "contributions-outbox");
        committee.navigate(url(conference, "contributions"));

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1000));
        login(page, unit, TestAccounts.PASSWORD);
        page.navigate(url(conference, "my-contributions"));
        Locator card = page.locator(".hn-contrib-card");
        assertThat(card).hasCount(1);
        assertThat(card.locator(".hn-contrib-topic")).hasText(TOPIC);
        assertThat(card.locator(".hn-contrib-overdue")).containsText("Quá hạn");
        assertThat(page.locator("body")).not().containsText("Công an tỉnh");
        page.navigate(url(conference, "contributions")); // the committee's page is not a unit's
        assertThat(page.locator(".hn-contrib-add")).hasCount(0);
        assertThat(page.locator(".hn-not-found h2")).hasText("Không mở được trang này");
        assertThat(page.locator(".hn-not-found")).containsText("Trang /conferences/" + conference + "/contributions không có, hoặc không dành cho tài khoản");
        assertThat(page.locator("body")).not().containsText("Công an tỉnh");
        page.navigate(url(conference, "my-contributions"));

        Locator file = card.locator("vaadin-upload input[type=file]");
        Locator error = card.locator(".hn-upload-error");
        file.setInputFiles(new FilePayload("tham-luan.pdf", "application/pdf",
                "Đây là văn bản thường, chỉ đổi đuôi thành .pdf".getBytes(StandardCharsets.UTF_8)));
        assertThat(error).containsText("Tệp «tham-luan.pdf» mang đuôi .pdf nhưng nội dung không phải tệp PDF hay Word");
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        file.setInputFiles(new FilePayload("tham-luan-day-du.pdf", "application/pdf", big));
        assertThat(error).containsText("Tệp «tham-luan-day-du.pdf» nặng 21,0 MB, quá giới hạn 20 MB");
        screenshot(page, "contributions-unit-refused");
        assertThat(card.locator(".hn-contrib-version")).hasCount(0);

        file.setInputFiles(new FilePayload("tham-luan-so-y-te.pdf", "application/pdf", SampleFiles.pdf("Tham luận Sở Y tế", 3)));
        assertThat(card.locator(".hn-contrib-version-name")).hasText("v1 · tham-luan-so-y-te.pdf");
        assertThat(card.locator(".hn-contrib-status")).hasText("Chờ duyệt");
        assertThat(card.locator(".hn-contrib-version .hn-contrib-late")).hasText("Nộp muộn");
        card.getByLabel("Họ tên người trình bày").fill("Trần Văn Bình");
        card.getByLabel("Chức danh, đơn vị công tác").fill("Phó Giám đốc Sở Y tế");
        card.getByLabel("Số phút cần trình bày").fill("8");
        card.locator("vaadin-button.hn-speaker-save").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Đã lưu người trình bày"))).isVisible();

        committee.reload();
        openReview(committee, id);
        Locator dialog = committee.locator("vaadin-dialog-overlay, vaadin-dialog").filter(
                new Locator.FilterOptions().setHasText("Các bản đơn vị đã gửi")).first();
        Download v1 = committee.waitForDownload(() -> dialog.locator(".hn-contrib-download[data-version='1'] vaadin-button").click());
        assertThat(Files.readAllBytes(v1.path())).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        dialog.locator("vaadin-button.hn-decide-ask-changes").click();
        assertThat(dialog.locator(".hn-review-comment")).containsText("Hãy ghi nhận xét: đơn vị cần chỉnh sửa những gì.");
        dialog.locator(".hn-review-comment textarea").fill(COMMENT);
        dialog.locator("vaadin-button.hn-decide-ask-changes").click();
        assertThat(dialog.locator(".hn-contrib-status").first()).hasText("Cần chỉnh sửa");
        assertThat(dialog.locator(".hn-review-history")).containsText(COMMENT);
        committee.keyboard().press("Escape");

        page.reload();
        assertThat(card.locator(".hn-contrib-comment")).containsText("Nhận xét của Ban Tổ chức (bản v1 – Yêu cầu chỉnh sửa):");
        assertThat(card.locator(".hn-contrib-comment")).containsText(COMMENT);
        screenshot(page, "contributions-unit-comment");
        card.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("tham-luan-so-y-te-v2.pdf",
                "application/pdf", SampleFiles.pdf("Tham luận Sở Y tế, đã bổ sung", 4)));
        assertThat(card.locator(".hn-contrib-version-name").first()).hasText("v2 · tham-luan-so-y-te-v2.pdf");
        assertThat(card.locator(".hn-contrib-version")).hasCount(2);

        committee.reload();
        assertThat(row(committee, "v2 ·")).isVisible();
        openReview(committee, id);
        dialog.locator("vaadin-button.hn-decide-accept").click();
        assertThat(dialog.locator(".hn-contrib-status").first()).hasText("Đã chấp nhận");
        dialog.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Trình bày tại hội nghị")).click();
        assertThat(dialog.locator(".hn-contrib-delivery vaadin-radio-button[checked]")).hasText("Trình bày tại hội nghị");
        screenshot(committee, "contributions-review");
        committee.keyboard().press("Escape");
        assertThat(row(committee, "Đã xếp vào chương trình")).isVisible();
        Download proceedings = committee.waitForDownload(() -> committee.locator(".hn-proceedings-download vaadin-button").click());
        byte[] book = Files.readAllBytes(proceedings.path());
        assertThat(PdfAssertions.text(book, 2)).contains("MỤC LỤC", "Công tác hỗ trợ tỉnh Bình Dương", "Trần Văn Bình", "Sở Y tế");
        assertThat(PdfAssertions.text(book, 3)).contains("- page 1", "Trang 3"); // the sample PDF has no Vietnamese font
        assertThat(PdfAssertions.pages(book)).isEqualTo(2 + 4);

        Contribution scheduled = runAs.committee(admin, () -> assignments.board(conference)).contributions().stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(scheduled.agendaItemId()).isNotNull();
        committee.navigate(url(conference, "agenda"));
        Locator item = row(committee, "Tham luận: " + TOPIC);
        item.scrollIntoViewIfNeeded();
        assertThat(item).isVisible();
        assertThat(committee.locator("vaadin-grid")).containsText("Trần Văn Bình, Phó Giám đốc Sở Y tế");
        screenshot(committee, "contributions-agenda");

        page.reload();
        assertThat(card.locator(".hn-contrib-status")).hasText("Đã chấp nhận");
        assertThat(card).containsText("Hình thức: Trình bày tại hội nghị");
        assertThat(card.locator("vaadin-upload")).hasCount(0);
        page.close();
        committee.close();
    }

    /** Only reads the demo: its twelve, two of them sent, and the health department's one on a phone. */
    @Test
    void theDemoShowsTheTwelveContributionsAndAUnitsOwnOnAPhone() {
        Page committee = withDemo("admin-thamluan-mau", 1440, 900);
        long demo = demoConference();
        committee.navigate(url(demo, "contributions"));
        assertThat(committee.locator(".hn-count").first()).hasText(
                "12 tham luận · 10 chưa nộp · 1 chờ duyệt · 1 cần chỉnh sửa · 0 đã chấp nhận · 0 không chấp nhận");
        assertThat(committee.locator(".hn-contrib-overdue-count")).isHidden(); // due in a few days
        screenshot(committee, "contributions-demo");
        assertThat(row(committee, "Còn 5 ngày")).isVisible();
        screenshot(committee, "contributions-demo");
        row(committee, "Nguyễn Thị Hoài").dblclick();
        assertThat(committee.locator(".hn-contrib-version-name")).hasText("v1 · tham-luan-1.pdf");
        screenshot(committee, "contributions-demo-review");
        committee.close();

        long health = runAs.committee("admin-thamluan-mau", () -> units.findOrCreate(demo, "Sở Y tế").id());
        String unit = accounts.unitServing("soyte-thamluan-mau", health, demo);
        Page phone = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
        login(phone, unit, TestAccounts.PASSWORD);
        phone.navigate(url(demo, "my-contributions"));
        assertThat(phone.locator(".hn-contrib-topic")).hasText(TOPIC);
        assertThat(phone.locator(".hn-contrib-status")).hasText("Chưa nộp");
        screenshot(phone, "contributions-unit-phone");
        phone.close();
    }

    private static Locator row(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private static void openReview(Page page, long id) {
        page.locator("[data-contribution='" + id + "'] vaadin-button.hn-contrib-open").click();
    }
}
