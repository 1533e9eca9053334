package vn.hoinghi.pointlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.document.WorkbookRows;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/**
 * The record of a scripted day (see {@link ScriptedDay}), read back: the sheet cell by cell (outage minutes, counts,
 * each cluster's sum and the province's added up again), the course of the day, the requests, and the PDF's text.
 */
@IntegrationTest
class PointLogExportTest {

    /** The summary's columns in the sheet. */
    static final int POINT = 2;
    static final int REHEARSAL = 4;
    static final int READY = 5;
    static final int CHANGES = 6;
    static final int OUTAGES = 7;
    static final int MINUTES = 8;
    static final int LONGEST = 9;
    static final int LAST = 15;

    @Autowired ScriptedDay day;
    @Autowired PointLogService log;
    @Autowired RunAs runAs;

    long conference;

    @BeforeEach
    void theDay() {
        conference = day.run(TestData.unique("Hội nghị tổng kết năm 2025"));
    }

    private <T> T committee(java.util.function.Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }

    private static List<String> row(List<List<String>> rows, int column, String text) {
        return rows.stream().filter(r -> r.size() > column && text.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text));
    }

    private static long number(List<String> row, int column) {
        return row.size() > column && row.get(column) != null && !row.get(column).isEmpty()
                ? Long.parseLong(row.get(column)) : 0;
    }

    @Test
    void theSummaryHasEachPointsDayAndItsSumsAddUp() throws Exception {
        Map<String, List<List<String>>> sheets = WorkbookRows.read(committee(() -> log.xlsx(conference)));
        assertThat(sheets.keySet()).containsExactly("Tổng hợp", "Diễn biến", "Phát biểu");
        List<List<String>> summary = sheets.get("Tổng hợp");
        assertThat(summary.get(1).getFirst()).isEqualTo(PointLogLabels.TITLE);

        assertThat(row(summary, POINT, ScriptedDay.DONG_HOI)).containsExactly("2", ScriptedDay.CLUSTER,
                ScriptedDay.DONG_HOI, "Phường", "Sẵn sàng", "06:34", "3", "1", "4", "4", "41", "1", "1", "7", "1", "1");
        assertThat(row(summary, POINT, ScriptedDay.DONG_THUAN)).containsExactly("3", ScriptedDay.CLUSTER,
                ScriptedDay.DONG_THUAN, "Phường", "Không đạt", "", "5", "2", "40", "30", "", "1", "0", "0", "3",
                "0");
        assertThat(row(summary, POINT, ScriptedDay.DONG_SON + " (đã rút)").subList(CHANGES, MINUTES + 1))
                .as("lost at 07:45 and never found until the end at 11:30").containsExactly("1", "1", "225");
        assertThat(row(summary, POINT, ScriptedDay.HALL).subList(CHANGES, LAST + 1))
                .containsExactly("0", "0", "0", "0", "", "1", "1", "5", "0", "0");
        assertThat(row(summary, POINT, "Cộng " + ScriptedDay.CLUSTER).subList(CHANGES, LONGEST + 1))
                .as("the withdrawn point is in no sum").containsExactly("8", "3", "44", "30");

        // Each cluster's sum row is the sum of its point rows (withdrawn ones left out); the province's, of all of them.
        int header = summary.indexOf(row(summary, 0, "STT"));
        List<List<String>> pointRows = new ArrayList<>();
        int sums = 0;
        for (List<String> r : summary.subList(header + 1, summary.size())) {
            if (r.size() <= POINT || r.get(POINT) == null) {
                continue;
            }
            if (r.get(0) != null && !r.get(0).isEmpty()) {
                if (!r.get(POINT).endsWith("(đã rút)")) {
                    pointRows.add(r);
                }
            } else if (r.get(POINT).startsWith("Cộng ")) {
                String cluster = r.get(POINT).substring("Cộng ".length());
                assertSums(r, pointRows.stream().filter(p -> cluster.equals(p.get(1))).toList());
                sums++;
            } else {
                assertThat(r.get(POINT)).isEqualTo("Tổng cộng toàn tỉnh");
                assertSums(r, pointRows);
                assertThat(number(r, MINUTES)).isEqualTo(44);
                assertThat(number(r, OUTAGES)).isEqualTo(3);
            }
        }
        assertThat(pointRows).as("79 listed, one withdrawn").hasSize(78);
        assertThat(sums).as("18 clusters; the hall is no cluster").isEqualTo(18);
    }

    private static void assertSums(List<String> sum, List<List<String>> rows) {
        for (int c = CHANGES; c <= LAST; c++) {
            int column = c;
            long expected = c == LONGEST ? rows.stream().mapToLong(r -> number(r, column)).max().orElse(0)
                    : rows.stream().mapToLong(r -> number(r, column)).sum();
            assertThat(number(sum, c)).as(sum.get(POINT) + ", column " + c).isEqualTo(expected);
        }
    }

    @Test
    void theCourseOfTheDayLeavesTheRehearsalOutAndTheRequestsAreListed() throws Exception {
        Map<String, List<List<String>>> sheets = WorkbookRows.read(committee(() -> log.xlsx(conference)));
        List<List<String>> events = sheets.get("Diễn biến");
        int header = events.indexOf(row(events, 0, "Thời gian"));
        List<List<String>> lines = events.subList(header + 1, events.size());
        assertThat(lines).extracting(r -> r.get(0)).isSorted().doesNotContain("06:10", "06:30");
        assertThat(lines).filteredOn(r -> r.size() == 7).anySatisfy(r -> assertThat(r).containsExactly("08:10", ScriptedDay.CLUSTER,
                ScriptedDay.DONG_HOI, "Gián đoạn (mất kết nối)", ScriptedDay.COORDINATOR + "-" + conference, "08:14",
                "4"));
        assertThat(lines).filteredOn(r -> r.size() == 7).anySatisfy(r -> assertThat(r.subList(2, 7)).containsExactly(ScriptedDay.DONG_THUAN,
                "Gián đoạn (mất kết nối)", "bantochuc", "Chưa khắc phục", "30"));
        assertThat(lines).filteredOn(r -> r.size() > 3).anySatisfy(r -> assertThat(r.get(3))
                .startsWith("Cảnh báo mất kết nối, Trực ban cụm 1 xác nhận lúc "));

        List<List<String>> requests = sheets.get("Phát biểu");
        int first = requests.indexOf(row(requests, 0, "STT")) + 1;
        assertThat(requests.subList(first, requests.size())).extracting(r -> r.get(3))
                .containsExactly("Nguyễn Văn Hải", "Trần Thị Lan", "Lê Quang Minh");
        assertThat(row(requests, 3, "Nguyễn Văn Hải").subList(5, 10))
                .containsExactly("09:30", "Được phát biểu", "09:31", "09:38", "7");
        assertThat(row(requests, 3, "Lê Quang Minh").get(2)).isEqualTo(ScriptedDay.HALL);
    }

    @Test
    void thePdfIsTheReportInVietnameseWithTheNumbers() {
        byte[] pdf = committee(() -> log.pdf(conference));
        PdfAssertions.save(pdf, "nhat-ky-diem-cau.pdf");
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= PdfAssertions.pages(pdf); p++) {
            all.append(PdfAssertions.text(pdf, p)).append(' ');
        }
        assertThat(PdfAssertions.text(pdf, 1)).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "BÁO CÁO TÌNH HÌNH CÁC ĐIỂM CẦU TRONG NGÀY HỘI NGHỊ", "Số liệu đến 11 giờ 30 phút, ngày 15/12/2025",
                "Số liệu tính từ 07:00", "I. Tổng hợp theo cụm và điểm cầu");
        assertThat(all.toString()).contains("Điểm cầu phường Đồng Hới Sẵn sàng 06:34 3 1 4 4 41 1 1 7 1 1",
                "Điểm cầu phường Đồng Sơn (đã rút)", "Cộng Thành phố Đồng Hới 8 3 44 30",
                "II. Các lần gián đoạn kết nối", "Chưa khắc phục", "III. Các ý kiến xin phát biểu", "Nguyễn Văn Hải",
                "Được phát biểu", "Không được phát biểu",
                "Trong ngày có 3 lần gián đoạn tại 2 điểm cầu, tổng cộng 44 phút (lâu nhất 30 phút)",
                "Hội nghị có 78 điểm cầu (kể cả hội trường chính, không kể 1 điểm cầu đã rút)",
                "KT. CHỦ TỊCH", "Hoàng Nam");
    }

    @Test
    void onlyTheCommitteeReadsTheRecord() {
        assertThatThrownBy(() -> runAs.role("diemcau-" + conference, AppRoles.POINT, () -> log.log(conference)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.role("mc-" + conference, AppRoles.MC, () -> log.xlsx(conference)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
