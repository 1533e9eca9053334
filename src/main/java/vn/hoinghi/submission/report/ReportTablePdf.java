package vn.hoinghi.submission.report;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;

/**
 * The province-wide table in the Decree-30 layout: the header, the title, then the form's rows with the total and
 * the units' figures. Portrait for up to two units; beyond that landscape, six units per table, each table
 * repeating the rows and the total so that every page reads on its own; then each table part of the form
 * ({@link TablePdf}); then where the units' reports stand.
 */
@StaysVietnamese("the province-wide table's PDF")
final class ReportTablePdf {

    static final int PORTRAIT_UNITS = 2;
    static final int UNITS_PER_TABLE = 6;
    private static final float SIZE = 10.5f;

    private final PdfFonts fonts = new PdfFonts();

    private ReportTablePdf() {
    }

    static byte[] write(Conference conference, ReportTable table, ReportProgress progress) {
        return new ReportTablePdf().document(conference, table, progress);
    }

    private byte[] document(Conference c, ReportTable table, ReportProgress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PageSize page = table.columns().size() <= PORTRAIT_UNITS ? PageSize.A4 : PageSize.A4.rotate();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), page, false)) {
            doc.getPdfDocument().getDocumentInfo().setTitle(PdfFonts.nfc("Tổng hợp số liệu báo cáo sơ kết – " + c.title()));
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(13);
            doc.add(OfficialHeader.unnumbered(c.organizer(), c.province(), Times.local(table.at()).toLocalDate()).table(fonts));
            doc.add(centred().setMarginTop(14).add(fonts.bold(ReportLabels.TITLE)));
            doc.add(centred().add(fonts.bold(c.title())));
            doc.add(centred().add(fonts.italic(ReportLabels.scope(table))));
            List<List<UnitReport>> parts = parts(table.columns(), page == PageSize.A4 ? PORTRAIT_UNITS : UNITS_PER_TABLE);
            for (int i = 0; i < parts.size() && !table.oneValueFields().isEmpty(); i++) {
                if (parts.size() > 1) {
                    doc.add(new Paragraph().setMarginTop(10).setMarginBottom(0).setFontSize(12).add(fonts.italic(
                            "Bảng " + (i + 1) + "/" + parts.size() + ": " + parts.get(i).size() + " đơn vị")));
                }
                doc.add(table(table, parts.get(i)));
            }
            new TablePdf(fonts, table).addTo(doc, page == PageSize.A4);
            doc.add(new Paragraph().setMarginTop(12).setMarginBottom(0).add(fonts.bold("Tình hình nộp báo cáo")));
            for (ReportStatus status : List.of(ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.NOT_STARTED)) {
                List<ReportProgress.Row> rows = progress.of(status);
                doc.add(new Paragraph().setMargin(0).setMarginTop(3).setFontSize(12)
                        .add(fonts.bold("- " + Texts.in(Texts.VIETNAMESE, "reports.status." + status.name())
                                + " (" + rows.size() + ")" + (rows.isEmpty() ? "." : ": ")))
                        .add(fonts.regular(rows.stream().map(ReportProgress.Row::unitName)
                                .collect(Collectors.joining(", ")) + (rows.isEmpty() ? "" : "."))));
            }
            OfficialPage.numberPages(doc, fonts);
        }
        return out.toByteArray();
    }

    private Table table(ReportTable table, List<UnitReport> units) {
        float[] widths = new float[4 + units.size()];
        widths[0] = 12;
        widths[1] = units.size() <= PORTRAIT_UNITS ? 80 : 75;
        widths[2] = 18;
        widths[3] = 24;
        for (int i = 0; i < units.size(); i++) {
            widths[4 + i] = 24;
        }
        Table t = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout()
                .setFontSize(SIZE).setMarginTop(4);
        for (String head : List.of(ReportLabels.NUMBER, ReportLabels.CONTENT, ReportLabels.UNIT, ReportLabels.TOTAL)) {
            t.addHeaderCell(cell(fonts.bold(head), TextAlignment.CENTER));
        }
        units.forEach(u -> t.addHeaderCell(cell(fonts.bold(ReportLabels.column(u)), TextAlignment.CENTER)));
        for (ReportField field : table.oneValueFields()) {
            boolean heading = field.kind() == FieldKind.HEADING;
            t.addCell(cell(text(field.code(), heading), TextAlignment.CENTER));
            Cell content = cell(text(ReportLabels.content(field), heading), TextAlignment.LEFT);
            content.setPaddingLeft(3 + 8 * Math.max(0, field.level() - 1));
            t.addCell(content);
            t.addCell(cell(fonts.regular(field.unitLabel()), TextAlignment.CENTER));
            BigDecimal total = table.total(field);
            t.addCell(cell(fonts.bold(total == null ? "" : VietnameseNumbers.format(total)), TextAlignment.RIGHT));
            for (UnitReport unit : units) {
                FieldValue v = heading ? null : table.value(unit, field);
                t.addCell(cell(fonts.regular(v == null ? "" : v.display()),
                        v != null && v.number() != null ? TextAlignment.RIGHT : TextAlignment.LEFT));
            }
        }
        return t;
    }

    private Text text(String text, boolean bold) {
        return bold ? fonts.bold(text) : fonts.regular(text);
    }

    static <T> List<List<T>> parts(List<T> all, int size) {
        if (all.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> parts = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            parts.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return parts;
    }

    private static Cell cell(Text text, TextAlignment alignment) {
        return new Cell().setBorder(new SolidBorder(0.5f)).setPaddings(2, 3, 2, 3).setKeepTogether(true)
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .add(new Paragraph().setMargin(0).setMultipliedLeading(1.1f).setTextAlignment(alignment).add(text));
    }

    private static Paragraph centred() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(TextAlignment.CENTER);
    }
}
