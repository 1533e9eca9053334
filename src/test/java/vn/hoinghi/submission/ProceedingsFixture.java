package vn.hoinghi.submission;

import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION;
import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION_VERSION;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.submission.repository.FileRepository;
import vn.hoinghi.unit.UnitService;

/**
 * Contributions as the contributions feature leaves them, written straight into the V12 tables: a unit, a topic,
 * a status, a speaker, and the versions' files checked by {@link FileCheck} and stored by {@link FileRepository}.
 */
@Component
public class ProceedingsFixture {

    public static final String UNIT_USER = "unit-ky-yeu";
    public static final String OWN_FOOTER = "Own footer of the unit, left of the centre";

    private final ConferenceService conferences;
    private final UnitService units;
    private final FileCheck check;
    private final FileRepository files;
    private final DSLContext dsl;
    private final TransactionTemplate tx;
    private final RunAs runAs;

    ProceedingsFixture(ConferenceService conferences, UnitService units, FileCheck check, FileRepository files,
                       DSLContext dsl, TransactionTemplate tx, RunAs runAs) {
        this.conferences = conferences;
        this.units = units;
        this.check = check;
        this.files = files;
        this.dsl = dsl;
        this.tx = tx;
        this.runAs = runAs;
    }

    /** A Quảng Trị conference (29/10/2021) of its own. */
    public long conference() {
        var plan = TestData.quangTri();
        plan.setTitle(TestData.unique(plan.getTitle()));
        return runAs.committee("bantochuc-ky-yeu", () -> conferences.create(plan));
    }

    public long unit(long conference, String name) {
        return runAs.committee("bantochuc-ky-yeu", () -> units.findOrCreate(conference, name).id());
    }

    /**
     * A contribution at that position with a status, its speaker, whether it is only
     * printed, and its versions' files in order (PDF or DOCX, told apart by content).
     */
    public long contribution(long conferenceId, int position, String unitName, String topic, ContributionStatus status,
                             String speakerName, String speakerTitle, boolean printedOnly, byte[]... versions) {
        long unitId = unit(conferenceId, unitName);
        return tx.execute(s -> {
            Instant now = Instant.parse("2021-10-20T08:00:00Z");
            long id = dsl.insertInto(CONTRIBUTION)
                    .set(CONTRIBUTION.CONFERENCE_ID, conferenceId).set(CONTRIBUTION.POSITION, position)
                    .set(CONTRIBUTION.UNIT_ID, unitId).set(CONTRIBUTION.TOPIC, topic)
                    .set(CONTRIBUTION.DEADLINE, LocalDate.of(2021, 10, 26)).set(CONTRIBUTION.STATUS, status)
                    .set(CONTRIBUTION.SPEAKER_NAME, speakerName).set(CONTRIBUTION.SPEAKER_TITLE, speakerTitle)
                    .set(CONTRIBUTION.DELIVERY, status != ContributionStatus.ACCEPTED ? null
                            : printedOnly ? Delivery.PRINTED : Delivery.SPOKEN)
                    .set(CONTRIBUTION.CREATED_AT, now)
                    .returningResult(CONTRIBUTION.ID).fetchOne(CONTRIBUTION.ID);
            for (int v = 0; v < versions.length; v++) {
                CheckedFile file = check.check("tham-luan-" + position + "-v" + (v + 1), versions[v]);
                long fileId = files.insert(conferenceId, unitId, file, Instant.parse("2021-10-2" + v + "T01:00:00Z"), "don-vi");
                dsl.insertInto(CONTRIBUTION_VERSION).set(CONTRIBUTION_VERSION.CONTRIBUTION_ID, id)
                        .set(CONTRIBUTION_VERSION.NUMBER, v + 1).set(CONTRIBUTION_VERSION.STORED_FILE_ID, fileId)
                        .set(CONTRIBUTION_VERSION.SUBMITTED_AT, now.plus(v, ChronoUnit.DAYS))
                        .set(CONTRIBUTION_VERSION.SUBMITTED_BY, "don-vi").execute();
            }
            return id;
        });
    }

    /**
     * Three pages as units' files come: A4 portrait with a grey band and a footer of its own along the bottom, A4
     * landscape whose content leaves its graphics state changed, and A5 turned by its /Rotate entry.
     */
    public static byte[] mixedPagesPdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf, PageSize.A4)) {
            doc.add(new Paragraph(text + " - page 1"));
            new PdfCanvas(pdf.getFirstPage()).setFillColor(new DeviceGray(0.75f)).rectangle(0, 0, 595, 40).fill()
                    .beginText().setFillColor(DeviceGray.BLACK).setFontAndSize(helvetica(), 10).moveText(40, 14)
                    .showText(OWN_FOOTER).endText();
            doc.add(new AreaBreak(PageSize.A4.rotate()));
            doc.add(new Paragraph(text + " - page 2"));
            // Content that leaves its graphics state changed (a small scale, white fill), as some producers do.
            new PdfCanvas(pdf.getPage(2)).concatMatrix(0.2, 0, 0, 0.2, 0, 0).setFillColor(DeviceGray.WHITE);
            doc.add(new AreaBreak(PageSize.A5));
            doc.add(new Paragraph(text + " - page 3"));
            pdf.getPage(3).setRotation(90);
        }
        return out.toByteArray();
    }

    private static PdfFont helvetica() {
        try {
            return PdfFontFactory.createFont(StandardFonts.HELVETICA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A contribution as long as a real one: every page full of Vietnamese text in an embedded font of its own
     * (each unit's file carries its own fonts), ending with "… - page N" like {@link SampleFiles#pdf}.
     */
    public static byte[] fullPagesPdf(String text, int pages) {
        String words = "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về phòng, chống dịch COVID-19, đơn vị đã triển khai "
                + "đồng bộ các giải pháp, bảo đảm an toàn cho người dân và duy trì hoạt động sản xuất, kinh doanh. ";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFonts fonts = new PdfFonts();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
            doc.setFont(fonts.regular()).setFontSize(13).setMargins(57, 43, 57, 85);
            for (int p = 1; p <= pages; p++) {
                if (p > 1) {
                    doc.add(new AreaBreak());
                }
                doc.add(new Paragraph().add(fonts.bold(text + " - page " + p)));
                doc.add(new Paragraph().setTextAlignment(TextAlignment.JUSTIFIED).add(fonts.regular(words.repeat(15))));
            }
        }
        return out.toByteArray();
    }
}
