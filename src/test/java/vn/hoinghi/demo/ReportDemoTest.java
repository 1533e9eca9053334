package vn.hoinghi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.Times;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.report.ReportFormService;
import vn.hoinghi.submission.report.ReportProgress;
import vn.hoinghi.submission.report.ReportStatus;
import vn.hoinghi.submission.report.ReportSummaryService;
import vn.hoinghi.submission.report.UnitReportService;
import vn.hoinghi.unit.UnitService;

/**
 * The demo conference comes with the data form, four submitted reports and a draft, once; Sở Y tế can fill its own.
 * Other tests (the reports' browser test) may have added reports to the shared demo conference: this one checks
 * what the demo itself brings.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "quantri-baocao", roles = AppRoles.ADMIN)
class ReportDemoTest {

    @Autowired DemoConferenceLoader loader;
    @Autowired ReportFormService forms;
    @Autowired ReportSummaryService summary;
    @Autowired UnitReportService reports;
    @Autowired UnitService units;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;

    @Test
    void theDemoHasTheFormFourSubmittedReportsADraftAndRoomForTheHealthDepartment() throws Exception {
        long id = loader.load().conferenceId();
        loader.load();

        assertThat(forms.form(id).fields()).as("loading again adds nothing").hasSize(25);
        ReportProgress progress = summary.progress(id);
        assertThat(progress.of(ReportStatus.SUBMITTED)).extracting(ReportProgress.Row::unitName).contains(
                "Công an tỉnh", "UBND huyện Đakrông", "UBND huyện Triệu Phong", "UBND huyện Vĩnh Linh");
        assertThat(progress.of(ReportStatus.DRAFT)).extracting(ReportProgress.Row::unitName)
                .contains("Sở Lao động - Thương binh và Xã hội");
        assertThat(progress.rows()).extracting(ReportProgress.Row::unitName)
                .contains("Sở Y tế", "UBND thành phố Đông Hà", "UBND huyện Cồn Cỏ", "Bộ Chỉ huy Quân sự tỉnh")
                .doesNotContain("Tỉnh ủy", "Báo Quảng Trị", "Huyện ủy Vĩnh Linh");
        assertThat(progress.count(ReportStatus.NOT_STARTED)).isGreaterThan(15);
        assertThat(progress.deadline()).isEqualTo(LocalDate.now(Times.VIETNAM).plusDays(14));
        assertThat(progress.of(ReportStatus.SUBMITTED)).allMatch(r -> r.report().narrative() != null);

        var table = summary.table(id, false);
        var violations = table.form().fields().stream().filter(f -> "2.1".equals(f.code())).findFirst().orElseThrow();
        var demoUnits = java.util.List.of("Công an tỉnh", "UBND huyện Đakrông", "UBND huyện Triệu Phong", "UBND huyện Vĩnh Linh");
        assertThat(table.columns().stream().filter(c -> demoUnits.contains(c.unitName()))
                .map(c -> table.value(c, violations).number()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("1330"); // 45 + 63 + 18 + 1.204

        long health = units.findOrCreate(id, "Sở Y tế").id();
        String account = accounts.unitServing("soyte-baocao-demo", health, id);
        long field = violations.id();
        int before = runAs.role(account, AppRoles.UNIT, () -> reports.mine(id)).version();
        int version = runAs.role(account, AppRoles.UNIT, () -> reports.save(id, health, before, Map.of(field, "7")));
        assertThat(version).isEqualTo(before + 1);

        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/tong-hop-bao-cao-demo.pdf"), summary.pdf(id, false));
        Files.write(Path.of("target/pdf/tong-hop-bao-cao-demo.xlsx"), summary.xlsx(id, true));
    }
}
