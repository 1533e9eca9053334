package vn.hoinghi.delegate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Texts;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;

/** The delegate list as an .xlsx sheet in the office layout; the importer reads it back to the same list. */
@StaysVietnamese("the exported delegate list, a document the importer reads back")
@Service
public class DelegateExportService {

    private static final List<String> EXTRA = List.of("Ghế", "Người dự thay", "Trạng thái giấy mời");
    private final DelegateService delegates;
    private final ConferenceService conferences;

    DelegateExportService(DelegateService delegates, ConferenceService conferences) {
        this.delegates = delegates;
        this.conferences = conferences;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public byte[] xlsx(long conferenceId, DelegateFilter filter) {
        Conference conference = conferences.get(conferenceId).orElseThrow();
        List<Delegate> list = delegates.list(conferenceId, filter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "HoiNghi", "1.0");
            Worksheet sheet = workbook.newWorksheet("Đại biểu");
            sheet.value(0, 0, conference.organizer().toUpperCase(Locale.forLanguageTag("vi")));
            sheet.value(1, 0, "DANH SÁCH ĐẠI BIỂU " + conference.title().toUpperCase(Locale.forLanguageTag("vi")));
            sheet.style(0, 0).bold().set();
            sheet.style(1, 0).bold().set();
            int header = 3;
            int column = 0;
            sheet.value(header, column++, "STT");
            for (DelegateColumn c : List.of(DelegateColumn.NAME, DelegateColumn.GENDER, DelegateColumn.TITLE,
                    DelegateColumn.UNIT, DelegateColumn.GROUP, DelegateColumn.POINT, DelegateColumn.PHONE,
                    DelegateColumn.EMAIL, DelegateColumn.RANK, DelegateColumn.NOTES)) {
                sheet.value(header, column++, c.label);
            }
            for (String extra : EXTRA) {
                sheet.value(header, column++, extra);
            }
            sheet.range(header, 0, header, column - 1).style().bold().fillColor("DDE6F0").set();
            int row = header + 1;
            for (Delegate d : list) {
                writeRow(sheet, row, row - header, d);
                row++;
            }
            int[] widths = {6, 26, 9, 40, 34, 24, 32, 13, 28, 10, 24, 8, 26, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.width(i, widths[i]);
            }
            sheet.freezePane(0, header + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeRow(Worksheet sheet, int row, int number, Delegate d) {
        sheet.value(row, 0, number);
        sheet.value(row, 1, d.fullName());
        sheet.value(row, 2, d.gender() == null ? null : Texts.in(Texts.VIETNAMESE, "gender." + d.gender().name()));
        sheet.value(row, 3, d.title());
        sheet.value(row, 4, d.unitName());
        sheet.value(row, 5, d.groupName());
        sheet.value(row, 6, d.pointName());
        sheet.value(row, 7, d.phone());
        sheet.value(row, 8, d.email());
        if (d.protocolRank() != null) {
            sheet.value(row, 9, d.protocolRank());
        }
        sheet.value(row, 10, d.notes());
        sheet.value(row, 11, d.seat());
        sheet.value(row, 12, d.substituteName());
        sheet.value(row, 13, Texts.in(Texts.VIETNAMESE, "invitation." + d.invitationStatus().name()));
    }
}
