package vn.hoinghi.attendance;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;

/**
 * The attendance for the minutes: landscape A4 in the Decree-30 layout, the counts by group, the people at the hall
 * and the points by cluster (each point's headcount, when and by whom it was reported), then every delegate under their group with the time and gate of their check-in, or "Vắng".
 */
@StaysVietnamese("the attendance for the minutes, as PDF")
final class AttendancePdf {

    private static final float SIZE = 12;
    private static final float[] COUNT_WIDTHS = {34, 8, 9, 8, 9, 9, 8, 15};
    private static final float[] LIST_WIDTHS = {4, 17, 21, 16, 17, 6.5f, 9, 9.5f};
    private static final float[] PEOPLE_WIDTHS = {5, 31, 8, 9, 10, 9, 8, 12, 8};
    private static final float LIST_SIZE = 11;

    private final PdfFonts fonts = new PdfFonts();

    static byte[] write(Conference conference, AttendanceSummary summary, ProvincePeople people,
                        List<AttendanceEntry> list) {
        return new AttendancePdf().document(conference, summary, people, list);
    }

    private byte[] document(Conference c, AttendanceSummary summary, ProvincePeople people, List<AttendanceEntry> list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PageSize page = PageSize.A4.rotate();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), page, false)) {
            doc.getPdfDocument().getDocumentInfo().setTitle(PdfFonts.nfc("Tổng hợp đại biểu dự " + c.title()));
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(13);
            LocalDate day = Times.local(summary.at()).toLocalDate();
            doc.add(OfficialHeader.unnumbered(c.organizer(), c.province(), day).table(fonts));
            doc.add(centred().setMarginTop(14).add(fonts.bold("TỔNG HỢP ĐẠI BIỂU DỰ HỘI NGHỊ")));
            doc.add(centred().add(fonts.bold(c.title())));
            doc.add(centred().add(fonts.italic("(" + AttendanceLabels.asOf(summary.at()) + ")")));
            doc.add(heading("I. Tổng hợp theo thành phần"));
            doc.add(counts("Thành phần", summary.byGroup(), summary.total()));
            doc.add(heading("II. " + PeopleTable.HEADING));
            doc.add(people(people));
            doc.add(new Paragraph().setMargin(0).setMarginTop(2).setFontSize(LIST_SIZE)
                    .add(fonts.italic("Ghi chú: " + PeopleTable.NOTE)));
            doc.add(heading("III. Danh sách đại biểu"));
            doc.add(list(list));
            doc.add(new Paragraph().setMarginTop(6).add(fonts.bold("Có mặt: " + summary.total().present() + "/"
                    + summary.total().expected() + " đại biểu dự kiến (" + summary.total().percent() + "%). Tổng số"
                    + " người dự tại hội trường và các điểm cầu: " + people.total().present() + ".")));
            numberPages(doc, page);
        }
        return out.toByteArray();
    }

    private Table counts(String first, List<AttendanceCount> rows, AttendanceCount total) {
        Table t = table(COUNT_WIDTHS);
        t.addHeaderCell(cell(fonts.bold(first), TextAlignment.CENTER));
        AttendanceLabels.COUNT_HEADERS.forEach(h -> t.addHeaderCell(cell(fonts.bold(h), TextAlignment.CENTER)));
        for (AttendanceCount c : rows) {
            t.addCell(cell(fonts.regular(AttendanceLabels.group(c.name())), TextAlignment.LEFT));
            AttendanceLabels.counts(c).forEach(v -> t.addCell(cell(fonts.regular(v.toString()), TextAlignment.CENTER)));
        }
        t.addCell(cell(fonts.bold(AttendanceLabels.TOTAL), TextAlignment.LEFT));
        AttendanceLabels.counts(total).forEach(v -> t.addCell(cell(fonts.bold(v.toString()), TextAlignment.CENTER)));
        return t;
    }

    /** The hall, each cluster's points with their headcounts and its subtotal, the province. */
    private Table people(ProvincePeople people) {
        Table t = table(PEOPLE_WIDTHS).setFontSize(LIST_SIZE);
        PeopleTable.HEADERS.forEach(h -> t.addHeaderCell(cell(fonts.bold(h), TextAlignment.CENTER)));
        for (PeopleTable.Line line : PeopleTable.of(people)) {
            if (line.kind() == PeopleTable.Kind.CLUSTER) {
                t.addCell(new Cell(1, PEOPLE_WIDTHS.length).setBorder(new SolidBorder(0.5f)).setPaddings(2, 4, 2, 4)
                        .add(paragraph(fonts.bold(line.cells().getFirst().toString()), TextAlignment.LEFT)));
                continue;
            }
            boolean sum = line.kind() != PeopleTable.Kind.POINT;
            for (int i = 0; i < line.cells().size(); i++) {
                Object v = line.cells().get(i);
                String text = v == null ? "" : v.toString();
                t.addCell(cell(sum ? fonts.bold(text) : fonts.regular(text),
                        i == 1 || i == 7 ? TextAlignment.LEFT : TextAlignment.CENTER));
            }
        }
        return t;
    }

    private Table list(List<AttendanceEntry> list) {
        Table t = table(LIST_WIDTHS).setFontSize(LIST_SIZE);
        AttendanceLabels.LIST_HEADERS.forEach(h -> t.addHeaderCell(cell(fonts.bold(h), TextAlignment.CENTER)));
        String group = null;
        for (int i = 0; i < list.size(); i++) {
            AttendanceEntry e = list.get(i);
            String name = AttendanceLabels.group(e.groupName());
            if (i == 0 || !Objects.equals(name, group)) {
                group = name;
                t.addCell(new Cell(1, LIST_WIDTHS.length).setBorder(new SolidBorder(0.5f)).setPaddings(2, 4, 2, 4)
                        .add(paragraph(fonts.bold(name), TextAlignment.LEFT)));
            }
            t.addCell(cell(fonts.regular(Integer.toString(i + 1)), TextAlignment.CENTER));
            Cell person = cell(fonts.regular(e.fullName()), TextAlignment.LEFT);
            if (e.hasSubstitute() && !e.declined()) {
                person.add(paragraph(fonts.italic("Dự thay: " + e.substituteName()), TextAlignment.LEFT));
            }
            t.addCell(person);
            t.addCell(cell(fonts.regular(e.title()), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(e.unitName()), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(AttendanceLabels.point(e.pointName())), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(AttendanceLabels.time(e)), TextAlignment.CENTER));
            t.addCell(cell(fonts.regular(e.gate()), TextAlignment.CENTER));
            t.addCell(cell(fonts.italic(e.declined() ? AttendanceLabels.note(e) : ""), TextAlignment.LEFT));
        }
        return t;
    }

    private static Table table(float[] widths) {
        return new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout()
                .setFontSize(SIZE).setMarginTop(4);
    }

    private Paragraph heading(String text) {
        return new Paragraph().setMarginTop(12).setMarginBottom(0).setKeepWithNext(true).add(fonts.bold(text));
    }

    private static Cell cell(Text text, TextAlignment alignment) {
        return new Cell().setBorder(new SolidBorder(0.5f)).setPaddings(2, 3, 2, 3).setKeepTogether(true)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).add(paragraph(text, alignment));
    }

    private static Paragraph paragraph(Text text, TextAlignment alignment) {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.1f).setTextAlignment(alignment).add(text);
    }

    private static Paragraph centred() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.15f).setTextAlignment(TextAlignment.CENTER);
    }

    /** Decree 30: the page number centred in the top margin, from the second page on. */
    private void numberPages(Document doc, PageSize page) {
        int pages = doc.getPdfDocument().getNumberOfPages();
        for (int i = 2; i <= pages; i++) {
            doc.showTextAligned(new Paragraph().add(fonts.regular(Integer.toString(i))).setFontSize(13),
                    (OfficialPage.LEFT + page.getWidth() - OfficialPage.RIGHT) / 2, page.getHeight() - 10 * OfficialPage.MM,
                    i, TextAlignment.CENTER, VerticalAlignment.TOP, 0);
        }
    }
}
