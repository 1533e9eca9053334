package vn.hoinghi.submission.report;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.PdfFonts;

/**
 * The form's tables in the province-wide PDF, each as the plan prints it: its title, the row number and content
 * columns, the group heading merged over its columns, bordered cells with the sums right-aligned the Vietnamese way
 * ("1.234"), the total row and the total column bold. A table too wide for a portrait page goes on a landscape one;
 * wide tables take a smaller font.
 */
@StaysVietnamese("the province-wide table's PDF")
final class TablePdf {

    static final int PORTRAIT_COLUMNS = 6;

    private final PdfFonts fonts;
    private final ReportTable table;

    TablePdf(PdfFonts fonts, ReportTable table) {
        this.fonts = fonts;
        this.table = table;
    }

    /** Adds every table of the form to the document; {@code portrait}: the pages so far are portrait. */
    void addTo(Document doc, boolean portrait) {
        boolean turned = !portrait;
        for (FormTable t : table.form().tablesInOrder()) {
            if (!turned && t.columns().size() > PORTRAIT_COLUMNS) {
                doc.add(new AreaBreak(PageSize.A4.rotate()));
                turned = true;
            }
            doc.add(new Paragraph().setMarginTop(12).setMarginBottom(2).setKeepWithNext(true)
                    .add(fonts.bold(ReportLabels.tableTitle(t.field()))));
            doc.add(table(t));
        }
    }

    private Table table(FormTable t) {
        List<TableColumn> columns = t.columns();
        float[] widths = new float[2 + columns.size()];
        widths[0] = 10;
        widths[1] = columns.size() <= PORTRAIT_COLUMNS ? 60 : 45;
        for (int i = 0; i < columns.size(); i++) {
            widths[2 + i] = 20;
        }
        float size = columns.size() <= PORTRAIT_COLUMNS ? 10.5f : columns.size() <= 10 ? 9.5f : 8f;
        Table pdf = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout()
                .setFontSize(size).setMarginTop(2);
        heads(pdf, columns);
        for (TableRow row : t.rows()) {
            pdf.addCell(cell(text(row.code(), row.total()), TextAlignment.CENTER, 1, 1));
            Cell content = cell(text(ReportLabels.content(row), row.total()), TextAlignment.LEFT, 1, 1);
            content.setPaddingLeft(3 + 8 * Math.max(0, row.level() - 1));
            pdf.addCell(content);
            for (TableColumn column : columns) {
                FieldValue v = FieldValue.of(table.sum(new CellKey(row.id(), column.id())));
                boolean bold = row.total() || column.kind() == ColumnKind.TOTAL;
                pdf.addCell(cell(text(v.number() == null ? "" : v.display(), bold), TextAlignment.RIGHT, 1, 1));
            }
        }
        return pdf;
    }

    /** One heading row, or two when a group heading spans columns; repeated on every page the table runs to. */
    private void heads(Table pdf, List<TableColumn> columns) {
        int rows = TableHeadings.twoRows(columns) ? 2 : 1;
        pdf.addHeaderCell(cell(fonts.bold(ReportLabels.NUMBER), TextAlignment.CENTER, rows, 1));
        pdf.addHeaderCell(cell(fonts.bold(ReportLabels.CONTENT), TextAlignment.CENTER, rows, 1));
        for (TableHeadings.Top head : TableHeadings.top(columns)) {
            pdf.addHeaderCell(cell(fonts.bold(head.text()), TextAlignment.CENTER, head.group() ? 1 : rows, head.count()));
        }
        for (TableColumn column : columns) {
            if (TableHeadings.grouped(column)) {
                pdf.addHeaderCell(cell(fonts.bold(TableHeadings.label(column)), TextAlignment.CENTER, 1, 1));
            }
        }
    }

    private Text text(String text, boolean bold) {
        return bold ? fonts.bold(text == null ? "" : text) : fonts.regular(text == null ? "" : text);
    }

    private static Cell cell(Text text, TextAlignment alignment, int rows, int columns) {
        return new Cell(rows, columns).setBorder(new SolidBorder(0.5f)).setPaddings(2, 3, 2, 3).setKeepTogether(true)
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .add(new Paragraph().setMargin(0).setMultipliedLeading(1.1f).setTextAlignment(alignment).add(text));
    }
}
