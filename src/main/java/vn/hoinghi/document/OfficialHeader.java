package vn.hoinghi.document;

import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;

/**
 * The head of a Vietnamese administrative document (Decree 30/2020/NĐ-CP, Appendix I): on the left the
 * issuing body in bold capitals over a short rule and the document number; on the right the national
 * name, the motto over a rule of its own length, and the place and date in italics.
 */
@StaysVietnamese("the national motto and number line of an official document (Decree 30/2020)")
public record OfficialHeader(String issuer, String number, String place, LocalDate date) {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** "…TỈNH QUẢNG TRỊ" etc.: the issuer's name breaks before its (last) place word, as headers are usually set. */
    private static final Pattern PLACE = Pattern.compile(
            "^(.+(?<!\\sTHỊ))\\s+((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)\\s.+)$");
    private static final float SIZE = 13;
    private static final float RULE = 0.6f;

    /**
     * The header of a document of a kind ("GM" for giấy mời) from an issuer, dated; the number is left
     * blank ("Số:      /GM-UBND") for the clerk who registers the document.
     */
    public static OfficialHeader of(String issuer, String kind, String place, LocalDate date) {
        String abbreviation = abbreviation(issuer);
        return new OfficialHeader(issuer, "Số:          /" + kind + (abbreviation.isEmpty() ? "" : "-" + abbreviation),
                place, date);
    }

    /** A header without a document number, for lists and other attachments. */
    public static OfficialHeader unnumbered(String issuer, String place, LocalDate date) {
        return new OfficialHeader(issuer, null, place, date);
    }

    public Table table(PdfFonts fonts) {
        List<String> issuerLines = issuerLines(issuer);
        Paragraph issuerText = centred(SIZE);
        for (int i = 0; i < issuerLines.size(); i++) {
            issuerText.add(fonts.bold((i > 0 ? "\n" : "") + issuerLines.get(i)));
        }
        float issuerWidth = (float) issuerLines.stream().mapToDouble(l -> fonts.bold().getWidth(l, SIZE)).max().orElse(0);

        Table t = new Table(UnitValue.createPercentArray(new float[] {38, 62})).useAllAvailableWidth().setFixedLayout();
        t.addCell(cell().add(issuerText).add(rule(issuerWidth * 0.4f)));
        t.addCell(cell().add(centred(SIZE).add(fonts.bold(NATION)))
                .add(centred(SIZE + 1).add(fonts.bold(MOTTO)))
                .add(rule(fonts.bold().getWidth(PdfFonts.nfc(MOTTO), SIZE + 1))));
        t.addCell(cell().add(centred(SIZE).add(fonts.regular(number == null ? "" : number)).setMarginTop(5)));
        t.addCell(cell().add(centred(SIZE + 1).add(fonts.italic(VietnameseDates.placeAndDate(place, date)))
                .setMarginTop(5)));
        return t;
    }

    /** The issuer in capitals, broken before its place: "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ". */
    public static List<String> issuerLines(String issuer) {
        String upper = PdfFonts.upper(SearchKey.clean(issuer));
        Matcher m = PLACE.matcher(upper);
        return m.matches() ? List.of(m.group(1), m.group(2)) : List.of(upper);
    }

    /** The initials of the issuing body without its place, as document numbers use them: "UBND", "HĐND", "SNV". */
    public static String abbreviation(String issuer) {
        String body = issuerLines(issuer).getFirst();
        List<String> initials = new ArrayList<>();
        for (String word : body.split("[\\s,]+")) {
            if (word.isEmpty() || word.equals("VÀ")) {
                continue;
            }
            char first = word.charAt(0);
            initials.add(first == 'Đ' ? "Đ" : SearchKey.fold(String.valueOf(first)).toUpperCase(PdfFonts.VIETNAMESE));
        }
        return String.join("", initials);
    }

    private static Cell cell() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static Paragraph centred(float size) {
        return new Paragraph().setFontSize(size).setTextAlignment(TextAlignment.CENTER)
                .setMargin(0).setMultipliedLeading(1.1f);
    }

    private static LineSeparator rule(float width) {
        return new LineSeparator(new SolidLine(RULE)).setWidth(width)
                .setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginTop(3);
    }
}
