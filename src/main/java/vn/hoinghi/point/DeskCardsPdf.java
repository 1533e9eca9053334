package vn.hoinghi.point;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.QrImage;

/**
 * The points' sign-in cards, eight to an A4 page (two across, four down, dashed lines to cut along): the point, its
 * cluster, the QR of its desk link, the link printed large to type, the technician and a line of instructions.
 */
@StaysVietnamese("the printed sign-in cards handed to the points' technicians")
final class DeskCardsPdf {

    static final int PER_PAGE = 8;
    private static final float MARGIN = 20;
    private static final float PADDING = 8;
    /** A cell's height is its content's: a quarter of the page less the padding and the dashed borders. */
    private static final float CARD_HEIGHT = (PageSize.A4.getHeight() - 2 * MARGIN) / 4 - 2 * PADDING - 3;
    private static final float QR_SIDE = 92;

    private DeskCardsPdf() {
    }

    static byte[] write(List<DeskCard> cards) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFonts fonts = new PdfFonts();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4)) {
            doc.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
            doc.getPdfDocument().getDocumentInfo().setTitle("Thẻ đăng nhập bàn điểm cầu");
            for (int from = 0; from < cards.size(); from += PER_PAGE) {
                if (from > 0) {
                    doc.add(new com.itextpdf.layout.element.AreaBreak());
                }
                Table page = new Table(UnitValue.createPercentArray(2)).useAllAvailableWidth();
                List<DeskCard> onPage = cards.subList(from, Math.min(cards.size(), from + PER_PAGE));
                onPage.forEach(card -> page.addCell(card(card, fonts)));
                if (onPage.size() % 2 == 1) {
                    page.addCell(new Cell().setBorder(Border.NO_BORDER));
                }
                doc.add(page);
            }
        }
        return out.toByteArray();
    }

    private static Cell card(DeskCard card, PdfFonts fonts) {
        MeetingPoint p = card.point();
        Cell cell = new Cell().setHeight(CARD_HEIGHT).setPadding(PADDING).setBorder(new DashedBorder(ColorConstants.GRAY, 0.6f));
        cell.add(new Paragraph(fonts.bold(p.name())).setFontSize(12.5f).setMargin(0).setMultipliedLeading(1.0f));
        String cluster = p.cluster() == null ? "" : "Cụm: " + p.cluster();
        cell.add(new Paragraph(fonts.regular(cluster.isEmpty() ? " " : cluster)).setFontSize(9.5f).setMargin(0));
        Table middle = new Table(UnitValue.createPointArray(new float[] {QR_SIDE + 2, 163})).setMarginTop(4);
        middle.addCell(new Cell().add(QrImage.of(card.link(), QR_SIDE)).setBorder(Border.NO_BORDER).setPadding(0));
        Cell code = new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(6).setVerticalAlignment(VerticalAlignment.MIDDLE);
        code.add(new Paragraph(fonts.regular("Mã đăng nhập")).setFontSize(9).setMargin(0));
        code.add(new Paragraph(fonts.bold(card.code())).setFontSize(15.5f).setMargin(0).setCharacterSpacing(0.3f));
        code.add(new Paragraph(fonts.italic("Quét mã QR hoặc gõ đường dẫn dưới đây trên điện thoại để mở bàn "
                + "điểm cầu: báo trạng thái kết nối, điểm danh, báo số người dự. Không cần tài khoản."))
                .setFontSize(8).setMarginTop(3).setMarginBottom(0).setMultipliedLeading(1.1f));
        middle.addCell(code);
        cell.add(middle);
        cell.add(new Paragraph(fonts.bold(card.link())).setFontSize(10.5f).setMarginTop(3).setMarginBottom(0));
        String technician = p.technician() == null || p.technician().isBlank() ? "…………………………" : p.technician();
        String phone = p.technicianPhone() == null || p.technicianPhone().isBlank() ? "" : " · ĐT " + p.technicianPhone();
        cell.add(new Paragraph(fonts.regular("Kỹ thuật: " + technician + phone)).setFontSize(9.5f).setMargin(0));
        cell.add(new Paragraph(fonts.italic("Giữ thẻ cẩn thận; mất thẻ xin báo ngay Ban Tổ chức để thu hồi."))
                .setFontSize(8).setMargin(0));
        return cell;
    }
}
