package vn.hoinghi.invitation;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads back what a generated PDF holds: its pages' text and the QR codes drawn on a page. */
public final class PdfAssertions {

    private PdfAssertions() {
    }

    public static int pages(byte[] pdf) {
        try (PdfDocument doc = open(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** The page's text with every run of white space as one space, so wrapped lines read as one. */
    public static String text(byte[] pdf, int page) {
        try (PdfDocument doc = open(pdf)) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(page), new LocationTextExtractionStrategy())
                    .replaceAll("\\s+", " ");
        }
    }

    /** The text of every QR image on the page. */
    public static List<String> qrCodes(byte[] pdf, int page) {
        List<String> found = new ArrayList<>();
        try (PdfDocument doc = open(pdf)) {
            var resources = doc.getPage(page).getResources();
            for (PdfName name : resources.getResourceNames(PdfName.XObject)) {
                PdfImageXObject image = resources.getImage(name);
                if (image != null) {
                    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image.getBufferedImage())));
                    found.add(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText());
                }
            }
        } catch (IOException | com.google.zxing.ReaderException e) {
            throw new AssertionError("No readable QR code on page " + page, e);
        }
        return found;
    }

    /** Keeps a copy under target/ for looking at (pdftoppm -png -r 60 …). */
    public static void save(byte[] pdf, String name) {
        try {
            Files.createDirectories(Path.of("target/pdf"));
            Files.write(Path.of("target/pdf", name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfDocument open(byte[] pdf) {
        try {
            return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
