package vn.hoinghi.attendance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.document.PdfFonts;

/**
 * The attendance as .xlsx: a summary sheet (by composition group), the people at the points by cluster, and the list
 * with each delegate's check-in.
 */
@StaysVietnamese("the attendance for the minutes, as a spreadsheet")
final class AttendanceWorkbook {

    private static final String HEAD_FILL = "DDE6F0";

    private AttendanceWorkbook() {
    }

    static byte[] write(Conference conference, AttendanceSummary summary, ProvincePeople people,
                        List<AttendanceEntry> list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HoiNghi", "1.0");
            summarySheet(workbook.newWorksheet("Tổng hợp"), conference, summary);
            peopleSheet(workbook.newWorksheet("Theo cụm điểm cầu"), conference, summary, people);
            listSheet(workbook.newWorksheet("Danh sách"), conference, summary, list);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int title(Worksheet sheet, Conference conference, AttendanceSummary summary, String heading) {
        sheet.value(0, 0, PdfFonts.upper(conference.organizer()));
        sheet.value(1, 0, heading);
        sheet.value(2, 0, conference.title());
        sheet.value(3, 0, AttendanceLabels.asOf(summary.at()));
        sheet.style(0, 0).bold().set();
        sheet.style(1, 0).bold().fontSize(13).set();
        sheet.style(3, 0).italic().set();
        return 5;
    }

    private static void summarySheet(Worksheet sheet, Conference conference, AttendanceSummary summary) {
        int row = title(sheet, conference, summary, "TỔNG HỢP ĐẠI BIỂU DỰ HỘI NGHỊ");
        counts(sheet, row, "THEO THÀNH PHẦN", "Thành phần", summary.byGroup(), summary.total());
        sheet.width(0, 44);
        for (int i = 1; i <= AttendanceLabels.COUNT_HEADERS.size(); i++) {
            sheet.width(i, 12);
        }
    }

    /** A heading, a header row, one row per group or point, and the total; returns the next free row. */
    private static int counts(Worksheet sheet, int row, String heading, String first, List<AttendanceCount> rows,
                              AttendanceCount total) {
        sheet.value(row, 0, heading);
        sheet.style(row++, 0).bold().set();
        int header = row;
        sheet.value(row, 0, first);
        for (int i = 0; i < AttendanceLabels.COUNT_HEADERS.size(); i++) {
            sheet.value(row, i + 1, AttendanceLabels.COUNT_HEADERS.get(i));
        }
        sheet.range(row, 0, row, AttendanceLabels.COUNT_HEADERS.size()).style().bold().fillColor(HEAD_FILL).set();
        row++;
        for (AttendanceCount c : rows) {
            countRow(sheet, row++, AttendanceLabels.group(c.name()), c);
        }
        countRow(sheet, row, AttendanceLabels.TOTAL, total);
        sheet.range(row, 0, row, AttendanceLabels.COUNT_HEADERS.size()).style().bold().set();
        sheet.range(header, 0, row, AttendanceLabels.COUNT_HEADERS.size()).style().borderStyle("thin").set();
        return row + 2;
    }

    private static void countRow(Worksheet sheet, int row, String name, AttendanceCount c) {
        sheet.value(row, 0, name);
        List<Object> values = AttendanceLabels.counts(c);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Integer n) {
                sheet.value(row, i + 1, n);
            } else {
                sheet.value(row, i + 1, values.get(i).toString());
            }
        }
    }

    /** Each point's headcount under its cluster, a subtotal per cluster, the province; numbers as numbers. */
    private static void peopleSheet(Worksheet sheet, Conference conference, AttendanceSummary summary,
                                    ProvincePeople people) {
        int header = title(sheet, conference, summary, PdfFonts.upper(PeopleTable.HEADING));
        int last = PeopleTable.HEADERS.size() - 1;
        for (int i = 0; i <= last; i++) {
            sheet.value(header, i, PeopleTable.HEADERS.get(i));
        }
        sheet.range(header, 0, header, last).style().bold().fillColor(HEAD_FILL).wrapText(true).set();
        int row = header + 1;
        for (PeopleTable.Line line : PeopleTable.of(people)) {
            if (line.kind() == PeopleTable.Kind.CLUSTER) {
                sheet.value(row, 1, (String) line.cells().getFirst());
                sheet.style(row, 1).bold().italic().set();
            } else {
                for (int i = 0; i < line.cells().size(); i++) {
                    switch (line.cells().get(i)) {
                        case Integer n -> sheet.value(row, i, n);
                        case String text -> sheet.value(row, i, text);
                        case null, default -> { }
                    }
                }
                if (line.kind() != PeopleTable.Kind.POINT) {
                    sheet.range(row, 0, row, last).style().bold().set();
                }
            }
            row++;
        }
        sheet.range(header, 0, row - 1, last).style().borderStyle("thin").set();
        sheet.value(row + 1, 0, PeopleTable.NOTE);
        sheet.style(row + 1, 0).italic().set();
        int[] widths = {6, 40, 10, 11, 12, 11, 10, 18, 10};
        for (int i = 0; i < widths.length; i++) {
            sheet.width(i, widths[i]);
        }
        sheet.freezePane(0, header + 1);
    }

    private static void listSheet(Worksheet sheet, Conference conference, AttendanceSummary summary,
                                  List<AttendanceEntry> list) {
        int header = title(sheet, conference, summary, "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ");
        List<String> headers = new java.util.ArrayList<>(AttendanceLabels.LIST_HEADERS);
        headers.add(4, "Thành phần");
        for (int i = 0; i < headers.size(); i++) {
            sheet.value(header, i, headers.get(i));
        }
        sheet.range(header, 0, header, headers.size() - 1).style().bold().fillColor(HEAD_FILL).set();
        int row = header + 1;
        for (AttendanceEntry e : list) {
            sheet.value(row, 0, row - header);
            sheet.value(row, 1, e.fullName());
            sheet.value(row, 2, e.title());
            sheet.value(row, 3, e.unitName());
            sheet.value(row, 4, AttendanceLabels.group(e.groupName()));
            sheet.value(row, 5, e.pointName());
            sheet.value(row, 6, AttendanceLabels.time(e));
            sheet.value(row, 7, e.gate());
            String note = AttendanceLabels.note(e);
            if (!note.isEmpty()) {
                sheet.value(row, 8, note);
            }
            row++;
        }
        int[] widths = {6, 26, 40, 34, 26, 30, 11, 14, 26};
        for (int i = 0; i < widths.length; i++) {
            sheet.width(i, widths[i]);
        }
        sheet.freezePane(0, header + 1);
    }
}
