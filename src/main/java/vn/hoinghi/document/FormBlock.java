package vn.hoinghi.document;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;

/**
 * A block that is the same on many pages (a letterhead), laid out and drawn once into a form XObject that
 * each page only references: much faster than laying it out again per page, and a smaller file.
 */
public final class FormBlock {

    private final PdfFormXObject form;

    private FormBlock(PdfFormXObject form) {
        this.form = form;
    }

    /** Draws the content, of the given width, into a form of the document; every font in it must be set. */
    public static FormBlock of(PdfDocument pdf, float width, Div content) {
        Rectangle tall = new Rectangle(width, 14_000);
        float height;
        // Measured against a canvas of its own (never drawn, never written) for the canvas' default properties.
        try (Canvas probe = new Canvas(new PdfFormXObject(tall), pdf)) {
            height = content.createRendererSubTree().setParent(probe.getRenderer())
                    .layout(new LayoutContext(new LayoutArea(1, tall))).getOccupiedArea().getBBox().getHeight();
        }
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        try (Canvas canvas = new Canvas(form, pdf)) {
            canvas.add(content);
        }
        return new FormBlock(form);
    }

    /** A new element showing the block, to add to a page's flow. */
    public Div place() {
        return new Div().add(new Image(form));
    }
}
