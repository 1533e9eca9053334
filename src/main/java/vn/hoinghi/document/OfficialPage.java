package vn.hoinghi.document;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/** Page margins of an administrative document per Decree 30/2020/NĐ-CP (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm). */
public final class OfficialPage {

    public static final float MM = 72f / 25.4f;
    public static final float TOP = 20 * MM;
    public static final float BOTTOM = 20 * MM;
    public static final float LEFT = 30 * MM;
    public static final float RIGHT = 15 * MM;

    private OfficialPage() {
    }

    /** Decree 30: the page number centred in the top margin, from the second page on (call once every page exists). */
    public static void numberPages(Document doc, PdfFonts fonts) {
        int pages = doc.getPdfDocument().getNumberOfPages();
        for (int i = 2; i <= pages; i++) {
            var page = doc.getPdfDocument().getPage(i).getPageSize();
            doc.showTextAligned(new Paragraph().add(fonts.regular(Integer.toString(i))).setFontSize(13),
                    (LEFT + page.getWidth() - RIGHT) / 2, page.getHeight() - 10 * MM, i, TextAlignment.CENTER,
                    VerticalAlignment.TOP, 0);
        }
    }

    /** Sets the margins, keeping a band of the given height free above the bottom margin. */
    public static Document margins(Document doc, float bottomBand) {
        doc.setMargins(TOP, RIGHT, BOTTOM + bottomBand, LEFT);
        return doc;
    }
}
