package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartSumsTest {

    private static final ReportForm FORM = new ReportForm(1, List.of(
            field(1, "1", "Công tác y tế", FieldKind.HEADING, 0),
            field(2, "1.1", "Số tổ COVID-19 cộng đồng", FieldKind.NUMBER, 1),
            field(3, "1.1.1", "- Đã kiện toàn", FieldKind.NUMBER, 2),
            field(4, "1.1.2", "- Chưa kiện toàn", FieldKind.NUMBER, 2),
            field(5, "4.2", "Công tác sản xuất và lưu thông hàng hóa", FieldKind.HEADING, 1),
            field(6, "4.2.1", "- Số doanh nghiệp thực hiện “3 tại chỗ”", FieldKind.NUMBER, 2),
            field(7, "4.2.2", "- Số phương tiện cấp luồng xanh", FieldKind.NUMBER, 2)), java.util.Map.of());

    @Test
    void partsThatAddUpSayNothing() {
        assertThat(PartSums.mismatches(FORM, values(695, 671, 24, 10, 12))).isEmpty();
    }

    @Test
    void partsThatDoNotAddUpAreNamedWithTheirFigures() {
        assertThat(PartSums.mismatches(FORM, values(695, 671, 20, 10, 12))).containsExactly(
                "Mục 1.1 – Số tổ COVID-19 cộng đồng: đã nhập 695 nhưng các dòng con cộng lại 691"
                        + " (Đã kiện toàn 671 + Chưa kiện toàn 20).");
    }

    @Test
    void aRowWithAPartLeftBlankOrUnderAHeadingIsNotChecked() {
        Map<Long, FieldValue> partial = Map.of(2L, FieldValue.of(new BigDecimal(695)), 3L, FieldValue.of(new BigDecimal(671)));
        assertThat(PartSums.mismatches(FORM, partial)).isEmpty();
        assertThat(PartSums.mismatches(FORM, values(695, 671, 24, 1000, 1))).as("4.2 is a heading, not a total").isEmpty();
    }

    private static ReportField field(long id, String code, String label, FieldKind kind, int level) {
        return new ReportField(id, 1, (int) id, code, label, kind, null, level, 0);
    }

    private static Map<Long, FieldValue> values(long teams, long done, long notYet, long firms, long vehicles) {
        return Map.of(2L, FieldValue.of(BigDecimal.valueOf(teams)), 3L, FieldValue.of(BigDecimal.valueOf(done)),
                4L, FieldValue.of(BigDecimal.valueOf(notYet)), 6L, FieldValue.of(BigDecimal.valueOf(firms)),
                7L, FieldValue.of(BigDecimal.valueOf(vehicles)));
    }
}
