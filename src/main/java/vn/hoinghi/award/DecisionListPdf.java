package vn.hoinghi.award;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;

/**
 * "Danh sách khen thưởng kèm theo Quyết định": portrait A4 in the Decree 30 layout — the issuer and the national
 * motto, the title with the decision it belongs to, then a table by form, collectives before individuals.
 */
@StaysVietnamese("the list attached to an award decision (Decree 30)")
final class DecisionListPdf {

    private static final String[] HEADERS = {"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "Thành tích"};
    private static final float[] WIDTHS = {7, 28, 30, 35};
    private static final float SIZE = 12;

    private final PdfFonts fonts = new PdfFonts();

    static byte[] write(Conference conference, AwardDecision decision, AwardGroups groups) {
        return new DecisionListPdf().build(conference, decision, groups);
    }

    private byte[] build(Conference c, AwardDecision d, AwardGroups groups) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4, false)) {
            doc.getPdfDocument().getDocumentInfo().setTitle(PdfFonts.nfc("Danh sách khen thưởng kèm theo Quyết định số "
                    + d.number()));
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(13);
            doc.add(OfficialHeader.unnumbered(Authority.of(d.issuer()).bodySpelledOut(), c.province(), d.signedOn()).table(fonts));
            List<String> title = groups.decisionTitle(d);
            doc.add(centred().setMarginTop(16).add(fonts.bold(title.get(0))));
            doc.add(centred().add(fonts.bold(PdfFonts.upper(title.get(1)))));
            doc.add(centred().add(fonts.italic(title.get(2))));
            doc.add(new LineSeparator(new SolidLine(0.6f)).setWidth(120).setHorizontalAlignment(HorizontalAlignment.CENTER)
                    .setMarginTop(4));
            doc.add(table(groups).setMarginTop(10));
            doc.add(new Paragraph().setMarginTop(6).add(fonts.bold("Tổng số: " + groups.totals() + ".")));
            OfficialPage.numberPages(doc, fonts);
        }
        return out.toByteArray();
    }

    private Table table(AwardGroups groups) {
        Table t = new Table(UnitValue.createPercentArray(WIDTHS)).useAllAvailableWidth().setFixedLayout().setFontSize(SIZE);
        for (String h : HEADERS) {
            t.addHeaderCell(cell(1, fonts.bold(h), TextAlignment.CENTER));
        }
        List<AwardGroups.Form> forms = groups.forms();
        for (int f = 0; f < forms.size(); f++) {
            if (forms.size() > 1) {
                t.addCell(span(fonts.bold(AwardGroups.letter(f) + ". " + PdfFonts.upper(forms.get(f).form()))));
            }
            List<AwardGroups.Group> list = forms.get(f).groups();
            for (int g = 0; g < list.size(); g++) {
                AwardGroups.Group group = list.get(g);
                t.addCell(span(fonts.bold(AwardGroups.roman(g) + ". " + PdfFonts.upper(AwardGroups.label(group.type()))
                        + " (" + group.nominations().size() + ")")));
                int number = 0;
                for (Nomination n : group.nominations()) {
                    t.addCell(cell(1, fonts.regular(Integer.toString(++number)), TextAlignment.CENTER));
                    if (n.type() == RecipientType.INDIVIDUAL) {
                        t.addCell(cell(1, fonts.bold(n.fullName()), TextAlignment.LEFT));
                        t.addCell(cell(1, fonts.regular(n.titleAndUnit()), TextAlignment.LEFT));
                    } else {
                        // A collective's name already says where it belongs: it spans the title and unit column.
                        t.addCell(cell(2, fonts.regular(n.fullName()), TextAlignment.LEFT));
                    }
                    t.addCell(cell(1, fonts.regular(n.achievement()), TextAlignment.LEFT));
                }
            }
        }
        return t;
    }

    private static Cell span(Text text) {
        return cell(HEADERS.length, text, TextAlignment.LEFT).setPaddings(3, 4, 3, 4);
    }

    private static Cell cell(int columns, Text text, TextAlignment alignment) {
        return new Cell(1, columns).setKeepTogether(true).setBorder(new SolidBorder(0.5f)).setPaddings(2, 4, 2, 4)
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .add(new Paragraph().setMargin(0).setMultipliedLeading(1.1f).setTextAlignment(alignment).add(text));
    }

    private static Paragraph centred() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(TextAlignment.CENTER);
    }
}
