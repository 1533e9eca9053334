package vn.hoinghi.document;

import com.itextpdf.layout.Document;

/** Page margins of an administrative document per Decree 30/2020/NĐ-CP (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm). */
public final class OfficialPage {

    public static final float MM = 72f / 25.4f;
    public static final float TOP = 20 * MM;
    public static final float BOTTOM = 20 * MM;
    public static final float LEFT = 30 * MM;
    public static final float RIGHT = 15 * MM;

    private OfficialPage() {
    }

    /** Sets the margins, keeping a band of the given height free above the bottom margin. */
    public static Document margins(Document doc, float bottomBand) {
        doc.setMargins(TOP, RIGHT, BOTTOM + bottomBand, LEFT);
        return doc;
    }
}
