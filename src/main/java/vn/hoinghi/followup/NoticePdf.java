package vn.hoinghi.followup;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.SignerBlock;

/**
 * Lays out a conclusion notice as Decree 30/2020 sets an administrative notice: the header with the issuer, the
 * number, the national motto, place and date; "THÔNG BÁO" and the title over a short rule; the opening, the
 * assessment, the conclusion's tasks numbered "1. Giao …", the closing line; "Nơi nhận" at the bottom left and
 * the signer at the bottom right; page numbers from the second page.
 */
@StaysVietnamese("the conclusion notice's PDF")
final class NoticePdf {

    private static final float BODY = 14;
    private static final float INDENT = 10 * OfficialPage.MM;

    private final PdfFonts fonts = new PdfFonts();

    private NoticePdf() {
    }

    static byte[] write(NoticeDraft n, List<FollowUpTask> tasks) {
        return new NoticePdf().document(n, tasks);
    }

    private byte[] document(NoticeDraft n, List<FollowUpTask> tasks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4, false)) {
            doc.getPdfDocument().getDocumentInfo().setTitle(PdfFonts.nfc("Thông báo " + n.title()));
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(BODY);
            doc.add(new OfficialHeader(n.issuer(), number(n.number()), n.place(), n.issuedOn()).table(fonts));
            doc.add(centred().setMarginTop(18).add(fonts.bold("THÔNG BÁO")));
            doc.add(centred().add(fonts.bold(n.title())));
            doc.add(new LineSeparator(new SolidLine(0.6f)).setWidth(40 * OfficialPage.MM)
                    .setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginTop(3).setMarginBottom(8));
            lines(n.opening()).forEach(line -> doc.add(paragraph(line)));
            lines(n.assessment()).forEach(line -> doc.add(paragraph(line)));
            for (FollowUpTask task : tasks) {
                doc.add(paragraph(task.position() + ". " + task.assignment()));
            }
            // The closing line goes with the signatures, so a page never holds the signatures alone.
            doc.add(new Div().setKeepTogether(true).add(paragraph(n.closing())).add(signatures(n)));
            OfficialPage.numberPages(doc, fonts);
        }
        return out.toByteArray();
    }

    /** "Số: 215/TB-UBND"; a number not yet registered ("/TB-UBND") leaves the clerk room before the slash. */
    static String number(String number) {
        if (number == null) {
            return "Số:          ";
        }
        return number.startsWith("/") ? "Số:          " + number : "Số: " + number;
    }

    /** "Nơi nhận" on the left, the signer on the right. */
    private Table signatures(NoticeDraft n) {
        Table t = new Table(UnitValue.createPercentArray(new float[] {48, 52})).useAllAvailableWidth().setFixedLayout()
                .setMarginTop(12);
        Paragraph recipients = new Paragraph().setMargin(0).setMultipliedLeading(1.1f)
                .add(fonts.boldItalic("Nơi nhận:").setFontSize(12));
        lines(n.recipients()).forEach(r -> recipients.add(fonts.regular("\n" + (r.startsWith("-") ? r : "- " + r))
                .setFontSize(11)));
        Paragraph signer = centred();
        SignerBlock.lines(n.signerAuthority()).forEach(s -> signer.add(fonts.bold(s + "\n")));
        t.addCell(cell().add(recipients));
        t.addCell(cell().add(signer).add(centred().setMarginTop(25 * OfficialPage.MM).add(fonts.bold(n.signerName()))));
        return t;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private Paragraph paragraph(String text) {
        return new Paragraph().setMargin(0).setMarginTop(6).setFirstLineIndent(INDENT).setMultipliedLeading(1.2f)
                .setTextAlignment(TextAlignment.JUSTIFIED).setSpacingRatio(1).add(fonts.regular(text));
    }

    private static Paragraph centred() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(TextAlignment.CENTER);
    }

    private static Cell cell() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
    }
}
