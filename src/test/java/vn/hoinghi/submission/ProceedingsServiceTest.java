package vn.hoinghi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoinghi.submission.ContributionStatus.ACCEPTED;
import static vn.hoinghi.submission.ContributionStatus.REFUSED;
import static vn.hoinghi.submission.ContributionStatus.SUBMITTED;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/** The proceedings PDF read back: cover, contents with the right pages, links and bookmarks, the copied pages numbered. */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-ky-yeu", roles = AppRoles.STAFF)
class ProceedingsServiceTest {

    private static final String WORD_NOTE = "(bản Word — không in kèm, xem tệp gốc)";

    @Autowired ProceedingsService service;
    @Autowired ProceedingsFixture fixture;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;

    long conference;

    @BeforeEach
    void sixContributionsOfWhichFourAccepted() {
        conference = fixture.conference();
        // Inserted out of order: the proceedings follow the plan's positions, not the order of arrival.
        fixture.contribution(conference, 6, "Sở Tài chính", "Kinh phí phòng dịch", ACCEPTED,
                "Lê Thị Hoa", "Phó Giám đốc", false, SampleFiles.pdf("Contribution six", 2));
        fixture.contribution(conference, 1, "Sở Y tế", "Điều trị ca bệnh nặng", ACCEPTED,
                "Nguyễn Văn An", "Bác sĩ, Khoa Hồi sức tích cực", false,
                SampleFiles.pdf("Old first version", 5), SampleFiles.pdf("Contribution one", 3));
        fixture.contribution(conference, 2, "Sở Giáo dục và Đào tạo", "Dạy học trực tuyến", REFUSED,
                "Trần Bình", null, false, SampleFiles.pdf("Refused two", 2));
        fixture.contribution(conference, 3, "Sở Lao động - Thương binh và Xã hội", "Hỗ trợ người lao động", ACCEPTED,
                "Phạm Thu", null, false, SampleFiles.docx("Tham luận bản Word"));
        fixture.contribution(conference, 4, "Công an tỉnh", "Giữ an ninh khu cách ly", SUBMITTED,
                "Hoàng Minh", null, false, SampleFiles.pdf("Waiting four", 1));
        fixture.contribution(conference, 5, "Ủy ban nhân dân huyện Hải Lăng", "Chốt kiểm soát dịch", ACCEPTED,
                null, null, true, ProceedingsFixture.mixedPagesPdf("Contribution five"));
    }

    @Test
    void theProceedingsHoldTheCoverTheContentsAndTheAcceptedPdfsInOrder() throws IOException {
        Proceedings p = service.make(conference);
        PdfAssertions.save(p.pdf(), "ky-yeu-tham-luan.pdf");

        // Cover 1, contents 2, then 3 + 3 + 2 pages of the three accepted PDFs.
        assertThat(p.pages()).isEqualTo(10);
        assertThat(PdfAssertions.pages(p.pdf())).isEqualTo(10);
        String cover = PdfAssertions.text(p.pdf(), 1);
        assertThat(cover).contains("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "TÀI LIỆU HỘI NGHỊ", "KỶ YẾU THAM LUẬN",
                "HỘI NGHỊ SƠ KẾT CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19", "Quảng Trị, tháng 10 năm 2021")
                .doesNotContain("Trang");
        assertThat(Normalizer.isNormalized(cover, Normalizer.Form.NFC)).isTrue();

        // Read in drawing order, each cell's text comes whole, however its lines wrap: number, topic, unit, speaker, page.
        String contents = flowText(p.pdf(), 2);
        assertThat(contents).contains("MỤC LỤC TT Tên tham luận Đơn vị Người trình bày Trang", "Trang 2")
                .contains("1. Điều trị ca bệnh nặng Sở Y tế Nguyễn Văn An Bác sĩ, Khoa Hồi sức tích cực 3 2. ")
                .contains("2. Hỗ trợ người lao động " + WORD_NOTE + " Sở Lao động - Thương binh và Xã hội Phạm Thu — 3. ")
                .contains("3. Chốt kiểm soát dịch Ủy ban nhân dân huyện Hải Lăng — (chỉ in, không trình bày) 6 4. ")
                .contains("4. Kinh phí phòng dịch Sở Tài chính Lê Thị Hoa Phó Giám đốc 9")
                .doesNotContain("Dạy học trực tuyến", "Giữ an ninh khu cách ly", "5.");

        // Each number in the contents is the page where that contribution's first page really is.
        assertThat(pageWith(p.pdf(), "Contribution one - page 1")).isEqualTo(3);
        assertThat(pageWith(p.pdf(), "Contribution five - page 1")).isEqualTo(6);
        assertThat(pageWith(p.pdf(), "Contribution six - page 1")).isEqualTo(9);
        assertThat(pageWith(p.pdf(), "Contribution six - page 2")).isEqualTo(10);
        assertThat(pageWith(p.pdf(), "Old first version")).as("only the latest version").isZero();
        assertThat(pageWith(p.pdf(), "Refused two")).isZero();

        for (int page = 2; page <= 10; page++) {
            assertThat(PdfAssertions.text(p.pdf(), page)).as("page %d", page).contains("Trang " + page);
        }
        assertThat(p.notIncluded()).singleElement().satisfies(e -> {
            assertThat(e.unitName()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
            assertThat(e.fileType()).isEqualTo(FileType.DOCX);
        });
    }

    @Test
    void theContentsLinkAndTheBookmarksLeadToEachContributionsFirstPage() throws IOException {
        byte[] pdf = service.pdf(conference);
        try (PdfDocument doc = open(pdf)) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PdfOutline o : doc.getOutlines(false).getAllChildren()) {
                titles.add(o.getTitle());
                PdfDictionary page = (PdfDictionary) o.getDestination().getDestinationPage(
                        doc.getCatalog().getNameTree(PdfName.Dests));
                pages.add(doc.getPageNumber(page));
            }
            assertThat(titles).containsExactly("Mục lục", "1. Điều trị ca bệnh nặng (Sở Y tế)",
                    "3. Chốt kiểm soát dịch (Ủy ban nhân dân huyện Hải Lăng)", "4. Kinh phí phòng dịch (Sở Tài chính)");
            assertThat(pages).containsExactly(2, 3, 6, 9);

            List<Integer> linked = doc.getPage(2).getAnnotations().stream()
                    .filter(a -> a instanceof PdfLinkAnnotation).map(a -> linkedPage(doc, (PdfLinkAnnotation) a))
                    .distinct().toList();
            assertThat(linked).containsExactly(3, 6, 9);
        }
    }

    @Test
    void landscapeAndOtherSizedPagesAreKeptAsTheyAreAndNumberedUpright() throws IOException {
        byte[] pdf = service.pdf(conference);
        try (PdfDocument doc = open(pdf)) {
            assertThat(doc.getPage(6).getPageSize().getWidth()).isLessThan(doc.getPage(6).getPageSize().getHeight());
            assertThat(doc.getPage(7).getPageSize().getWidth()).as("A4 landscape").isEqualTo(842);
            assertThat(doc.getPage(7).getPageSize().getHeight()).isEqualTo(595);
            assertThat(doc.getPage(8).getPageSize().getWidth()).as("A5").isEqualTo(420);
            assertThat(doc.getPage(8).getRotation()).isEqualTo(90);
        }
        assertThat(PdfAssertions.text(pdf, 6)).as("the unit's own footer stays").contains(ProceedingsFixture.OWN_FOOTER, "Trang 6");
        assertThat(PdfAssertions.text(pdf, 7)).contains("Contribution five - page 2", "Trang 7");
        assertThat(PdfAssertions.text(pdf, 8)).contains("Contribution five - page 3", "Trang 8");
        // Bottom centre as the reader sees the page: of the landscape page, and of the A5 page turned a quarter
        // (its bottom as shown is the right edge of its unturned media box).
        assertThat(textIn(pdf, 6, new Rectangle(250, 0, 95, 30))).isEqualTo("Trang 6");
        assertThat(textIn(pdf, 7, new Rectangle(371, 0, 100, 30))).as("whatever state the page left").isEqualTo("Trang 7");
        assertThat(textIn(pdf, 8, new Rectangle(390, 250, 30, 95))).isEqualTo("Trang 8");
    }

    @Test
    void aLongContentsListSpreadsOverPagesAndStillPointsAtTheRightOnes() throws IOException {
        long big = fixture.conference();
        for (int i = 1; i <= 40; i++) {
            fixture.contribution(big, i, "Ủy ban nhân dân huyện số " + i, "Tham luận số " + i + " về công tác phòng,"
                    + " chống dịch COVID-19 trên địa bàn", ACCEPTED, "Cán bộ " + i, "Chuyên viên phòng Y tế", false,
                    SampleFiles.pdf("Long list " + i, 1 + i % 3));
        }
        byte[] pdf = service.pdf(big);
        List<String> texts = texts(pdf);
        int front = pageWith(texts, "Long list 1 - page 1") - 1;
        assertThat(front).as("cover and contents").isGreaterThan(2);
        String contents = contentsText(pdf, front);
        try (PdfDocument doc = open(pdf)) {
            List<PdfOutline> bookmarks = doc.getOutlines(false).getAllChildren();
            assertThat(bookmarks).hasSize(41);
            for (int i = 1; i <= 40; i++) {
                int page = pageWith(texts, "Long list " + i + " - page 1");
                PdfDictionary target = (PdfDictionary) bookmarks.get(i).getDestination().getDestinationPage(
                        doc.getCatalog().getNameTree(PdfName.Dests));
                assertThat(doc.getPageNumber(target)).as("contribution %d", i).isEqualTo(page);
                assertThat(contents).as("contribution %d in the contents", i).containsPattern(i + "\\. Tham luận số " + i
                        + " về công tác phòng, chống dịch COVID-19 trên địa bàn Ủy ban nhân dân huyện số " + i + " Cán bộ "
                        + i + " Chuyên viên phòng Y tế " + page + "( |$)");
            }
        }
    }

    @Test
    void withOnlyWordFilesAndNoFileTheContentsStillListThemAsNotIncluded() {
        long words = fixture.conference();
        fixture.contribution(words, 1, "Sở Y tế", "Bản Word", ACCEPTED, null, null, false, SampleFiles.docx("Một"));
        fixture.contribution(words, 2, "Sở Tài chính", "Chưa gửi tệp", ACCEPTED, null, null, false);

        Proceedings p = service.make(words);

        assertThat(p.pages()).as("cover and contents").isEqualTo(2);
        assertThat(p.notIncluded()).extracting(ProceedingsEntry::topic).containsExactly("Bản Word", "Chưa gửi tệp");
        assertThat(flowText(p.pdf(), 2)).contains("1. Bản Word " + WORD_NOTE + " Sở Y tế — —",
                "2. Chưa gửi tệp (chưa có tệp — không in kèm) Sở Tài chính — —");
    }

    @Test
    void nothingAcceptedIsSaidInVietnamese() {
        long empty = fixture.conference();
        fixture.contribution(empty, 1, "Sở Y tế", "Chưa duyệt", SUBMITTED, null, null, false, SampleFiles.pdf("x", 1));
        assertThatThrownBy(() -> service.pdf(empty)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Chưa có tham luận nào được chấp nhận");
    }

    @Test
    void aUnitAccountIsRefused() {
        long unit = fixture.unit(conference, "Sở Y tế");
        String user = accounts.unitServing(ProceedingsFixture.UNIT_USER, unit, conference);
        assertThatThrownBy(() -> runAs.role(user, AppRoles.UNIT, () -> service.pdf(conference)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.role(user, AppRoles.UNIT, () -> service.contents(conference)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.contents(conference)).extracting(ProceedingsEntry::position).containsExactly(1, 3, 5, 6);
    }

    private static String contentsText(byte[] pdf, int front) {
        StringBuilder text = new StringBuilder();
        for (int page = 2; page <= front; page++) {
            text.append(flowText(pdf, page)).append(' ');
        }
        return text.toString();
    }

    private static String textIn(byte[] pdf, int page, Rectangle area) {
        try (PdfDocument doc = open(pdf)) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(page), new FilteredTextEventListener(
                    new LocationTextExtractionStrategy(), new TextRegionEventFilter(area))).strip();
        }
    }

    /** The page's text in the order it is drawn (a table cell by cell), every run of white space as one space. */
    private static String flowText(byte[] pdf, int page) {
        try (PdfDocument doc = open(pdf)) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(page), new SimpleTextExtractionStrategy())
                    .replaceAll("\\s+", " ").strip();
        }
    }

    private static int pageWith(byte[] pdf, String words) {
        return pageWith(texts(pdf), words);
    }

    /** The first page whose text contains the words, 0 if none. */
    private static int pageWith(List<String> texts, String words) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(words)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<String> texts(byte[] pdf) {
        List<String> texts = new ArrayList<>();
        try (PdfDocument doc = open(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                texts.add(PdfTextExtractor.getTextFromPage(doc.getPage(page)));
            }
        }
        return texts;
    }

    private static int linkedPage(PdfDocument doc, PdfLinkAnnotation link) {
        PdfString name = link.getAction().getAsString(PdfName.D);
        PdfArray destination = (PdfArray) doc.getCatalog().getNameTree(PdfName.Dests).getNames().get(name);
        return doc.getPageNumber(destination.getAsDictionary(0));
    }

    private static PdfDocument open(byte[] pdf) {
        try {
            return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
