package vn.hoinghi.award;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.VietnameseDates;

/**
 * One landscape A4 page per recipient, to print on the certificate paper or plain paper: the national name and
 * motto, the issuer "TẶNG" the award form, the recipient in large type, what they did, the decision it rests
 * on, and the signer. A double red frame stands in for the printed border when plain paper is used.
 */
public @StaysVietnamese("the certificates (Bằng khen, Giấy khen)")
final class CertificatePdf {

    private static final DeviceRgb RED = new DeviceRgb(0xB0, 0x1E, 0x1E);
    private static final float MARGIN = 48;

    private CertificatePdf() {
    }

    public static byte[] of(List<Certificate> certificates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PageSize page = PageSize.A4.rotate();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out).setSmartMode(true)), page, false)) {
            doc.getPdfDocument().getDocumentInfo().setTitle("Bằng khen");
            doc.setMargins(MARGIN + 10, MARGIN + 40, MARGIN, MARGIN + 40);
            PdfFonts fonts = new PdfFonts();
            doc.setFont(fonts.regular()).setFontSize(14);
            for (int i = 0; i < certificates.size(); i++) {
                if (i > 0) {
                    doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                }
                page(doc, fonts, certificates.get(i));
            }
            for (int i = 1; i <= doc.getPdfDocument().getNumberOfPages(); i++) {
                frame(doc.getPdfDocument().getPage(i));
            }
        }
        return out.toByteArray();
    }

    private static void page(Document doc, PdfFonts fonts, Certificate c) {
        doc.add(centred(13).add(fonts.bold(OfficialHeader.NATION)));
        doc.add(centred(14).add(fonts.bold(OfficialHeader.MOTTO)).setMarginBottom(14));
        doc.add(centred(16).add(fonts.bold(PdfFonts.upper(c.issuer()))));
        doc.add(centred(16).add(fonts.bold("TẶNG")).setMarginTop(6));
        doc.add(centred(40).add(red(fonts.bold(PdfFonts.upper(c.awardForm())))).setMarginTop(4).setMarginBottom(8));
        doc.add(centred(28).add(red(fonts.bold(c.recipient()))));
        String who = c.collective() ? c.workUnit() : join(c.title(), c.workUnit());
        if (who != null && !who.isBlank()) {
            doc.add(centred(16).add(fonts.italic(who)).setMarginTop(2));
        }
        doc.add(centred(16).add(fonts.regular("Đã có thành tích: ")).add(fonts.italic(c.achievement()))
                .setMarginTop(10).setMarginLeft(30).setMarginRight(30));
        Paragraph decision = new Paragraph().setMarginTop(22).setFontSize(13).setMultipliedLeading(1.2f)
                .add(fonts.regular("Quyết định số "))
                // "1234/QĐ-UBND" is one word: it moves to the next line whole rather than breaking at "/" or "-".
                .add(fonts.regular(orBlank(c.decisionNumber())).setSplitCharacters((glyphs, at) -> false))
                .add(fonts.regular(c.decisionDate() == null ? "" : "\nngày " + Times.DATE.format(c.decisionDate())));
        Paragraph signer = new Paragraph().setTextAlignment(TextAlignment.CENTER).setFontSize(14).setMultipliedLeading(1.2f)
                .add(fonts.italic(c.decisionDate() == null ? "" : VietnameseDates.placeAndDate(c.place(), c.decisionDate()) + "\n"))
                .add(fonts.bold(orBlank(c.signerTitle())))
                .add(fonts.bold("\n\n\n\n" + orBlank(c.signerName())));
        com.itextpdf.layout.element.Table bottom = new com.itextpdf.layout.element.Table(new float[] {1, 1})
                .useAllAvailableWidth().setFixedLayout().setMarginTop(4);
        bottom.addCell(new com.itextpdf.layout.element.Cell().setBorder(null).add(decision));
        bottom.addCell(new com.itextpdf.layout.element.Cell().setBorder(null).add(signer));
        doc.add(bottom);
    }

    /** A thick and a thin red rule inside the page's edge. */
    private static void frame(PdfPage page) {
        Rectangle box = page.getPageSize();
        PdfCanvas canvas = new PdfCanvas(page);
        canvas.setStrokeColor(RED).setLineWidth(3)
                .rectangle(box.getX() + 24, box.getY() + 24, box.getWidth() - 48, box.getHeight() - 48).stroke();
        canvas.setLineWidth(0.8f)
                .rectangle(box.getX() + 31, box.getY() + 31, box.getWidth() - 62, box.getHeight() - 62).stroke();
        canvas.release();
    }

    private static Text red(Text text) {
        return text.setFontColor(RED);
    }

    private static Paragraph centred(float size) {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(TextAlignment.CENTER).setFontSize(size);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + ", " + b;
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }
}
