package vn.hoinghi.submission.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.PdfFonts;

/**
 * The province-wide table as an .xlsx: a title block, then the form's rows (code, text, unit, total, one column
 * per unit) with the figures as numbers, so the offices can go on computing with them; a sheet per table part of
 * the form ({@link TableSheets}); a last sheet with where each unit's report stands.
 */
@StaysVietnamese("the province-wide table's workbook")
final class ReportWorkbook {

    private static final String HEAD_FILL = "DDE6F0";
    private static final String NUMBER_FORMAT = "#,##0.###";
    private static final int FIRST_UNIT = 4;

    private ReportWorkbook() {
    }

    static byte[] write(Conference conference, ReportTable table, ReportProgress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HoiNghi", "1.0");
            figures(workbook.newWorksheet("Tổng hợp"), conference, table);
            new TableSheets(table, List.of("Tổng hợp", "Tình hình nộp")).write(workbook, conference);
            progress(workbook.newWorksheet("Tình hình nộp"), progress);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void figures(Worksheet sheet, Conference conference, ReportTable table) {
        title(sheet, List.of(PdfFonts.upper(conference.organizer()), ReportLabels.TITLE, conference.title(),
                ReportLabels.scope(table)));
        int header = 5;
        List<String> heads = new java.util.ArrayList<>(List.of(ReportLabels.NUMBER, ReportLabels.CONTENT,
                ReportLabels.UNIT, ReportLabels.TOTAL));
        table.columns().forEach(c -> heads.add(ReportLabels.column(c)));
        for (int c = 0; c < heads.size(); c++) {
            sheet.value(header, c, heads.get(c));
        }
        int last = heads.size() - 1;
        sheet.range(header, 0, header, last).style().bold().fillColor(HEAD_FILL).wrapText(true)
                .horizontalAlignment("center").verticalAlignment("center").set();
        int row = header + 1;
        for (ReportField field : table.oneValueFields()) {
            sheet.value(row, 0, field.code());
            sheet.value(row, 1, ReportLabels.content(field));
            sheet.value(row, 2, field.unitLabel());
            if (field.kind() == FieldKind.HEADING) {
                sheet.range(row, 0, row, last).style().bold().set();
            } else {
                sheet.style(row, 1).indent(field.level()).wrapText(true).set();
                if (table.total(field) != null) {
                    sheet.value(row, 3, table.total(field));
                    sheet.style(row, 3).bold().format(NUMBER_FORMAT).set();
                }
                for (int u = 0; u < table.columns().size(); u++) {
                    FieldValue v = table.value(table.columns().get(u), field);
                    if (v != null && v.number() != null) {
                        sheet.value(row, FIRST_UNIT + u, v.number());
                        sheet.style(row, FIRST_UNIT + u).format(NUMBER_FORMAT).set();
                    } else if (v != null) {
                        sheet.value(row, FIRST_UNIT + u, v.text());
                    }
                }
            }
            row++;
        }
        sheet.range(header, 0, row - 1, last).style().borderStyle("thin").set();
        sheet.width(0, 8);
        sheet.width(1, 60);
        sheet.width(2, 12);
        for (int c = 3; c <= last; c++) {
            sheet.width(c, 16);
        }
        sheet.freezePane(FIRST_UNIT, header + 1);
    }

    private static void progress(Worksheet sheet, ReportProgress progress) {
        title(sheet, List.of("TÌNH HÌNH NỘP BÁO CÁO SƠ KẾT", "Đã nộp: " + progress.count(ReportStatus.SUBMITTED)
                + " · Đang soạn: " + progress.count(ReportStatus.DRAFT) + " · Chưa làm: "
                + progress.count(ReportStatus.NOT_STARTED)));
        int header = 3;
        List<String> heads = List.of(ReportLabels.NUMBER, "Đơn vị", "Trạng thái", "Nộp lúc", "Sửa lần cuối",
                "Tệp báo cáo");
        for (int c = 0; c < heads.size(); c++) {
            sheet.value(header, c, heads.get(c));
        }
        sheet.range(header, 0, header, heads.size() - 1).style().bold().fillColor(HEAD_FILL).set();
        int row = header + 1;
        for (ReportProgress.Row r : progress.rows()) {
            UnitReport report = r.report();
            sheet.value(row, 0, row - header);
            sheet.value(row, 1, r.unitName());
            sheet.value(row, 2, Texts.in(Texts.VIETNAMESE, "reports.status." + r.status().name()));
            if (report != null) {
                sheet.value(row, 3, report.submittedAt() == null ? "" : Times.DATE_TIME.format(Times.local(report.submittedAt())));
                sheet.value(row, 4, report.changedAt() == null ? "" : Times.DATE_TIME.format(Times.local(report.changedAt())));
                sheet.value(row, 5, report.narrative() == null ? "" : report.narrative().fileName());
            }
            row++;
        }
        sheet.range(header, 0, Math.max(header, row - 1), heads.size() - 1).style().borderStyle("thin").set();
        int[] widths = {6, 45, 18, 18, 18, 40};
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
    }

    private static void title(Worksheet sheet, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            sheet.value(i, 0, lines.get(i));
            sheet.style(i, 0).bold().set();
        }
    }
}
