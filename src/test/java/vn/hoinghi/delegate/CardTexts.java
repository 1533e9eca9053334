package vn.hoinghi.delegate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one card of a cards PDF back: the text inside its frame, and the QR code drawn inside it. */
final class CardTexts {

    private CardTexts() {
    }

    /** The text of the card at this place in the print order (0 is the first card of the first page). */
    static String card(byte[] pdf, int index) {
        Rectangle slot = CardSheet.slot(index % (CardSheet.COLUMNS * CardSheet.ROWS));
        try (PdfDocument doc = open(pdf)) {
            var listener = new FilteredTextEventListener(new LocationTextExtractionStrategy(), new TextRegionEventFilter(slot));
            return PdfTextExtractor.getTextFromPage(doc.getPage(page(index)), listener).replaceAll("\\s+", " ");
        }
    }

    /** The text of the QR code drawn on the card at this place. */
    static String qr(byte[] pdf, int index) {
        Rectangle slot = CardSheet.slot(index % (CardSheet.COLUMNS * CardSheet.ROWS));
        List<String> found = new ArrayList<>();
        try (PdfDocument doc = open(pdf)) {
            new PdfCanvasProcessor(new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    ImageRenderInfo image = (ImageRenderInfo) data;
                    var ctm = image.getImageCtm();
                    float x = ctm.get(6);
                    float y = ctm.get(7);
                    if (slot.contains(new Rectangle(x, y, ctm.get(0), ctm.get(4)))) {
                        found.add(decode(image));
                    }
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_IMAGE);
                }
            }).processPageContent(doc.getPage(page(index)));
        }
        if (found.size() != 1) {
            throw new AssertionError("Card " + index + " has " + found.size() + " QR codes");
        }
        return found.getFirst();
    }

    private static String decode(ImageRenderInfo image) {
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image.getImage().getBufferedImage())));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
        } catch (IOException | ReaderException e) {
            throw new AssertionError("An unreadable QR code", e);
        }
    }

    private static int page(int index) {
        return index / (CardSheet.COLUMNS * CardSheet.ROWS) + 1;
    }

    private static PdfDocument open(byte[] pdf) {
        try {
            return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
