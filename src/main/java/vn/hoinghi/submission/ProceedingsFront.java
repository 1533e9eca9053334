package vn.hoinghi.submission;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.DoubleBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.VietnameseDates;

/**
 * The proceedings' own pages: a cover in the administrative style (the organiser on top, "TÀI LIỆU HỘI NGHỊ",
 * "KỶ YẾU THAM LUẬN", the conference's title, place and month at the bottom, in a double frame), then "MỤC LỤC":
 * number, topic, unit, speaker and page, each line a link to its contribution's first page.
 */
@StaysVietnamese("the proceedings' cover and table of contents")
final class ProceedingsFront {

    static final String NO_PAGE = "—";

    /** One line of the table of contents; {@code page} and {@code destination} are null for an entry not printed. */
    record Line(int number, ProceedingsEntry entry, Integer page, String destination) {
    }

    private static final float MM = OfficialPage.MM;
    private static final float BODY = 12;
    private static final float COVER_BORDER = 3;
    private static final float COVER_PADDING = 8 * MM;

    private final PdfFonts fonts;

    ProceedingsFront(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** How many pages the cover and contents take, laid out on a throw-away document. */
    static int pages(Conference conference, List<Line> lines) {
        try (PdfDocument probe = new PdfDocument(new PdfWriter(OutputStream.nullOutputStream()));
             Document doc = new Document(probe, PageSize.A4, false)) {
            new ProceedingsFront(new PdfFonts()).write(doc, conference, lines);
            return probe.getNumberOfPages();
        }
    }

    void write(Document doc, Conference conference, List<Line> lines) {
        OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(BODY);
        doc.add(cover(conference));
        doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        doc.add(centred(16).add(fonts.bold("MỤC LỤC")).setMarginBottom(4 * MM));
        doc.add(contents(lines));
    }

    private Div cover(Conference c) {
        LocalDate day = Times.local(c.startsAt()).toLocalDate();
        float height = PageSize.A4.getHeight() - OfficialPage.TOP - OfficialPage.BOTTOM - 1;
        float inside = height - 2 * (COVER_PADDING + COVER_BORDER);
        Paragraph issuer = centred(14);
        List<String> issuerLines = OfficialHeader.issuerLines(c.organizer());
        for (int i = 0; i < issuerLines.size(); i++) {
            issuer.add(fonts.bold((i > 0 ? "\n" : "") + issuerLines.get(i)));
        }
        Div top = new Div().setHeight(45 * MM).add(issuer).add(rule(30 * MM));
        Div middle = new Div().setHeight(inside - 75 * MM).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .add(centred(28).add(fonts.bold("TÀI LIỆU HỘI NGHỊ")))
                .add(centred(20).setMarginTop(3 * MM).add(fonts.bold("KỶ YẾU THAM LUẬN")))
                .add(rule(50 * MM).setMarginTop(8 * MM).setMarginBottom(8 * MM))
                .add(centred(16).add(fonts.bold(PdfFonts.upper(c.title()))));
        Div bottom = new Div().setHeight(30 * MM).setVerticalAlignment(VerticalAlignment.BOTTOM)
                .add(centred(14).add(fonts.bold(VietnameseDates.placeAndMonth(c.province(), day))));
        // The height given is the content's: the frame and the padding come on top of it.
        return new Div().setHeight(inside).setBorder(new DoubleBorder(ColorConstants.BLACK, COVER_BORDER))
                .setPadding(COVER_PADDING).add(top).add(middle).add(bottom);
    }

    private Table contents(List<Line> lines) {
        Table t = new Table(UnitValue.createPercentArray(new float[] {7, 41, 21, 22, 9})).useAllAvailableWidth();
        for (String header : List.of("TT", "Tên tham luận", "Đơn vị", "Người trình bày", "Trang")) {
            t.addHeaderCell(cell().setBackgroundColor(new DeviceGray(0.9f))
                    .add(new Paragraph().setMargin(0).setTextAlignment(TextAlignment.CENTER).add(fonts.bold(header))));
        }
        for (Line line : lines) {
            ProceedingsEntry e = line.entry();
            Paragraph topic = paragraph().add(fonts.regular(e.topic()));
            if (!e.included()) {
                topic.add(fonts.italic("\n" + notIncludedNote(e)));
            }
            Paragraph speaker = paragraph().add(fonts.regular(e.speakerName() == null ? NO_PAGE : e.speakerName()));
            if (e.speakerTitle() != null) {
                speaker.add(fonts.italic("\n" + e.speakerTitle()).setFontSize(BODY - 1));
            }
            if (e.printedOnly()) {
                speaker.add(fonts.italic("\n(chỉ in, không trình bày)").setFontSize(BODY - 1));
            }
            List<Cell> cells = List.of(
                    cell().add(paragraph().setTextAlignment(TextAlignment.CENTER).add(fonts.regular(line.number() + "."))),
                    cell().add(topic),
                    cell().add(paragraph().add(fonts.regular(e.unitName()))),
                    cell().add(speaker),
                    cell().add(paragraph().setTextAlignment(TextAlignment.CENTER)
                            .add(fonts.regular(line.page() == null ? NO_PAGE : line.page().toString()))));
            for (Cell cell : cells) {
                if (line.destination() != null) {
                    cell.setAction(PdfAction.createGoTo(line.destination()));
                }
                t.addCell(cell);
            }
        }
        return t;
    }

    private static Cell cell() {
        return new Cell().setBorder(new SolidBorder(0.5f)).setPadding(3).setPaddingLeft(4).setPaddingRight(4)
                .setVerticalAlignment(VerticalAlignment.TOP).setKeepTogether(true);
    }

    private static Paragraph paragraph() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f);
    }

    private static Paragraph centred(float size) {
        return new Paragraph().setMargin(0).setFontSize(size).setMultipliedLeading(1.2f)
                .setTextAlignment(TextAlignment.CENTER);
    }

    private static LineSeparator rule(float width) {
        return new LineSeparator(new SolidLine(0.8f)).setWidth(width)
                .setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginTop(2 * MM);
    }

    /** Why an entry is listed without its pages, as the table of contents says it. */
    private static String notIncludedNote(ProceedingsEntry e) {
        return e.fileType() == FileType.DOCX ? "(bản Word — không in kèm, xem tệp gốc)" : "(chưa có tệp — không in kèm)";
    }
}
