package vn.hoinghi.invitation;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.time.LocalDate;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.document.FormBlock;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.QrImage;
import vn.hoinghi.document.SignerBlock;
import vn.hoinghi.document.VietnameseDates;
import vn.hoinghi.point.MeetingPoint;

/** Lays out one invitation letter (giấy mời) per page in the Decree-30 form, the delegate's QR at the bottom left under "Nơi nhận". */
@StaysVietnamese("the invitation letter, an official document")
final class InvitationLetter {

    private static final float MM = OfficialPage.MM;
    private static final float QR = 35 * MM;
    private static final float BODY = 14;
    private static final float INDENT = 10 * MM;

    private final PdfFonts fonts;
    private final Conference conference;
    private final FormBlock letterhead;

    /** Prepares the document's pages for letters of this conference, all issued on the given day. */
    InvitationLetter(Document doc, PdfFonts fonts, Conference conference, LocalDate issued) {
        this.fonts = fonts;
        this.conference = conference;
        OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(BODY);
        float width = doc.getPdfDocument().getDefaultPageSize().getWidth() - OfficialPage.LEFT - OfficialPage.RIGHT;
        letterhead = FormBlock.of(doc.getPdfDocument(), width, new Div().setFontSize(BODY)
                .add(OfficialHeader.of(conference.organizer(), "GM", conference.province(), issued).table(fonts))
                .add(centred().setMarginTop(18).add(fonts.bold("GIẤY MỜI")))
                .add(centred().add(fonts.bold("Dự " + conference.title()))));
    }

    void write(Document doc, Delegate d, MeetingPoint point, String link, String code) {
        String you = d.honorific().isEmpty() ? "Ông/Bà" : d.honorific();
        doc.add(letterhead.place());
        doc.add(paragraph().setMarginTop(14).add(fonts.regular("Kính gửi: "))
                .add(fonts.bold(you + " " + d.fullName())).add(fonts.regular(addressee(d))));
        doc.add(paragraph().setMarginTop(10).add(fonts.regular(organizer() + " trân trọng kính mời " + you
                + " đến dự " + conference.title() + ".")));
        doc.add(line("Thời gian: ", VietnameseDates.meetingTime(Times.local(conference.startsAt())) + "."));
        if (d.atHall()) {
            doc.add(line("Địa điểm: ", conference.venue() + "."));
        } else {
            String room = point == null || point.room() == null ? "" : " – " + point.room();
            doc.add(line("Dự tại điểm cầu: ", d.pointName() + room + "."));
        }
        if (d.seat() != null) {
            doc.add(line("Ghế: ", d.seat() + "."));
        }
        doc.add(paragraph().add(fonts.italic("Đề nghị " + you + " mang theo giấy mời này (hoặc ảnh chụp mã QR "
                + "trên giấy mời) để làm thủ tục vào dự hội nghị.")));
        doc.add(paragraph().add(fonts.regular("Rất mong " + you + " đến dự đúng thời gian./.")));
        doc.add(signatures(link, code));
    }

    /** " – Bí thư Tỉnh ủy, Tỉnh ủy", leaving out the unit when the title already names it. */
    private static String addressee(Delegate d) {
        String title = SearchKey.clean(d.title());
        String unit = SearchKey.clean(d.unitName());
        if (title == null) {
            return unit == null ? "" : " – " + unit;
        }
        boolean unitInTitle = unit == null || SearchKey.fold(title).contains(SearchKey.fold(unit));
        return " – " + title + (unitInTitle ? "" : ", " + unit);
    }

    private String organizer() {
        String organizer = SearchKey.clean(conference.organizer());
        return organizer == null ? "Ban Tổ chức" : organizer;
    }

    /** "Nơi nhận" with the QR under it on the left, the signer on the right; never split over two pages. */
    private Table signatures(String link, String code) {
        Table t = new Table(UnitValue.createPercentArray(new float[] {45, 55})).useAllAvailableWidth().setFixedLayout()
                .setMarginTop(12);
        t.setKeepTogether(true);
        Paragraph recipients = new Paragraph().setMargin(0).setMultipliedLeading(1.15f)
                .add(fonts.boldItalic("Nơi nhận:").setFontSize(12))
                .add(fonts.regular("\n- Như trên;\n- Lưu: VT.").setFontSize(11));
        Paragraph signer = centred();
        SignerBlock.lines(conference.signerBlock()).forEach(s -> signer.add(fonts.bold(s + "\n")));
        Div qr = new Div().setWidth(QR).setMarginTop(4 * MM).add(QrImage.of(link, QR))
                .add(new Paragraph().setMargin(0).setFontSize(8).setTextAlignment(TextAlignment.CENTER)
                        .add(fonts.regular(code)));
        t.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).add(recipients).add(qr));
        t.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).add(signer)
                .add(centred().setMarginTop(25 * MM).add(fonts.bold(conference.signerName()))));
        return t;
    }

    private Paragraph line(String label, String value) {
        return paragraph().add(fonts.bold(label)).add(fonts.regular(value));
    }

    private static Paragraph paragraph() {
        return new Paragraph().setMargin(0).setMarginTop(6).setFirstLineIndent(INDENT)
                .setMultipliedLeading(1.2f).setTextAlignment(TextAlignment.JUSTIFIED);
    }

    private static Paragraph centred() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(TextAlignment.CENTER);
    }
}
