package vn.hoinghi.pointlog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.PdfFonts;
import vn.hoinghi.floor.FloorRequest;

/**
 * The record of the points' day as .xlsx: "Tổng hợp" (a row per point under its cluster, each cluster's sum and the
 * province's, numbers as numbers), "Diễn biến" (every status change, outage and alert in time order) and "Phát biểu"
 * (every request for the floor).
 */
@StaysVietnamese("the record of the points' day, as a spreadsheet")
final class PointLogWorkbook {

    private static final String HEAD_FILL = "DDE6F0";
    /** The summary's own columns before the numbers: STT, Cụm, Điểm cầu, Loại, Tổng duyệt, Sẵn sàng lúc. */
    static final int FIRST_NUMBER = 6;

    private PointLogWorkbook() {
    }

    static byte[] write(PointLog log) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HoiNghi", "1.0");
            summary(workbook.newWorksheet("Tổng hợp"), log);
            events(workbook.newWorksheet("Diễn biến"), log);
            requests(workbook.newWorksheet("Phát biểu"), log);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<String> summaryHeaders() {
        List<String> headers = new ArrayList<>(PointLogLabels.SUMMARY);
        headers.add(1, "Cụm");
        headers.add(3, "Loại");
        return headers;
    }

    /** The title block; returns the header's row. */
    private static int title(Worksheet sheet, PointLog log, String heading) {
        sheet.value(0, 0, PdfFonts.upper(log.conference().organizer()));
        sheet.value(1, 0, heading);
        sheet.value(2, 0, log.conference().title());
        sheet.value(3, 0, PointLogLabels.asOf(log.day().end()));
        sheet.style(0, 0).bold().set();
        sheet.style(1, 0).bold().fontSize(13).set();
        sheet.style(3, 0).italic().set();
        return 5;
    }

    private static void header(Worksheet sheet, int row, List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            sheet.value(row, i, headers.get(i));
        }
        sheet.range(row, 0, row, headers.size() - 1).style().bold().fillColor(HEAD_FILL).wrapText(true).set();
        sheet.freezePane(0, row + 1);
    }

    private static void summary(Worksheet sheet, PointLog log) {
        int header = title(sheet, log, PointLogLabels.TITLE);
        List<String> headers = summaryHeaders();
        header(sheet, header, headers);
        int row = header + 1;
        int number = 1;
        for (ClusterDays g : log.groups()) {
            for (PointDay d : g.points()) {
                sheet.value(row, 0, number++);
                sheet.value(row, 1, PointLogLabels.cluster(d));
                sheet.value(row, 2, PointLogLabels.point(d));
                sheet.value(row, 3, PointLogLabels.kind(d.point().kind()));
                sheet.value(row, 4, PointLogLabels.rehearsal(d.rehearsal()));
                text(sheet, row, 5, PointLogLabels.time(d.readyAt()));
                numbers(sheet, row, SummaryCells.of(d));
                row++;
            }
            if (g.hall()) {
                continue;
            }
            sheet.value(row, 2, PointLogLabels.SUM_OF + PointLogLabels.group(g));
            numbers(sheet, row, SummaryCells.of(g.totals()));
            sheet.range(row, 0, row, headers.size() - 1).style().bold().italic().set();
            row++;
        }
        sheet.value(row, 2, PointLogLabels.PROVINCE);
        numbers(sheet, row, SummaryCells.of(log.province()));
        sheet.range(row, 0, row, headers.size() - 1).style().bold().set();
        sheet.range(header, 0, row, headers.size() - 1).style().borderStyle("thin").set();
        sheet.value(row + 2, 0, PointLogLabels.WITHDRAWN_NOTE);
        sheet.style(row + 2, 0).italic().set();
        int[] widths = {6, 22, 40, 10, 12, 10, 11, 11, 13, 10, 10, 10, 10, 12, 10, 10};
        for (int i = 0; i < widths.length; i++) {
            sheet.width(i, widths[i]);
        }
    }

    private static void numbers(Worksheet sheet, int row, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) instanceof Number n) {
                sheet.value(row, FIRST_NUMBER + i, n);
            }
        }
    }

    private static void text(Worksheet sheet, int row, int column, String text) {
        if (!text.isEmpty()) {
            sheet.value(row, column, text);
        }
    }

    private static void events(Worksheet sheet, PointLog log) {
        int header = title(sheet, log, "DIỄN BIẾN TẠI CÁC ĐIỂM CẦU");
        header(sheet, header, PointLogLabels.EVENTS);
        int row = header + 1;
        for (DayLines.Line line : DayLines.all(log)) {
            sheet.value(row, 0, PointLogLabels.time(line.at()));
            sheet.value(row, 1, PointLogLabels.cluster(line.point()));
            sheet.value(row, 2, PointLogLabels.point(line.point()));
            sheet.value(row, 3, line.what());
            text(sheet, row, 4, line.by() == null ? "" : line.by());
            text(sheet, row, 5, line.until());
            if (line.minutes() != null) {
                sheet.value(row, 6, line.minutes());
            }
            row++;
        }
        int[] widths = {10, 22, 40, 48, 22, 16, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.width(i, widths[i]);
        }
    }

    private static void requests(Worksheet sheet, PointLog log) {
        int header = title(sheet, log, "CÁC Ý KIẾN XIN PHÁT BIỂU");
        header(sheet, header, PointLogLabels.REQUESTS);
        int row = header + 1;
        for (DayLines.Request r : DayLines.requests(log)) {
            FloorRequest f = r.request();
            sheet.value(row, 0, row - header);
            sheet.value(row, 1, PointLogLabels.cluster(r.point()));
            sheet.value(row, 2, PointLogLabels.point(r.point()));
            sheet.value(row, 3, f.speaker());
            text(sheet, row, 4, f.topic() == null ? "" : f.topic());
            sheet.value(row, 5, PointLogLabels.time(f.requestedAt()));
            sheet.value(row, 6, PointLogLabels.floor(f.state()));
            text(sheet, row, 7, PointLogLabels.time(f.startedAt()));
            text(sheet, row, 8, PointLogLabels.time(f.endedAt()));
            if (f.startedAt() != null) {
                sheet.value(row, 9, Minutes.of(f.spoken(r.point().dayEnd())));
            }
            row++;
        }
        int[] widths = {6, 22, 40, 26, 40, 10, 20, 10, 10, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.width(i, widths[i]);
        }
    }
}
