package vn.hoinghi.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.layout.element.Image;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/** A QR code as a small black-and-white PDF image (1 bit per pixel): error correction M, a 2-module quiet zone. */
public final class QrImage {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 2,
            EncodeHintType.CHARACTER_SET, "UTF-8");
    /** Pixels per module: enough for viewers that smooth images when scaling them up. */
    private static final int SCALE = 4;

    private QrImage() {
    }

    /** The QR code of the text, sized to a square of the given side in points. */
    public static Image of(String text, float side) {
        return new Image(data(text)).scaleToFit(side, side);
    }

    /** The QR code drawn straight on a canvas, a square of the given side in points with its lower left corner at x, y. */
    public static void draw(com.itextpdf.kernel.pdf.canvas.PdfCanvas canvas, String text, float x, float y, float side) {
        canvas.addImageFittedIntoRectangle(data(text), new com.itextpdf.kernel.geom.Rectangle(x, y, side, side), false);
    }

    /** The QR code as an SVG image for a web page: one path, one unit per module. */
    public static String svg(String text) {
        BitMatrix m = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' shape-rendering='crispEdges'>"
                .formatted(m.getWidth(), m.getHeight())
                + "<rect width='100%' height='100%' fill='#fff'/><path fill='#000' d='" + path + "'/></svg>";
    }

    /**
     * The QR code as a PNG data URI for a web page: one pixel per module (a few hundred bytes), for the page to scale up
     * without smoothing ({@code image-rendering: pixelated}).
     */
    public static String pngDataUri(String text) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(512);
            MatrixToImageWriter.writeToStream(matrix(text), "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR: " + text, e);
        }
    }

    static ImageData data(String text) {
        BitMatrix m = matrix(text);
        int side = m.getWidth() * SCALE;
        int rowBytes = (side + 7) / 8;
        byte[] bits = new byte[rowBytes * side];
        Arrays.fill(bits, (byte) 0xFF); // DeviceGray, 1 bit: 1 is white
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (m.get(x / SCALE, y / SCALE)) {
                    bits[y * rowBytes + x / 8] &= (byte) ~(0x80 >> (x % 8));
                }
            }
        }
        return ImageDataFactory.create(side, side, 1, 1, bits, null);
    }
}
