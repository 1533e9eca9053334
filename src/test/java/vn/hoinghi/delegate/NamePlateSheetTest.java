package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import vn.hoinghi.document.FittedText;
import vn.hoinghi.document.PdfFonts;

/** A name plate reads across a room: the name's capitals are tall, and a long name still fits the page. */
class NamePlateSheetTest {

    private final PdfFonts fonts = new PdfFonts();
    private final NamePlateSheet sheet = new NamePlateSheet(new PdfDocument(new PdfWriter(new ByteArrayOutputStream())), fonts);

    @Test
    void aThreeWordNameGetsCapitalsOverTwelveMillimetresOnOneLine() {
        FittedText name = sheet.name(person("Nguyễn Văn Đức"));

        assertThat(name.lines()).containsExactly("NGUYỄN VĂN ĐỨC");
        float capMm = name.capHeight() / NamePlateSheet.MM;
        System.out.printf("name-plate: NGUYỄN VĂN ĐỨC at %.1f pt, cap height %.1f mm%n", name.size(), capMm);
        assertThat(capMm).isGreaterThan(12);
    }

    @Test
    void aLongNameIsBrokenIntoTwoLinesRatherThanSetSmall() {
        FittedText name = sheet.name(person("Tôn Nữ Thị Phương Thảo Nguyên Hạnh"));

        assertThat(name.lines()).hasSize(2);
        assertThat(name.size()).isGreaterThanOrEqualTo(NamePlateSheet.ONE_LINE_FLOOR);
        assertThat(name.lines()).allSatisfy(line ->
                assertThat(fonts.bold().getWidth(line, name.size())).isLessThanOrEqualTo(NamePlateSheet.TEXT_WIDTH));
    }

    @Test
    void whatCannotFitEndsInAnEllipsisInsideTheBox() {
        String unit = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Quảng Trị "
                + "và các huyện, thị xã, thành phố trực thuộc tỉnh trong giai đoạn 2021–2025";
        FittedText fitted = FittedText.fit(fonts.italic(), unit, 60 * NamePlateSheet.MM, 2, 11, 7.5f);

        assertThat(fitted.lines()).hasSize(2);
        assertThat(fitted.lines().getLast()).endsWith("…");
        assertThat(fitted.lines()).allSatisfy(line ->
                assertThat(fonts.italic().getWidth(line, fitted.size())).isLessThanOrEqualTo(60 * NamePlateSheet.MM));
    }

    private static PrintedDelegate person(String name) {
        return new PrintedDelegate(1, PdfFonts.nfc(name), null, null, null, "#B71C1C", true, "A", 1, null, null);
    }
}
