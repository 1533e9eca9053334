package vn.hoinghi.demo;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.submission.AssignmentDraft;
import vn.hoinghi.submission.AssignmentService;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionImportService;
import vn.hoinghi.submission.ReviewDecision;
import vn.hoinghi.submission.ReviewService;
import vn.hoinghi.submission.SpeakerDraft;
import vn.hoinghi.submission.SubmissionService;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitDraft;
import vn.hoinghi.unit.UnitService;

/**
 * The demo conference's contributions: the plan's twelve (seed 001, section VII) through the
 * importer, so the dev profile's unit account (Sở Y tế) has one to send. Two units have already sent theirs, so
 * the committee's page has something to review: one waits for a decision, one was sent back with a comment.
 * The contributing units without an e-mail address get one at the reserved domain {@code quangtri.example}, so the
 * reminders can be tried (they stay in the outbox without a mail server). Added once: a conference that has
 * contributions keeps them.
 */
@StaysVietnamese("the demo conference's data")
@Component
class ContributionDemo {

    static final String FILE = "tham-luan.xlsx";
    /** The demo's deadline: this many days from the day the demo is loaded. */
    static final int DAYS_LEFT = 5;

    private final ContributionImportService importer;
    private final AssignmentService assignments;
    private final SubmissionService submissions;
    private final ReviewService reviews;
    private final UnitService units;
    private final Clock clock;

    ContributionDemo(ContributionImportService importer, AssignmentService assignments, SubmissionService submissions,
                     ReviewService reviews, UnitService units, Clock clock) {
        this.units = units;
        this.clock = clock;
        this.importer = importer;
        this.assignments = assignments;
        this.submissions = submissions;
        this.reviews = reviews;
    }

    void load(long conferenceId, byte[] sheet) {
        if (!assignments.board(conferenceId).contributions().isEmpty()) {
            return;
        }
        importer.commit(importer.preview(conferenceId, FILE, sheet));
        dueSoon(conferenceId);
        exampleEmails(conferenceId);
        send(conferenceId, "Trung tâm Kiểm soát bệnh tật tỉnh", new SpeakerDraft("Nguyễn Thị Hoài",
                "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh", 7, null));
        Contribution police = send(conferenceId, "Công an tỉnh", new SpeakerDraft("Lê Văn Dũng",
                "Đội trưởng Đội Cảnh sát giao thông, chốt phía Nam", 7, null));
        reviews.decide(police.id(), submissions.detail(police.id()).contribution().version(), ReviewDecision.ASK_CHANGES,
                "Đề nghị bổ sung số liệu người và phương tiện qua chốt theo tuần, rút gọn phần mở đầu (tối đa 5 trang).");
    }

    /**
     * The plan's deadline (26/10/2021) moved to a few days from today, as for the demo's reports: units can still
     * send on time, and the reminders and days left show as they would weeks before a real conference.
     */
    private void dueSoon(long conferenceId) {
        LocalDate due = LocalDate.now(clock.withZone(Times.VIETNAM)).plusDays(DAYS_LEFT);
        for (Contribution c : assignments.board(conferenceId).contributions()) {
            assignments.update(c.id(), c.version(), new AssignmentDraft(c.unitId(), c.topic(), due, c.notes()));
        }
    }

    private void exampleEmails(long conferenceId) {
        var contributing = assignments.board(conferenceId).contributions().stream().map(Contribution::unitId).toList();
        for (Unit u : units.find(conferenceId, null)) {
            if (contributing.contains(u.id()) && u.contactEmail() == null) {
                String local = SearchKey.fold(u.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                UnitDraft d = UnitDraft.of(u);
                units.update(u.id(), u.version(), new UnitDraft(d.name(), d.province(), d.shortName(), d.level(), d.kind(), d.address(),
                        d.contactName(), d.contactPhone(), local + "@quangtri.example"));
            }
        }
    }

    private Contribution send(long conferenceId, String unit, SpeakerDraft speaker) {
        Contribution c = assignments.board(conferenceId).contributions().stream()
                .filter(x -> x.unitName().equals(unit)).findFirst().orElseThrow();
        submissions.setSpeaker(c.id(), c.version(), speaker);
        submissions.upload(c.id(), "tham-luan-" + c.position() + ".pdf", paper(unit, c.topic(), speaker), null);
        return c;
    }

    /** A short text in the shape units send: the unit, the title, a few paragraphs, the speaker. */
    static byte[] paper(String unit, String topic, SpeakerDraft speaker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFonts fonts = new PdfFonts();
        try (Document doc = OfficialPage.margins(new Document(new PdfDocument(new PdfWriter(out))), 0)) {
            doc.add(new Paragraph().add(fonts.bold(PdfFonts.upper(unit))).setFontSize(12).setTextAlignment(TextAlignment.LEFT));
            doc.add(new Paragraph().add(fonts.bold("THAM LUẬN")).setFontSize(14).setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(18));
            doc.add(new Paragraph().add(fonts.bold(topic)).setFontSize(14).setTextAlignment(TextAlignment.CENTER));
            for (String text : new String[] {
                    "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về tổ chức Hội nghị sơ kết công tác phòng, chống dịch "
                            + "COVID-19, đơn vị xin báo cáo tham luận về " + topic.toLowerCase(PdfFonts.VIETNAMESE) + ".",
                    "I. KẾT QUẢ ĐẠT ĐƯỢC. Đơn vị đã chủ động xây dựng kế hoạch, bố trí lực lượng trực 24/24 giờ, phối "
                            + "hợp chặt chẽ với các sở, ngành và địa phương, bảo đảm an toàn cho người dân và lực lượng làm nhiệm vụ.",
                    "II. KHÓ KHĂN, VƯỚNG MẮC. Nhân lực còn mỏng so với khối lượng công việc; trang thiết bị, vật tư "
                            + "phòng hộ có lúc chưa đáp ứng kịp thời.",
                    "III. ĐỀ XUẤT, KIẾN NGHỊ. Đề nghị tỉnh tiếp tục quan tâm bố trí kinh phí, bổ sung trang thiết bị và "
                            + "có chế độ hỗ trợ kịp thời cho lực lượng tuyến đầu."}) {
                doc.add(new Paragraph().add(fonts.regular(text)).setFontSize(13).setTextAlignment(TextAlignment.JUSTIFIED)
                        .setFirstLineIndent(28));
            }
            doc.add(new Paragraph().add(fonts.boldItalic(speaker.name() + ", " + speaker.title()))
                    .setFontSize(13).setTextAlignment(TextAlignment.RIGHT).setMarginTop(18));
        }
        return out.toByteArray();
    }
}
