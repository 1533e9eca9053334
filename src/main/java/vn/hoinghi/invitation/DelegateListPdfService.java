package vn.hoinghi.invitation;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.VietnameseDates;
import vn.hoinghi.security.AppRoles;

/** The printable delegate list ("Danh sách đại biểu"): landscape A4, grouped by composition group. */
@StaysVietnamese("the printed delegate list, an official document")
@Service
@Transactional(readOnly = true)
public class DelegateListPdfService {

    private final DelegateService delegates;
    private final ConferenceService conferences;
    private final Clock clock;

    DelegateListPdfService(DelegateService delegates, ConferenceService conferences, Clock clock) {
        this.delegates = delegates;
        this.conferences = conferences;
        this.clock = clock;
    }

    /** The delegates the filter lets through, in print order, under their group headings. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] pdf(long conferenceId, DelegateFilter filter) {
        Conference c = conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException("No conference " + conferenceId));
        List<Delegate> list = delegates.list(conferenceId, filter);
        if (list.isEmpty()) {
            throw new ValidationException(Map.of("filter", Texts.t("invitation.list.empty")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PageSize page = PageSize.A4.rotate();
        // Not flushed page by page: the page numbers go on once every page exists.
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), page, false)) {
            doc.getPdfDocument().getDocumentInfo().setTitle(PdfFonts.nfc("Danh sách đại biểu dự " + c.title()));
            PdfFonts fonts = new PdfFonts();
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(13);
            LocalDate today = LocalDate.now(clock.withZone(Times.VIETNAM));
            doc.add(OfficialHeader.unnumbered(c.organizer(), c.province(), today).table(fonts));
            doc.add(centred().setMarginTop(14).add(fonts.bold("DANH SÁCH ĐẠI BIỂU")));
            doc.add(centred().add(fonts.bold("Dự " + c.title())));
            doc.add(centred().add(fonts.italic("(Thời gian: " + VietnameseDates.meetingTime(Times.local(c.startsAt()))
                    + "; địa điểm: " + c.venue() + ")")));
            doc.add(new DelegateListTable(fonts).table(list).setMarginTop(10));
            doc.add(new Paragraph().setMarginTop(6).add(fonts.bold("Tổng số: " + list.size() + " đại biểu.")));
            numberPages(doc, fonts, page);
        }
        return out.toByteArray();
    }

    /** Decree 30: the page number centred in the top margin, from the second page on. */
    private static void numberPages(Document doc, PdfFonts fonts, PageSize page) {
        int pages = doc.getPdfDocument().getNumberOfPages();
        for (int i = 2; i <= pages; i++) {
            doc.showTextAligned(new Paragraph().add(fonts.regular(Integer.toString(i))).setFontSize(13),
                    (OfficialPage.LEFT + page.getWidth() - OfficialPage.RIGHT) / 2, page.getHeight() - 10 * OfficialPage.MM,
                    i, TextAlignment.CENTER, VerticalAlignment.TOP, 0);
        }
    }

    private static Paragraph centred() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(TextAlignment.CENTER);
    }
}
