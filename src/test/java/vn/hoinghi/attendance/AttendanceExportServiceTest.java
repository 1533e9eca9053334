package vn.hoinghi.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.Times;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.InvitationStatus;
import vn.hoinghi.document.WorkbookRows;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.checkin.Checkin;
import vn.hoinghi.checkin.CheckinService;

/** The attendance for the minutes, read back: the counts, then each delegate's check-in or "Vắng". */
@IntegrationTest
@WithMockUser(username = "bantochuc-bb", roles = AppRoles.STAFF)
class AttendanceExportServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired AttendanceExportService exports;
    @Autowired CheckinService checkins;
    @Autowired DelegateService delegates;
    @Autowired RunAs runAs;

    private long conference;
    private Checkin tam;

    private Delegate someone(String name) {
        return delegates.list(conference, new DelegateFilter(name, null, null, null, null, null, false)).getFirst();
    }

    private void sampleMorning() {
        conference = fixture.quangTriWithSampleDelegates();
        Delegate sends = someone("Lý Đình Tâm");
        delegates.setSubstitute(sends.id(), sends.version(), "Lê Văn Thay", "Chánh Văn phòng", null);
        delegates.setStatus(List.of(someone("Trần Thị Kim Vân").id()), InvitationStatus.DECLINED);
        tam = checkins.checkInFound(conference, someone("Mai Công Tâm").id(), "Cổng chính").checkin();
        checkins.checkInFound(conference, sends.id(), "Cổng phụ");
        checkins.checkInFound(conference, someone("Phan Minh Lực").id(), "Điểm cầu Vĩnh Linh");
    }

    private static List<String> rowStarting(List<List<String>> rows, int column, String text) {
        return rows.stream().filter(r -> r.size() > column && text.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text));
    }

    @Test
    void theSpreadsheetHasTheCountsAndEveryDelegatesCheckInOrAbsence() throws Exception {
        sampleMorning();
        Map<String, List<List<String>>> sheets = WorkbookRows.read(exports.xlsx(conference));

        assertThat(sheets.keySet()).containsExactly("Tổng hợp", "Danh sách");
        List<List<String>> summary = sheets.get("Tổng hợp");
        assertThat(summary.get(0).getFirst()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
        assertThat(summary.get(1).getFirst()).isEqualTo("TỔNG HỢP ĐẠI BIỂU DỰ HỘI NGHỊ");
        assertThat(summary.get(3).getFirst()).startsWith("Số liệu lúc ");
        assertThat(rowStarting(summary, 0, "Lãnh đạo tỉnh")).containsExactly("Lãnh đạo tỉnh", "13", "1", "1", "12", "2", "10", "17%");
        assertThat(rowStarting(summary, 0, "Hội trường UBND tỉnh")).containsExactly("Hội trường UBND tỉnh", "93", "1", "1", "92", "2", "90", "2%");
        assertThat(rowStarting(summary, 0, "Điểm cầu UBND huyện Vĩnh Linh")).containsExactly("Điểm cầu UBND huyện Vĩnh Linh", "8", "0", "0", "8", "1", "7", "13%");
        assertThat(summary.stream().filter(r -> "Tổng cộng".equals(r.getFirst())).toList()).hasSize(2)
                .allSatisfy(r -> assertThat(r).containsExactly("Tổng cộng", "173", "1", "1", "172", "3", "169", "2%"));

        List<List<String>> list = sheets.get("Danh sách");
        List<String> header = rowStarting(list, 0, "STT");
        assertThat(header).containsExactly("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành phần", "Điểm cầu", "Điểm danh", "Cổng", "Ghi chú");
        int first = list.indexOf(header) + 1;
        assertThat(list.size() - first).isEqualTo(173);
        String time = Times.TIME.format(Times.local(tam.at()));
        assertThat(list.get(first)).containsExactly("1", "Mai Công Tâm", "Bí thư Tỉnh ủy", "Tỉnh ủy", "Lãnh đạo tỉnh",
                "Hội trường UBND tỉnh", time, "Cổng chính");
        assertThat(rowStarting(list, 1, "Lý Đình Tâm")).contains("Cổng phụ", "Dự thay: Lê Văn Thay");
        assertThat(rowStarting(list, 1, "Trần Thị Kim Vân")).contains("Vắng", "Có báo vắng");
        assertThat(rowStarting(list, 1, "Phan Minh Lực")).contains("Điểm cầu UBND huyện Vĩnh Linh", "Điểm cầu Vĩnh Linh");
        assertThat(rowStarting(list, 1, "Đinh Thu Ánh")).contains("Vắng");
        assertThat(list.subList(first, list.size())).filteredOn(r -> "Vắng".equals(r.get(6))).hasSize(170);
    }

    @Test
    void thePdfHasTheOfficialHeadTheCountsAndTheListInVietnamese() {
        sampleMorning();
        byte[] pdf = exports.pdf(conference);
        PdfAssertions.save(pdf, "diem-danh-dai-bieu.pdf");

        String first = PdfAssertions.text(pdf, 1);
        assertThat(first).contains("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "TỔNG HỢP ĐẠI BIỂU DỰ HỘI NGHỊ", "Số liệu lúc",
                "I. Tổng hợp theo thành phần", "Lãnh đạo tỉnh 13 1 1 12 2 10 17%", "II. Tổng hợp theo điểm cầu",
                "Hội trường UBND tỉnh 93 1 1 92 2 90 2%", "Tổng cộng 173 1 1 172 3 169 2%");
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= PdfAssertions.pages(pdf); p++) {
            all.append(PdfAssertions.text(pdf, p)).append(' ');
        }
        String time = Times.TIME.format(Times.local(tam.at()));
        assertThat(all.toString()).contains("III. Danh sách đại biểu", "1 Mai Công Tâm Bí thư Tỉnh ủy Tỉnh ủy",
                time + " Cổng chính", "Trần Thị Kim Vân Phó Chủ tịch HĐND tỉnh HĐND tỉnh", "Dự thay: Lê Văn Thay", "Có báo vắng", "Đinh Thu Ánh", "Cấp huyện (điểm cầu)",
                "Có mặt: 3/172 đại biểu dự kiến");
        assertThat(PdfAssertions.pages(pdf)).isGreaterThan(3);
        assertThat(PdfAssertions.text(pdf, 2)).startsWith("2 ");
    }

    @Test
    void onlyTheCommitteeExports() {
        long id = fixture.conferenceWithDelegates();
        for (String role : List.of(AppRoles.MC, AppRoles.GATE, AppRoles.POINT)) {
            assertThatThrownBy(() -> runAs.role("x", role, () -> exports.xlsx(id))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("x", role, () -> exports.pdf(id))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
