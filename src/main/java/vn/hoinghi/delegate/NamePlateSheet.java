package vn.hoinghi.delegate;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.FittedText;
import vn.hoinghi.document.PdfFonts;

/**
 * A desk name plate ("bảng tên") on one A4 page folded across the middle into a tent: the same face on both halves,
 * the upper one turned upside down, so that folded it reads the right way up from the hall and from the desk. The
 * name in bold capitals in the largest type that fits 186 mm on one line (two lines only for a name that would
 * otherwise fall under {@link #ONE_LINE_FLOOR}), the title under it; the seat small in a corner for whoever lays
 * the plates out (decision 036).
 */
@StaysVietnamese("the desk name plates, printed documents")
final class NamePlateSheet {

    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = PageSize.A4.getWidth();
    static final float HALF = PageSize.A4.getHeight() / 2;
    static final float TEXT_WIDTH = PAGE_WIDTH - 24 * MM;
    static final float NAME_MAX = 110;
    /** Below this a one-line name is broken into two larger lines. */
    static final float ONE_LINE_FLOOR = 44;
    private static final float NAME_MIN = 28;
    private static final float GAP = 7 * MM;

    private final PdfDocument pdf;
    private final PdfFonts fonts;

    NamePlateSheet(PdfDocument pdf, PdfFonts fonts) {
        this.pdf = pdf;
        this.fonts = fonts;
    }

    /** The name as set on the plate: one line when it reads large enough, else two. */
    FittedText name(PrintedDelegate d) {
        String capitals = PdfFonts.upper(d.name());
        FittedText oneLine = FittedText.fit(fonts.bold(), capitals, TEXT_WIDTH, 1, NAME_MAX, ONE_LINE_FLOOR);
        boolean fits = fonts.bold().getWidth(oneLine.lines().getFirst(), oneLine.size()) <= TEXT_WIDTH
                && !oneLine.lines().getFirst().endsWith("…");
        return fits ? oneLine : FittedText.fit(fonts.bold(), capitals, TEXT_WIDTH, 2, 80, NAME_MIN);
    }

    void add(PrintedDelegate d) {
        PdfCanvas canvas = new PdfCanvas(pdf.addNewPage(PageSize.A4));
        FittedText name = name(d);
        FittedText title = d.title() == null ? null : FittedText.fit(fonts.regular(), d.title(), TEXT_WIDTH, 2, 30, 14);
        face(canvas, d, name, title);
        canvas.saveState().concatMatrix(-1, 0, 0, -1, PAGE_WIDTH, 2 * HALF);
        face(canvas, d, name, title);
        canvas.restoreState();
        foldLine(canvas);
    }

    /** One face in the lower half, the block of name and title centred a little above its middle. */
    private void face(PdfCanvas canvas, PrintedDelegate d, FittedText name, FittedText title) {
        float ascent = 0.9f;
        float nameHeight = name.size() * ascent + (name.lines().size() - 1) * name.size() * 1.1f;
        float titleHeight = title == null ? 0 : GAP + title.size() * ascent + (title.lines().size() - 1) * title.size() * 1.2f;
        float top = HALF * 0.55f + (nameHeight + titleHeight) / 2;
        float centre = PAGE_WIDTH / 2;
        float baseline = name.drawCentred(canvas, centre, top - name.size() * ascent, 1.1f, ColorConstants.BLACK);
        if (title != null) {
            title.drawCentred(canvas, centre, baseline - GAP - title.size() * ascent, 1.2f, ColorConstants.BLACK);
        }
        if (d.seatRow() != null) {
            FittedText.fit(fonts.regular(), d.seatRow() + d.seatNumber(), 30 * MM, 1, 9, 9)
                    .drawCentred(canvas, PAGE_WIDTH - 14 * MM, 8 * MM, 1, new DeviceGray(0.6f));
        }
    }

    /** A dashed line across the middle: fold here. */
    private static void foldLine(PdfCanvas canvas) {
        canvas.saveState().setStrokeColor(new DeviceGray(0.65f)).setLineWidth(0.5f).setLineDash(4, 4)
                .moveTo(0, HALF).lineTo(PAGE_WIDTH, HALF).stroke().restoreState();
    }
}
