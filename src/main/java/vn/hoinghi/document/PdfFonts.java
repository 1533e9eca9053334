package vn.hoinghi.document;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.layout.element.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Liberation Serif (Times-compatible, covers Vietnamese), embedded as Identity-H subsets. The font files
 * are read from the classpath once; each PDF gets its own PdfFont objects, because iText binds a font to
 * one document and its parser is not safe to share between documents written at the same time.
 */
public final class PdfFonts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final byte[] REGULAR = read("Regular");
    private static final byte[] BOLD = read("Bold");
    private static final byte[] ITALIC = read("Italic");
    private static final byte[] BOLD_ITALIC = read("BoldItalic");

    private final PdfFont regular;
    private final PdfFont bold;
    private final PdfFont italic;
    private final PdfFont boldItalic;

    /** Fresh fonts for one PDF document; use them in that document only. */
    public PdfFonts() {
        regular = font(REGULAR);
        bold = font(BOLD);
        italic = font(ITALIC);
        boldItalic = font(BOLD_ITALIC);
    }

    public PdfFont regular() {
        return regular;
    }

    public PdfFont bold() {
        return bold;
    }

    public PdfFont italic() {
        return italic;
    }

    public PdfFont boldItalic() {
        return boldItalic;
    }

    public Text regular(String text) {
        return new Text(nfc(text)).setFont(regular);
    }

    public Text bold(String text) {
        return new Text(nfc(text)).setFont(bold);
    }

    public Text italic(String text) {
        return new Text(nfc(text)).setFont(italic);
    }

    public Text boldItalic(String text) {
        return new Text(nfc(text)).setFont(boldItalic);
    }

    /** Text as iText must receive it: composed (NFC), so each Vietnamese letter maps to one glyph; null as "". */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Vietnamese upper case ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN"), composed. */
    public static String upper(String text) {
        return nfc(nfc(text).toUpperCase(VIETNAMESE));
    }

    private static PdfFont font(byte[] program) {
        try {
            return PdfFontFactory.createFont(FontProgramFactory.createFont(program, false), PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.FORCE_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String style) {
        String path = "/fonts/LiberationSerif-" + style + ".ttf";
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
