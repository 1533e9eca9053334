package vn.hoinghi.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
    @Autowired CommunePointsFixture communes;

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

        assertThat(sheets.keySet()).containsExactly("Tổng hợp", "Theo cụm điểm cầu", "Danh sách");
        List<List<String>> summary = sheets.get("Tổng hợp");
        assertThat(summary.get(0).getFirst()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
        assertThat(summary.get(1).getFirst()).isEqualTo("TỔNG HỢP ĐẠI BIỂU DỰ HỘI NGHỊ");
        assertThat(summary.get(3).getFirst()).startsWith("Số liệu lúc ");
        assertThat(rowStarting(summary, 0, "Lãnh đạo tỉnh")).containsExactly("Lãnh đạo tỉnh", "13", "1", "1", "12", "2", "10", "17%");
        assertThat(summary.stream().filter(r -> "Tổng cộng".equals(r.getFirst())).toList()).hasSize(1)
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
                "I. Tổng hợp theo thành phần", "Lãnh đạo tỉnh 13 1 1 12 2 10 17%", "Tổng cộng 173 1 1 172 3 169 2%",
                "II. Số người dự theo cụm và điểm cầu");
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= PdfAssertions.pages(pdf); p++) {
            all.append(PdfAssertions.text(pdf, p)).append(' ');
        }
        String time = Times.TIME.format(Times.local(tam.at()));
        assertThat(all.toString()).contains("III. Danh sách đại biểu", "1 Mai Công Tâm Bí thư Tỉnh ủy Tỉnh ủy",
                time + " Cổng chính", "Trần Thị Kim Vân Phó Chủ tịch HĐND tỉnh HĐND tỉnh", "Dự thay: Lê Văn Thay", "Có báo vắng", "Đinh Thu Ánh", "Cấp huyện (điểm cầu)",
                "Các điểm cầu không thuộc cụm", "UBND huyện Vĩnh Linh", "Chưa báo",
                "Tổng cộng toàn tỉnh: hội trường và 10 điểm",
                "Có mặt: 3/172 đại biểu dự kiến", "Tổng số người dự tại hội trường và các điểm cầu: 3.");
        assertThat(PdfAssertions.pages(pdf)).isGreaterThan(3);
        assertThat(PdfAssertions.text(pdf, 2)).startsWith("2 ");
    }

    /**
     * The new Quảng Trị (the hall and 78 communes, one withdrawn): the sheet by cluster read back cell by cell — numbers as numbers, each cluster's subtotal and
     * the province added up again from the point rows, the withdrawn point nowhere.
     */
    @Test
    void theSpreadsheetByClusterGivesEachPointsHeadcountItsSubtotalsAndTheProvince() throws Exception {
        conference = communes.morning();
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(exports.xlsx(conference)))) {
            rows = wb.findSheet("Theo cụm điểm cầu").orElseThrow().read();
        }
        assertThat(text(rows.get(1), 0)).isEqualTo("SỐ NGƯỜI DỰ THEO CỤM VÀ ĐIỂM CẦU");
        int header = java.util.stream.IntStream.range(0, rows.size()).filter(i -> "STT".equals(text(rows.get(i), 0)))
                .findFirst().orElseThrow();
        assertThat(java.util.stream.IntStream.range(0, 9).mapToObj(i -> text(rows.get(header), i)))
                .containsExactly("STT", "Điểm cầu", "Dự kiến", "Đại biểu mời", "Điểm danh theo tên", "Số người báo",
                        "Báo lúc", "Người báo", "Có mặt");
        Row hall = rows.get(header + 1);
        assertThat(numbers(hall, 0, 2, 3, 4, 5, 8)).containsExactly(1, 40, 4, 3, 64, 64);
        assertThat(text(hall, 1)).isEqualTo("Trung tâm tỉnh");
        assertThat(text(hall, 6)).matches("\\d\\d:\\d\\d");
        assertThat(text(hall, 7)).isEqualTo("bantochuc-bb");
        assertThat(text(rows.get(header + 2), 1)).isEqualTo("Cụm Thành phố Đồng Hới");
        assertThat(text(rows.get(header + 3), 1)).isEqualTo("phường Đồng Hới");
        assertThat(numbers(rows.get(header + 3), 0, 2, 3, 4, 5, 8)).containsExactly(2, 28, 0, 0, 41, 41);
        Row fewer = rows.get(header + 4);
        assertThat(text(fewer, 1)).isEqualTo("phường Đồng Thuận");
        assertThat(numbers(fewer, 2, 3, 4, 5, 8)).as("reported 1, 2 ticked by name").containsExactly(31, 3, 2, 1, 2);
        assertThat(text(rows.get(header + 5), 1)).isEqualTo("Cộng cụm Thành phố Đồng Hới (2/2 điểm cầu đã báo)");
        Row notReported = rows.stream().filter(r -> "xã Vĩnh Linh".equals(text(r, 1))).findFirst().orElseThrow();
        assertThat(text(notReported, 5)).isEmpty();
        assertThat(text(notReported, 6)).isEqualTo("Chưa báo");
        assertThat(numbers(notReported, 3, 4, 8)).containsExactly(3, 2, 2);
        assertThat(rows).noneMatch(r -> "phường Đồng Sơn".equals(text(r, 1)));

        int[] cluster = new int[9];
        int[] province = new int[9];
        int points = 0;
        int clusters = 0;
        for (Row r : rows.subList(header + 1, rows.size())) {
            String label = text(r, 1);
            if (text(r, 0).matches("\\d+")) {
                points++;
                for (int c : new int[] {2, 3, 4, 5, 8}) {
                    int v = r.getOptionalCell(c).filter(x -> x.getType() == CellType.NUMBER)
                            .map(x -> x.asNumber().intValue()).orElse(0);
                    cluster[c] += v;
                    province[c] += v;
                }
                if (points == 1) {
                    cluster = new int[9]; // the hall is in no cluster
                }
            } else if (label.startsWith("Cộng ")) {
                clusters++;
                assertThat(numbers(r, 2, 3, 4, 5, 8)).as(label)
                        .containsExactly(cluster[2], cluster[3], cluster[4], cluster[5], cluster[8]);
                cluster = new int[9];
            } else if (label.startsWith("Tổng cộng toàn tỉnh")) {
                assertThat(label).isEqualTo("Tổng cộng toàn tỉnh: hội trường và 77 điểm cầu (3/77 điểm cầu đã báo)");
                assertThat(numbers(r, 2, 3, 4, 5, 8)).containsExactly(province[2], province[3], province[4],
                        province[5], province[8]);
                assertThat(province[8]).isEqualTo(64 + 41 + 2 + 2 + 12);
            }
        }
        assertThat(points).isEqualTo(78);
        assertThat(clusters).isEqualTo(18);
    }

    private static String text(Row row, int column) {
        return row.getOptionalCell(column).map(org.dhatim.fastexcel.reader.Cell::getText).orElse("");
    }

    /** The cells' numbers, failing on a cell that is not stored as a number. */
    private static List<Integer> numbers(Row row, int... columns) {
        return java.util.Arrays.stream(columns).mapToObj(c -> {
            var cell = row.getCell(c);
            assertThat(cell.getType()).as("column %d of row %d", c, row.getRowNum()).isEqualTo(CellType.NUMBER);
            return cell.asNumber().intValue();
        }).toList();
    }

    @Test
    void thePdfByClusterNamesEachPointsHeadcountWhenAndByWhom() {
        conference = communes.morning();
        byte[] pdf = exports.pdf(conference);
        PdfAssertions.save(pdf, "diem-danh-cum-diem-cau.pdf");
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= PdfAssertions.pages(pdf); p++) {
            all.append(PdfAssertions.text(pdf, p)).append(' ');
        }
        assertThat(all.toString()).contains("II. Số người dự theo cụm và điểm cầu", "Cụm Thành phố Đồng Hới",
                        "Cộng cụm Thành phố Đồng Hới (2/2 điểm", "59 3 2 42 43", "Cụm Huyện Cồn Cỏ",
                        "bantochuc-bb", "xã Vĩnh Linh 30 3 2 Chưa báo 2",
                        "Tổng cộng toàn tỉnh: hội trường và 77 điểm", "1950 10 7 118 121",
                        "Ghi chú: Điểm cầu chưa báo số người được tính theo số đại biểu điểm danh theo tên.",
                        "Tổng số người dự tại hội trường và các điểm cầu: 121.")
                .doesNotContain("Đồng Sơn");
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
