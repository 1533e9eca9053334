package vn.hoinghi.agenda;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
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
import vn.hoinghi.document.VietnameseDates;
import vn.hoinghi.security.AppRoles;

/**
 * The printable programme ("Chương trình hội nghị"), portrait A4 in the administrative layout: the header,
 * the title with time and place, and a table of times, items and who presents them; items that come from a
 * remote point say so.
 */
@Service
@Transactional(readOnly = true)
@StaysVietnamese("the printed programme, an official document")
public class AgendaPdfService {

    private static final String[] HEADERS = {"TT", "Thời gian", "Nội dung", "Thực hiện"};
    private static final float[] WIDTHS = {6, 21, 44, 29};
    private static final float SIZE = 12;

    private final AgendaService agendas;
    private final ConferenceService conferences;
    private final Clock clock;

    AgendaPdfService(AgendaService agendas, ConferenceService conferences, Clock clock) {
        this.agendas = agendas;
        this.conferences = conferences;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public byte[] pdf(long conferenceId) {
        Conference c = conferences.get(conferenceId)
                .orElseThrow(() -> new IllegalArgumentException(Texts.t("conference.unknown")));
        Agenda agenda = agendas.agenda(conferenceId);
        if (agenda.isEmpty()) {
            throw new ValidationException(Map.of("agenda", Texts.t("agenda.noItems")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PageSize page = PageSize.A4;
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), page, false)) {
            doc.getPdfDocument().getDocumentInfo().setTitle(PdfFonts.nfc("Chương trình " + c.title()));
            PdfFonts fonts = new PdfFonts();
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(13);
            LocalDate today = LocalDate.now(clock.withZone(Times.VIETNAM));
            doc.add(OfficialHeader.unnumbered(c.organizer(), c.province(), today).table(fonts));
            doc.add(centred().setMarginTop(16).setFontSize(14).add(fonts.bold("CHƯƠNG TRÌNH")));
            doc.add(centred().setFontSize(14).add(fonts.bold(c.title())));
            String when = c.startsAt() == null ? "" : "Thời gian: " + VietnameseDates.meetingTime(Times.local(c.startsAt())) + "; ";
            doc.add(centred().add(fonts.italic("(" + when + "địa điểm: " + c.venue() + ")")));
            doc.add(table(fonts, agenda).setMarginTop(10));
            Paragraph end = new Paragraph().setMarginTop(6).setFontSize(SIZE);
            end.add(fonts.italic("Tổng thời lượng dự kiến " + agenda.totalMinutes() + " phút"));
            if (agenda.plannedEnd() != null) {
                end.add(fonts.italic("; hội nghị dự kiến kết thúc lúc " + time(agenda.plannedEnd()) + "."));
            }
            doc.add(end);
            long remote = agenda.items().stream().filter(AgendaItem::remote).count();
            if (remote > 0) {
                doc.add(new Paragraph().setMargin(0).setFontSize(SIZE).add(fonts.italic(
                        "Các mục đánh dấu (*) được truyền từ điểm cầu trực tuyến (" + remote + " mục); các mục khác tại "
                                + c.venue() + ".")));
            }
            doc.add(new Paragraph().setMarginTop(14).setTextAlignment(TextAlignment.RIGHT).setMarginRight(20)
                    .add(fonts.bold("BAN TỔ CHỨC")));
            numberPages(doc, fonts, page);
        }
        return out.toByteArray();
    }

    private Table table(PdfFonts fonts, Agenda agenda) {
        Table t = new Table(UnitValue.createPercentArray(WIDTHS)).useAllAvailableWidth().setFixedLayout().setFontSize(SIZE);
        for (String h : HEADERS) {
            t.addHeaderCell(cell(TextAlignment.CENTER, fonts.bold(h)));
        }
        int n = 0;
        for (AgendaSlot slot : agenda.slots()) {
            AgendaItem item = slot.item();
            t.addCell(cell(TextAlignment.CENTER, fonts.regular(Integer.toString(++n))));
            String times = slot.start() == null ? item.plannedMinutes() + " phút"
                    : time(slot.start()) + " - " + time(slot.end());
            t.addCell(cell(TextAlignment.CENTER, fonts.regular(times + (item.remote() ? " (*)" : ""))));
            Cell content = cell(TextAlignment.LEFT, fonts.regular(item.title()));
            if (item.remote()) {
                content.add(line(TextAlignment.LEFT, fonts.italic("Từ " + lowerFirst(item.pointName()))));
            }
            t.addCell(content);
            Cell who = cell(TextAlignment.LEFT, fonts.regular(Objects.requireNonNullElse(item.presenterLine(), "")));
            if (item.unitName() != null && !item.unitName().equals(item.presenter())) {
                who.add(line(TextAlignment.LEFT, fonts.italic(item.unitName())));
            }
            t.addCell(who);
        }
        return t;
    }

    /** "Điểm cầu UBND huyện Đakrông" reads "Từ điểm cầu UBND huyện Đakrông" inside a sentence. */
    private static String lowerFirst(String name) {
        if (name == null) {
            return "điểm cầu trực tuyến";
        }
        return name.startsWith("Điểm cầu") ? "điểm cầu" + name.substring("Điểm cầu".length()) : "điểm cầu " + name;
    }

    private static String time(Instant instant) {
        return Times.TIME.format(Times.local(instant));
    }

    private static Cell cell(TextAlignment alignment, Text text) {
        return new Cell().setBorder(new SolidBorder(0.5f)).setPaddings(3, 4, 3, 4)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).add(line(alignment, text));
    }

    private static Paragraph line(TextAlignment alignment, Text text) {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(alignment).add(text);
    }

    private static Paragraph centred() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(TextAlignment.CENTER);
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
}
