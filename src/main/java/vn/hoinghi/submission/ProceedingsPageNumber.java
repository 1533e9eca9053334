package vn.hoinghi.submission;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.nio.charset.StandardCharsets;
import vn.hoinghi.document.OfficialPage;

/**
 * Stamps "Trang 7" small at the bottom centre of a page as the reader sees it — also on a landscape page, a page of
 * another size or one turned by its /Rotate entry — on a white label, so it stays legible over whatever the unit's
 * own page has there, and hides at most a word-sized patch of its margin.
 */
final class ProceedingsPageNumber {

    private static final float SIZE = 9;
    private static final float LIFT = 4 * OfficialPage.MM;
    private static final float PAD = 3;
    private static final byte[] SAVE = "q\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESTORE = "\nQ\n".getBytes(StandardCharsets.US_ASCII);

    private ProceedingsPageNumber() {
    }

    /**
     * Adds the number after the page's content. A copied page's content is first wrapped in q … Q, so a graphics
     * state it leaves changed (a scale, a clip, a colour) cannot move or hide the number.
     */
    static void stamp(PdfPage page, int number, PdfFont font, boolean isolateContent) {
        if (isolateContent) {
            page.newContentStreamBefore().getOutputStream().writeBytes(SAVE);
            page.newContentStreamAfter().getOutputStream().writeBytes(RESTORE);
        }
        String text = "Trang " + number;
        Rectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean sideways = rotation == 90 || rotation == 270;
        float width = sideways ? box.getHeight() : box.getWidth();
        float textWidth = font.getWidth(text, SIZE);
        float x = (width - textWidth) / 2;

        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), page.getDocument());
        canvas.saveState();
        upright(canvas, box, rotation);
        canvas.setFillColor(ColorConstants.WHITE)
                .rectangle(x - PAD, LIFT - PAD, textWidth + 2 * PAD, SIZE + 2 * PAD).fill();
        canvas.beginText().setFontAndSize(font, SIZE).setFillColor(ColorConstants.BLACK)
                .moveText(x, LIFT + 1.5).showText(text).endText();
        canvas.restoreState();
    }

    /** Moves the origin to the bottom-left corner the reader sees, with x to the right and y up as they see it. */
    private static void upright(PdfCanvas canvas, Rectangle box, int rotation) {
        switch (rotation) {
            case 90 -> canvas.concatMatrix(0, 1, -1, 0, box.getRight(), box.getBottom());
            case 180 -> canvas.concatMatrix(-1, 0, 0, -1, box.getRight(), box.getTop());
            case 270 -> canvas.concatMatrix(0, -1, 1, 0, box.getLeft(), box.getTop());
            default -> canvas.concatMatrix(1, 0, 0, 1, box.getLeft(), box.getBottom());
        }
    }
}
