package vn.hoinghi.delegate;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.security.AppRoles;

/** The printed seat plan: the stage on top, then each row with its seat numbers and who sits there. */
@StaysVietnamese("the printed seat plan")
@Service
@Transactional(readOnly = true)
public class SeatPlanPdfService {

    private static final DeviceRgb RESERVED = new DeviceRgb(253, 247, 227);
    private final SeatingService seating;
    private final ConferenceService conferences;
    private final Clock clock;

    SeatPlanPdfService(SeatingService seating, ConferenceService conferences, Clock clock) {
        this.seating = seating;
        this.conferences = conferences;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] pdf(long conferenceId) {
        Conference c = conferences.get(conferenceId).orElseThrow();
        SeatPlan plan = seating.plan(conferenceId);
        if (plan.rows().isEmpty()) {
            throw new ValidationException(Map.of("rows", Texts.t("delegate.seating.noPlan")));
        }
        int widest = plan.rows().stream().mapToInt(r -> r.row().seatCount()).max().orElse(1);
        PageSize page = widest > 14 ? PageSize.A3.rotate() : PageSize.A4.rotate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), page)) {
            PdfFonts fonts = new PdfFonts();
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(12);
            doc.setMargins(12 * OfficialPage.MM, 12 * OfficialPage.MM, 12 * OfficialPage.MM, 12 * OfficialPage.MM);
            doc.add(OfficialHeader.unnumbered(c.organizer(), c.province(), LocalDate.now(clock.withZone(Times.VIETNAM)))
                    .table(fonts));
            doc.add(centred(fonts.bold("SƠ ĐỒ CHỖ NGỒI TẠI " + PdfFonts.upper(c.venue()))).setMarginTop(8));
            doc.add(centred(fonts.italic(c.title() + " — " + plan.seated() + "/" + plan.capacity() + " ghế đã xếp")));
            doc.add(new Paragraph().add(fonts.bold("SÂN KHẤU")).setTextAlignment(TextAlignment.CENTER)
                    .setBackgroundColor(ColorConstants.LIGHT_GRAY).setMarginTop(8).setPadding(3));
            doc.add(rows(plan, widest, fonts));
        }
        return out.toByteArray();
    }

    private static Table rows(SeatPlan plan, int widest, PdfFonts fonts) {
        float nameSize = widest > 14 ? 6.5f : 7.5f;
        Table table = new Table(UnitValue.createPercentArray(widest + 1)).useAllAvailableWidth().setMarginTop(6);
        for (SeatPlan.Row row : plan.rows()) {
            table.addCell(new Cell().add(new Paragraph().add(fonts.bold(row.row().label())).setFontSize(12))
                    .setTextAlignment(TextAlignment.CENTER).setBorder(SolidBorder.NO_BORDER));
            for (int i = 0; i < widest; i++) {
                Cell cell = new Cell().setPadding(2).setMinHeight(30);
                if (i < row.seats().size()) {
                    Delegate d = row.seats().get(i);
                    cell.add(new Paragraph().add(fonts.regular(row.row().label() + (i + 1))).setFontSize(6).setMargin(0));
                    if (d != null) {
                        cell.add(new Paragraph().add(fonts.bold(d.attendeeName())).setFontSize(nameSize)
                                .setMargin(0).setMultipliedLeading(1.05f));
                    }
                    if (row.row().reserved()) {
                        cell.setBackgroundColor(RESERVED);
                    }
                } else {
                    cell.setBorder(SolidBorder.NO_BORDER);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private static Paragraph centred(com.itextpdf.layout.element.Text text) {
        return new Paragraph().add(text).setTextAlignment(TextAlignment.CENTER).setMargin(0);
    }
}
