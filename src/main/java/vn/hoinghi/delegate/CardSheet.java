package vn.hoinghi.delegate;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.FittedText;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.QrImage;

/**
 * Lanyard cards of 90 × 130 mm (the common "thẻ đại biểu" size, a clear-pocket badge), four to an A4 page, edge
 * to edge, so that two cuts across and one down part them; cut marks in the margin and a hairline frame guide a
 * guillotine or scissors (decision 036). From the top: the organiser and the conference's title, the band in the
 * group's colour with "ĐẠI BIỂU" and the group, the name in capitals, title and unit, then the check-in QR (38 mm)
 * beside the seat or the meeting point.
 */
@StaysVietnamese("the delegate cards, printed documents")
final class CardSheet {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = 90 * MM;
    static final float HEIGHT = 130 * MM;
    static final int COLUMNS = 2;
    static final int ROWS = 2;
    static final float QR = 38 * MM;
    private static final float PAD = 6 * MM;
    private static final float LEFT = (PageSize.A4.getWidth() - COLUMNS * WIDTH) / 2;
    private static final float BOTTOM = (PageSize.A4.getHeight() - ROWS * HEIGHT) / 2;
    private static final Color INK = ColorConstants.BLACK;
    private static final Color MUTED = new DeviceGray(0.25f);

    private final PdfDocument pdf;
    private final PdfFonts fonts;
    private final Conference conference;
    private PdfCanvas canvas;
    private int onPage = COLUMNS * ROWS;

    CardSheet(PdfDocument pdf, PdfFonts fonts, Conference conference) {
        this.pdf = pdf;
        this.fonts = fonts;
        this.conference = conference;
    }

    /** Where a card's lower left corner lies: cards fill the page left to right, top to bottom. */
    static Rectangle slot(int index) {
        int column = index % COLUMNS;
        int row = index / COLUMNS;
        return new Rectangle(LEFT + column * WIDTH, BOTTOM + (ROWS - 1 - row) * HEIGHT, WIDTH, HEIGHT);
    }

    void add(PrintedDelegate d) {
        if (onPage == COLUMNS * ROWS) {
            canvas = new PdfCanvas(pdf.addNewPage(PageSize.A4));
            cutMarks();
            onPage = 0;
        }
        draw(slot(onPage++), d);
    }

    private void draw(Rectangle card, PrintedDelegate d) {
        float centre = card.getX() + WIDTH / 2;
        float inner = WIDTH - 2 * PAD;
        float top = card.getTop();
        canvas.saveState().setStrokeColor(new DeviceGray(0.8f)).setLineWidth(0.3f)
                .rectangle(card.getX(), card.getY(), WIDTH, HEIGHT).stroke().restoreState();
        FittedText organiser = FittedText.fit(fonts.regular(), PdfFonts.upper(conference.organizer()), inner, 1, 8, 6);
        organiser.drawCentred(canvas, centre, top - 10 * MM, 1.2f, MUTED);
        FittedText title = FittedText.fit(fonts.bold(), PdfFonts.upper(conference.title()), inner, 3, 10.5f, 7);
        title.drawCentred(canvas, centre, top - 15 * MM, 1.2f, INK);

        float bandTop = top - 30 * MM;
        float bandHeight = 17 * MM;
        int[] rgb = GroupColours.rgb(d.colour());
        canvas.saveState().setFillColor(new DeviceRgb(rgb[0], rgb[1], rgb[2]))
                .rectangle(card.getX(), bandTop - bandHeight, WIDTH, bandHeight).fill().restoreState();
        boolean hasGroup = d.groupName() != null;
        FittedText.fit(fonts.bold(), "ĐẠI BIỂU", inner, 1, 24, 24)
                .drawCentred(canvas, centre, bandTop - (hasGroup ? 9 : 11.5f) * MM, 1, ColorConstants.WHITE);
        if (hasGroup) {
            FittedText.fit(fonts.regular(), PdfFonts.upper(d.groupName()), inner, 1, 9, 6)
                    .drawCentred(canvas, centre, bandTop - 14 * MM, 1, ColorConstants.WHITE);
        }

        float cursor = bandTop - bandHeight - 9 * MM;
        FittedText name = FittedText.fit(fonts.bold(), PdfFonts.upper(d.name()), inner, 2, 20, 11);
        cursor = name.drawCentred(canvas, centre, cursor, 1.15f, INK) - 6.5f * MM;
        if (d.title() != null) {
            FittedText t = FittedText.fit(fonts.regular(), d.title(), inner, 2, 12, 8);
            cursor = t.drawCentred(canvas, centre, cursor, 1.15f, INK) - 5 * MM;
        }
        if (d.unit() != null) {
            FittedText.fit(fonts.italic(), d.unit(), inner, 2, 11, 7.5f).drawCentred(canvas, centre, cursor, 1.15f, INK);
        }
        placeAndQr(card, d);
    }

    /** The QR at the bottom left; beside it where the delegate sits, large, for the stewards at the door. */
    private void placeAndQr(Rectangle card, PrintedDelegate d) {
        float qrLeft = card.getX() + PAD - 2 * MM;
        float qrBottom = card.getY() + PAD - 2 * MM;
        QrImage.draw(canvas, d.qrLink(), qrLeft, qrBottom, QR);
        float boxLeft = qrLeft + QR + 2 * MM;
        float boxWidth = card.getRight() - PAD - boxLeft;
        float centre = boxLeft + boxWidth / 2;
        float middle = qrBottom + QR / 2;
        if (d.atHall() && d.seatRow() != null) {
            FittedText.fit(fonts.regular(), "HÀNG – GHẾ", boxWidth, 1, 9, 7).drawCentred(canvas, centre, middle + 9 * MM, 1, MUTED);
            FittedText.fit(fonts.bold(), d.seatRow() + " – " + d.seatNumber(), boxWidth, 1, 30, 14)
                    .drawCentred(canvas, centre, middle - 4 * MM, 1, INK);
        } else if (d.atHall()) {
            FittedText.fit(fonts.bold(), "HỘI TRƯỜNG", boxWidth, 1, 14, 8).drawCentred(canvas, centre, middle, 1, INK);
        } else {
            FittedText.fit(fonts.regular(), "DỰ TẠI", boxWidth, 1, 9, 7).drawCentred(canvas, centre, middle + 9 * MM, 1, MUTED);
            FittedText.fit(fonts.bold(), d.pointName(), boxWidth, 3, 12, 7).drawCentred(canvas, centre, middle + 2 * MM, 1.15f, INK);
        }
    }

    /** Short lines in the margin on every cut: the cards' outer edges and the lines between them. */
    private void cutMarks() {
        float length = 6 * MM;
        float gap = 1.5f * MM;
        float right = LEFT + COLUMNS * WIDTH;
        float top = BOTTOM + ROWS * HEIGHT;
        canvas.saveState().setStrokeColor(INK).setLineWidth(0.4f);
        for (int c = 0; c <= COLUMNS; c++) {
            float x = LEFT + c * WIDTH;
            canvas.moveTo(x, top + gap).lineTo(x, top + gap + length).moveTo(x, BOTTOM - gap).lineTo(x, BOTTOM - gap - length);
        }
        for (int r = 0; r <= ROWS; r++) {
            float y = BOTTOM + r * HEIGHT;
            canvas.moveTo(LEFT - gap, y).lineTo(LEFT - gap - length, y).moveTo(right + gap, y).lineTo(right + gap + length, y);
        }
        canvas.stroke().restoreState();
    }
}
