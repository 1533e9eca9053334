package vn.hoinghi.pointlog;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.OfficialHeader;
import vn.hoinghi.document.OfficialPage;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.document.SignerBlock;
import vn.hoinghi.floor.FloorRequest;

/**
 * The record of the points' day as a report in the Decree-30 layout, landscape A4: the header, the title, the
 * summary by cluster and point with the sums, the outages, the requests for the floor, and the signer.
 */
@StaysVietnamese("the record of the points' day, as an official report")
final class PointLogPdf {

    private static final float SIZE = 10;
    private static final float[] SUMMARY_WIDTHS = {4, 24, 7.5f, 6, 6.5f, 6.5f, 8, 6.5f, 6, 6.5f, 6.5f, 7.5f, 6, 6.5f};
    private static final float[] OUTAGE_WIDTHS = {4, 16, 30, 18, 8, 10, 8};
    private static final float[] REQUEST_WIDTHS = {4, 26, 17, 23, 7, 16, 7};

    private final PdfFonts fonts = new PdfFonts();

    static byte[] write(PointLog log) {
        return new PointLogPdf().document(log);
    }

    private byte[] document(PointLog log) {
        Conference c = log.conference();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4.rotate(), false)) {
            doc.getPdfDocument().getDocumentInfo().setTitle(PdfFonts.nfc("Nhật ký điểm cầu - " + c.title()));
            OfficialPage.margins(doc, 0).setFont(fonts.regular()).setFontSize(13);
            doc.add(OfficialHeader.of(c.organizer(), "BC", c.province(), Times.local(log.day().end()).toLocalDate())
                    .table(fonts));
            doc.add(centred().setMarginTop(14).add(fonts.bold(PointLogLabels.TITLE)));
            doc.add(centred().add(fonts.bold(c.title())));
            doc.add(centred().add(fonts.italic("(" + PointLogLabels.asOf(log.day().end()) + ")")));
            doc.add(new Paragraph().setMarginTop(10).setMarginBottom(0).add(fonts.regular(PointLogText.opening(log))));
            doc.add(heading("I. Tổng hợp theo cụm và điểm cầu"));
            doc.add(summary(log));
            doc.add(new Paragraph().setMargin(0).setMarginTop(2).setFontSize(SIZE + 1)
                    .add(fonts.italic("Ghi chú: " + PointLogLabels.WITHDRAWN_NOTE)));
            doc.add(heading("II. Các lần gián đoạn kết nối"));
            List<DayLines.Line> outages = DayLines.outages(log);
            doc.add(outages.isEmpty() ? note("Không có điểm cầu nào bị gián đoạn kết nối trong ngày.") : outages(outages));
            doc.add(heading("III. Các ý kiến xin phát biểu"));
            List<DayLines.Request> requests = DayLines.requests(log);
            doc.add(requests.isEmpty() ? note("Không có ý kiến xin phát biểu nào.") : requests(requests));
            // The closing sentence goes with the signatures, so a page never holds the signatures alone.
            doc.add(new Div().setKeepTogether(true)
                    .add(new Paragraph().setMarginTop(10).add(fonts.regular(PointLogText.closing(log))))
                    .add(signatures(c)));
            OfficialPage.numberPages(doc, fonts);
        }
        return out.toByteArray();
    }

    private Table summary(PointLog log) {
        Table t = table(SUMMARY_WIDTHS);
        PointLogLabels.SUMMARY.forEach(h -> t.addHeaderCell(cell(fonts.bold(h), TextAlignment.CENTER)));
        int number = 1;
        for (ClusterDays g : log.groups()) {
            t.addCell(new Cell(1, SUMMARY_WIDTHS.length).setBorder(new SolidBorder(0.5f)).setPaddings(2, 4, 2, 4)
                    .add(paragraph(fonts.bold(PointLogLabels.group(g)), TextAlignment.LEFT)));
            for (PointDay d : g.points()) {
                t.addCell(cell(fonts.regular(Integer.toString(number++)), TextAlignment.CENTER));
                t.addCell(cell(fonts.regular(PointLogLabels.point(d)), TextAlignment.LEFT));
                t.addCell(cell(fonts.regular(PointLogLabels.rehearsal(d.rehearsal())), TextAlignment.CENTER));
                t.addCell(cell(fonts.regular(PointLogLabels.time(d.readyAt())), TextAlignment.CENTER));
                SummaryCells.of(d).forEach(v -> t.addCell(cell(fonts.regular(v == null ? "" : v.toString()),
                        TextAlignment.CENTER)));
            }
            if (!g.hall()) {
                sum(t, PointLogLabels.SUM_OF + PointLogLabels.group(g), g.totals());
            }
        }
        sum(t, PointLogLabels.PROVINCE, log.province());
        return t;
    }

    private void sum(Table t, String label, DayTotals totals) {
        t.addCell(new Cell(1, 4).setBorder(new SolidBorder(0.5f)).setPaddings(2, 4, 2, 4)
                .add(paragraph(fonts.bold(label), TextAlignment.LEFT)));
        SummaryCells.of(totals).forEach(v -> t.addCell(cell(fonts.bold(v.toString()), TextAlignment.CENTER)));
    }

    private Table outages(List<DayLines.Line> lines) {
        Table t = table(OUTAGE_WIDTHS);
        List.of("STT", "Cụm", "Điểm cầu", "Tình trạng", "Bắt đầu", "Khắc phục lúc", "Số phút")
                .forEach(h -> t.addHeaderCell(cell(fonts.bold(h), TextAlignment.CENTER)));
        for (int i = 0; i < lines.size(); i++) {
            DayLines.Line l = lines.get(i);
            t.addCell(cell(fonts.regular(Integer.toString(i + 1)), TextAlignment.CENTER));
            t.addCell(cell(fonts.regular(PointLogLabels.cluster(l.point())), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(PointLogLabels.point(l.point())), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(l.what()), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(PointLogLabels.time(l.at())), TextAlignment.CENTER));
            t.addCell(cell(fonts.regular(l.until()), TextAlignment.CENTER));
            t.addCell(cell(fonts.regular(String.valueOf(l.minutes())), TextAlignment.CENTER));
        }
        return t;
    }

    private Table requests(List<DayLines.Request> requests) {
        Table t = table(REQUEST_WIDTHS);
        List.of("STT", "Điểm cầu", "Người phát biểu", "Nội dung", "Xin lúc", "Kết quả", "Số phút")
                .forEach(h -> t.addHeaderCell(cell(fonts.bold(h), TextAlignment.CENTER)));
        for (int i = 0; i < requests.size(); i++) {
            FloorRequest f = requests.get(i).request();
            PointDay d = requests.get(i).point();
            t.addCell(cell(fonts.regular(Integer.toString(i + 1)), TextAlignment.CENTER));
            t.addCell(cell(fonts.regular(PointLogLabels.point(d)), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(f.speaker()), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(f.topic() == null ? "" : f.topic()), TextAlignment.LEFT));
            t.addCell(cell(fonts.regular(PointLogLabels.time(f.requestedAt())), TextAlignment.CENTER));
            t.addCell(cell(fonts.regular(PointLogLabels.floor(f.state())), TextAlignment.CENTER));
            t.addCell(cell(fonts.regular(f.startedAt() == null ? "" : Long.toString(Minutes.of(f.spoken(d.dayEnd())))),
                    TextAlignment.CENTER));
        }
        return t;
    }

    /** "Nơi nhận" on the left, the signer on the right. */
    private Table signatures(Conference c) {
        Table t = new Table(UnitValue.createPercentArray(new float[] {50, 50})).useAllAvailableWidth().setFixedLayout()
                .setMarginTop(12);
        Paragraph recipients = new Paragraph().setMargin(0).setMultipliedLeading(1.1f)
                .add(fonts.boldItalic("Nơi nhận:").setFontSize(12))
                .add(fonts.regular("\n- Ban Tổ chức hội nghị;\n- Lưu: VT.").setFontSize(11));
        Paragraph signer = centred();
        SignerBlock.lines(c.signerBlock()).forEach(s -> signer.add(fonts.bold(s + "\n")));
        t.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).add(recipients));
        t.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).add(signer).add(centred()
                .setMarginTop(25 * OfficialPage.MM).add(fonts.bold(c.signerName() == null ? "" : c.signerName()))));
        return t;
    }

    private static Table table(float[] widths) {
        return new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout()
                .setFontSize(SIZE).setMarginTop(4);
    }

    private Paragraph heading(String text) {
        return new Paragraph().setMarginTop(12).setMarginBottom(0).setKeepWithNext(true).add(fonts.bold(text));
    }

    private Paragraph note(String text) {
        return new Paragraph().setMarginTop(4).add(fonts.italic(text));
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
}
