package vn.hoinghi.demo;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;

/** A demo unit's narrative report: the header, the title and the outline's headings, each with a line of text. */
@StaysVietnamese("the demo conference's data")
final class DemoReportFile {

    private DemoReportFile() {
    }

    static byte[] pdf(String unitName, String outline) {
        PdfFonts fonts = new PdfFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(13);
            doc.add(OfficialHeader.of(unitName, "BC", "Quảng Trị", LocalDate.of(2021, 10, 25)).table(fonts));
            doc.add(new Paragraph().setMarginTop(16).setTextAlignment(TextAlignment.CENTER).add(fonts.bold("BÁO CÁO")));
            doc.add(new Paragraph().setMargin(0).setTextAlignment(TextAlignment.CENTER)
                    .add(fonts.bold("Sơ kết công tác phòng, chống dịch Covid-19 đợt dịch thứ 4")));
            boolean body = false;
            for (String line : (outline == null ? "" : outline).lines().map(String::strip).toList()) {
                body |= line.startsWith("I.");
                if (body && !line.isEmpty() && !line.startsWith("Lưu ý")) {
                    boolean part = line.matches("^[IVX]+\\..*");
                    doc.add(new Paragraph().setMarginTop(part ? 8 : 3).setMarginBottom(0)
                            .add(part ? fonts.bold(line) : fonts.regular(line + ": " + unitName
                                    + " đã triển khai theo kế hoạch (nội dung mẫu).")));
                }
            }
        }
        return out.toByteArray();
    }

    /** "UBND huyện Triệu Phong" → "ubnd-huyen-trieu-phong". */
    static String slug(String name) {
        return SearchKey.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
