package vn.hoinghi.submission.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/**
 * Three units fill the data form and submit, a fourth keeps a draft: the province-wide table has a column per
 * submitted unit with exactly its figures, and per row the sum of those — computed here again from what the units
 * typed, without the app's number reading. Drafts count only when asked.
 */
@IntegrationTest
class ProvinceTableTest {

    /** What each unit typed, by code, in the Vietnamese way. */
    static final Map<String, String> TRIEU_PHONG = Map.ofEntries(Map.entry("1.1", "312"), Map.entry("1.1.1", "300"),
            Map.entry("1.1.2", "12"), Map.entry("1.2", "1"), Map.entry("1.2.1", "1"), Map.entry("1.2.2", "0"),
            Map.entry("1.3", "19"), Map.entry("1.3.1", "19"), Map.entry("1.3.2", "0"), Map.entry("2.1", "45"),
            Map.entry("2.2", "41"), Map.entry("3.1", "5.230,5"), Map.entry("3.2", "1.250"), Map.entry("3.3", "12"),
            Map.entry("3.4", "3.400"), Map.entry("4.1", "12.450,75"), Map.entry("4.2.1", "8"), Map.entry("4.2.2", "35"),
            Map.entry("5.1", "2.150"));
    static final Map<String, String> VINH_LINH = Map.ofEntries(Map.entry("1.1", "287"), Map.entry("1.1.1", "281"),
            Map.entry("1.1.2", "6"), Map.entry("1.2", "1"), Map.entry("1.2.1", "1"), Map.entry("1.3", "22"),
            Map.entry("1.3.1", "21"), Map.entry("1.3.2", "1"), Map.entry("2.1", "63"), Map.entry("2.2", "63"),
            Map.entry("3.1", "4.100,25"), Map.entry("3.2", "980"), Map.entry("3.4", "2.715"), Map.entry("4.1", "9.870"),
            Map.entry("4.2.1", "15"), Map.entry("4.2.2", "22"), Map.entry("5.1", "1.320,5"));
    static final Map<String, String> POLICE = Map.of("2.1", "1.204", "2.2", "1.198", "4.1", "3.500", "5.1", "96,125");
    static final Map<String, String> DRAFT = Map.of("2.1", "1.000", "3.1", "999", "4.1", "1");

    @Autowired ReportFixture fixture;
    @Autowired UnitReportService reports;
    @Autowired ReportSummaryService summary;
    @Autowired RunAs runAs;

    long conference;
    Map<Long, Map<String, String>> typedByUnit = new HashMap<>();
    long draftUnit;

    @BeforeEach
    void threeUnitsSubmitAndOneDrafts() {
        conference = fixture.conference();
        submit("UBND huyện Triệu Phong", TRIEU_PHONG);
        submit("UBND huyện Vĩnh Linh", VINH_LINH);
        submit("Công an tỉnh", POLICE);
        draftUnit = fixture.unit("Sở Công Thương");
        runAs.role(fixture.account(conference, draftUnit), AppRoles.UNIT,
                () -> reports.save(conference, draftUnit, 0, fixture.typed(conference, DRAFT)));
    }

    @Test
    void theTableSumsEachRowOverTheSubmittedUnitsAndShowsEachUnitsOwnFigures() {
        ReportTable table = fixture.committee(() -> summary.table(conference, false));
        assertThat(table.columns()).hasSize(3).allMatch(UnitReport::submitted)
                .extracting(UnitReport::unitId).containsExactlyInAnyOrderElementsOf(typedByUnit.keySet());

        for (ReportField field : table.form().fields()) {
            BigDecimal expected = null;
            for (UnitReport column : table.columns()) {
                String typed = typedByUnit.get(column.unitId()).get(field.code());
                FieldValue shown = table.value(column, field);
                if (typed == null) {
                    assertThat(shown).as(column.unitName() + " " + field.code()).isNull();
                    continue;
                }
                BigDecimal value = plain(typed);
                assertThat(shown.number()).as(column.unitName() + " " + field.code()).isEqualByComparingTo(value);
                expected = expected == null ? value : expected.add(value);
            }
            if (expected == null) {
                assertThat(table.total(field)).as("total of " + field.code()).isNull();
            } else {
                assertThat(table.total(field)).as("total of " + field.code()).isEqualByComparingTo(expected);
            }
        }
        // The same, written out for a few rows, in case the loop above were ever wrong in the same way as the app.
        assertThat(total(table, "2.1")).isEqualByComparingTo("1312");   // 45 + 63 + 1.204
        assertThat(total(table, "3.1")).isEqualByComparingTo("9330.75"); // 5.230,5 + 4.100,25
        assertThat(total(table, "4.1")).isEqualByComparingTo("25820.75"); // 12.450,75 + 9.870 + 3.500
        assertThat(total(table, "5.1")).isEqualByComparingTo("3566.625"); // 2.150 + 1.320,5 + 96,125
        assertThat(total(table, "1.2.2")).isEqualByComparingTo("0");
        assertThat(total(table, "3.3")).isEqualByComparingTo("12");
        assertThat(table.total(field(table, "1"))).as("a heading has no sum").isNull();
    }

    @Test
    void draftsCountOnlyWhenAskedAndAreMarked() {
        ReportTable withDrafts = fixture.committee(() -> summary.table(conference, true));
        assertThat(withDrafts.columns()).hasSize(4);
        assertThat(withDrafts.drafts()).isEqualTo(1);
        assertThat(total(withDrafts, "2.1")).isEqualByComparingTo("2312");
        assertThat(total(withDrafts, "3.1")).isEqualByComparingTo("10329.75");
        assertThat(total(withDrafts, "1.1")).as("rows the draft left blank").isEqualByComparingTo("599");
        assertThat(ReportLabels.scope(withDrafts)).startsWith("(3 đơn vị đã nộp, tính cả 1 báo cáo nháp; số liệu đến ");

        ReportProgress progress = fixture.committee(() -> summary.progress(conference));
        assertThat(progress.count(ReportStatus.SUBMITTED)).isEqualTo(3);
        assertThat(progress.count(ReportStatus.DRAFT)).isEqualTo(1);
        assertThat(progress.of(ReportStatus.DRAFT)).singleElement().extracting(ReportProgress.Row::unitId).isEqualTo(draftUnit);
    }

    @Test
    void aCorrectionAfterSubmittingKeepsTheReportSubmittedAndChangesTheTotals() {
        long vinhLinh = typedByUnit.entrySet().stream().filter(e -> e.getValue() == VINH_LINH).findFirst().orElseThrow().getKey();
        ReportSheet sheet = runAs.role(fixture.account(conference, vinhLinh), AppRoles.UNIT, () -> reports.mine(conference));
        Map<String, String> corrected = new HashMap<>(VINH_LINH);
        corrected.put("2.1", "64");
        runAs.role(fixture.account(conference, vinhLinh), AppRoles.UNIT,
                () -> reports.save(conference, vinhLinh, sheet.version(), fixture.typed(conference, corrected)));
        ReportTable table = fixture.committee(() -> summary.table(conference, false));
        assertThat(table.columns()).hasSize(3);
        assertThat(total(table, "2.1")).isEqualByComparingTo("1313");
        UnitReport column = table.columns().stream().filter(c -> c.unitId() == vinhLinh).findFirst().orElseThrow();
        assertThat(column.submittedAt()).as("the first submission's time").isEqualTo(sheet.report().submittedAt());
    }

    private void submit(String name, Map<String, String> typed) {
        typedByUnit.put(fixture.submit(conference, name, typed), typed);
    }

    /** "12.450,75" → 12450.75, read here without the app's reader. */
    static BigDecimal plain(String typed) {
        return new BigDecimal(typed.replace(".", "").replace(',', '.'));
    }

    static ReportField field(ReportTable table, String code) {
        return table.form().fields().stream().filter(f -> code.equals(f.code())).findFirst().orElseThrow();
    }

    static BigDecimal total(ReportTable table, String code) {
        return table.total(field(table, code));
    }
}
