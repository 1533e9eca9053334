package vn.hoinghi.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.document.PdfFonts;

/**
 * A nomination list as an .xlsx sheet in the offices' layout: a title block, the importer's own headers, a
 * heading row per form and type ("I. TẬP THỂ"), one row per nomination. The importer reads it back.
 */
@StaysVietnamese("the award lists as spreadsheets, read back by the importer")
final class NominationWorkbook {

    private static final String HEAD_FILL = "DDE6F0";
    private static final List<NominationColumn> COLUMNS = List.of(NominationColumn.TYPE, NominationColumn.NAME,
            NominationColumn.TITLE, NominationColumn.WORK_UNIT, NominationColumn.PROPOSER, NominationColumn.FORM,
            NominationColumn.ACHIEVEMENT);
    private static final int[] WIDTHS = {6, 12, 40, 24, 34, 30, 34, 60, 16, 40};

    private NominationWorkbook() {
    }

    /** {@code title}: the list's heading lines under the issuer; {@code withStatus} adds status and reason columns. */
    static byte[] write(String issuer, List<String> title, AwardGroups groups, boolean withStatus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HoiNghi", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            sheet.value(0, 0, PdfFonts.upper(issuer));
            sheet.style(0, 0).bold().set();
            int row = 1;
            for (String line : title) {
                sheet.value(row, 0, line);
                sheet.style(row++, 0).bold().set();
            }
            int header = row + 1;
            int last = header(sheet, header, withStatus);
            row = header + 1;
            List<AwardGroups.Form> forms = groups.forms();
            for (int f = 0; f < forms.size(); f++) {
                if (forms.size() > 1) {
                    heading(sheet, row++, AwardGroups.letter(f) + ". " + PdfFonts.upper(forms.get(f).form()));
                }
                for (int g = 0; g < forms.get(f).groups().size(); g++) {
                    AwardGroups.Group group = forms.get(f).groups().get(g);
                    heading(sheet, row++, AwardGroups.roman(g) + ". " + PdfFonts.upper(AwardGroups.label(group.type())));
                    int number = 0;
                    for (Nomination n : group.nominations()) {
                        writeRow(sheet, row++, ++number, n, withStatus);
                    }
                }
            }
            sheet.range(header, 0, row - 1, last).style().borderStyle("thin").wrapText(true).set();
            sheet.value(row + 1, 0, "Tổng số: " + groups.totals() + ".");
            sheet.style(row + 1, 0).bold().set();
            for (int i = 0; i <= last; i++) {
                sheet.width(i, WIDTHS[i]);
            }
            sheet.freezePane(0, header + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int header(Worksheet sheet, int row, boolean withStatus) {
        int column = 0;
        sheet.value(row, column++, "STT");
        for (NominationColumn c : COLUMNS) {
            sheet.value(row, column++, c.label);
        }
        if (withStatus) {
            sheet.value(row, column++, "Trạng thái");
            sheet.value(row, column++, "Lý do không duyệt");
        }
        sheet.range(row, 0, row, column - 1).style().bold().fillColor(HEAD_FILL).set();
        return column - 1;
    }

    private static void heading(Worksheet sheet, int row, String text) {
        sheet.value(row, 0, text);
        sheet.style(row, 0).bold().set();
    }

    private static void writeRow(Worksheet sheet, int row, int number, Nomination n, boolean withStatus) {
        sheet.value(row, 0, number);
        sheet.value(row, 1, AwardGroups.label(n.type()));
        sheet.value(row, 2, n.fullName());
        sheet.value(row, 3, n.title());
        sheet.value(row, 4, n.workUnit());
        sheet.value(row, 5, n.proposingUnitName());
        sheet.value(row, 6, n.form());
        sheet.value(row, 7, n.achievement());
        if (withStatus) {
            sheet.value(row, 8, AwardGroups.label(n.status()));
            sheet.value(row, 9, n.refusalReason());
        }
    }
}
