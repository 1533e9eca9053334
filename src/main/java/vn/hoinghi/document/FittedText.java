package vn.hoinghi.document;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.ArrayList;
import java.util.List;

/**
 * Text set in the largest size that fits a width in at most so many lines, broken at spaces; drawn straight on a
 * canvas, centred. Cards and name plates print names of any length in a fixed box: a long name gets smaller type
 * (down to a floor), and what still does not fit ends in "…" rather than running over the edge.
 */
public record FittedText(PdfFont font, float size, List<String> lines) {

    private static final float STEP = 0.5f;
    private static final String ELLIPSIS = "…";

    /** The largest size from {@code max} down to {@code min} at which the text fits; at {@code min}, cut to fit. */
    public static FittedText fit(PdfFont font, String text, float width, int maxLines, float max, float min) {
        String clean = PdfFonts.nfc(text).strip().replaceAll("\\s+", " ");
        for (float size = max; size >= min; size -= STEP) {
            List<String> lines = wrap(font, clean, width, size);
            if (lines.size() <= maxLines && fits(font, lines, width, size)) {
                return new FittedText(font, size, balanced(font, clean, width, size, lines));
            }
        }
        return new FittedText(font, min, cut(font, wrap(font, clean, width, min), width, maxLines, min));
    }

    /** The height the lines take at the given leading (a multiple of the size). */
    public float height(float leading) {
        return lines.isEmpty() ? 0 : size * leading * lines.size();
    }

    /** The capitals' height in points, from the font's own metrics. */
    public float capHeight() {
        return font.getFontProgram().getFontMetrics().getCapHeight() * size / 1000f;
    }

    /**
     * Draws the lines centred on {@code centreX}, the first baseline at {@code firstBaseline}, each next one
     * {@code leading × size} lower. Returns the baseline of the last line.
     */
    public float drawCentred(PdfCanvas canvas, float centreX, float firstBaseline, float leading, Color colour) {
        float baseline = firstBaseline;
        canvas.saveState().setFillColor(colour);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            baseline = firstBaseline - i * size * leading;
            canvas.beginText().setFontAndSize(font, size)
                    .moveText(centreX - font.getWidth(line, size) / 2, baseline).showText(line).endText();
        }
        canvas.restoreState();
        return baseline;
    }

    /**
     * The same number of lines, as even as they go: the narrowest width that still breaks the text into that many
     * lines, so a unit ends "… tỉnh / Quảng Trị" rather than leaving "Trị" alone on the second line.
     */
    private static List<String> balanced(PdfFont font, String text, float width, float size, List<String> lines) {
        if (lines.size() < 2) {
            return lines;
        }
        float low = width / lines.size();
        float high = width;
        List<String> best = lines;
        while (high - low > 1) {
            float middle = (low + high) / 2;
            List<String> tried = wrap(font, text, middle, size);
            if (tried.size() <= lines.size() && fits(font, tried, middle, size)) {
                best = tried;
                high = middle;
            } else {
                low = middle;
            }
        }
        return best;
    }

    private static boolean fits(PdfFont font, List<String> lines, float width, float size) {
        return lines.stream().allMatch(l -> font.getWidth(l, size) <= width);
    }

    private static List<String> wrap(PdfFont font, String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.isEmpty() ? new String[0] : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getWidth(longer, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The first lines that fit, the last of them shortened with "…" when words were left out or it is too wide. */
    private static List<String> cut(PdfFont font, List<String> lines, float width, int maxLines, float size) {
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(maxLines, lines.size())));
        for (int i = 0; i < kept.size(); i++) {
            boolean last = i == kept.size() - 1;
            boolean more = last && lines.size() > kept.size();
            String line = kept.get(i);
            if (more || font.getWidth(line, size) > width) {
                String shortened = line;
                while (!shortened.isEmpty() && font.getWidth(shortened + ELLIPSIS, size) > width) {
                    shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1)).stripTrailing();
                }
                kept.set(i, shortened + ELLIPSIS);
            }
        }
        return kept;
    }
}
