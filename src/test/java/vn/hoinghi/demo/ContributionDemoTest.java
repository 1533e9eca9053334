package vn.hoinghi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.AssignmentService;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionStatus;
import vn.hoinghi.submission.SubmissionService;
import vn.hoinghi.unit.UnitService;

/** The demo conference has the plan's twelve contributions, two already sent, and one for the dev unit account. */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "quantri-thamluan", roles = AppRoles.ADMIN)
class ContributionDemoTest {

    @Autowired DemoConferenceLoader loader;
    @Autowired AssignmentService assignments;
    @Autowired SubmissionService submissions;
    @Autowired UnitService units;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;

    @Test
    void theDemoHasTheTwelveContributionsOfThePlanOnce() {
        accounts.ensure(AwardDemo.DEMO_UNIT_ACCOUNT, AppRoles.UNIT);
        long id = loader.load().conferenceId();
        loader.load();

        var board = assignments.board(id);
        assertThat(board.contributions()).as("loaded once").hasSize(12);
        assertThat(board.contributions()).as("due a few days from today, so units can still send on time")
                .allMatch(c -> c.deadline().equals(board.today().plusDays(ContributionDemo.DAYS_LEFT)));
        assertThat(board.overdue()).isEmpty();
        assertThat(board.counts()).containsEntry(ContributionStatus.ASSIGNED, 10L)
                .containsEntry(ContributionStatus.SUBMITTED, 1L).containsEntry(ContributionStatus.CHANGES_REQUESTED, 1L);
        Contribution cdc = board.contributions().getFirst();
        assertThat(cdc.unitName()).isEqualTo("Trung tâm Kiểm soát bệnh tật tỉnh");
        assertThat(cdc.speakerLine()).isEqualTo("Nguyễn Thị Hoài, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh");
        assertThat(submissions.file(cdc.id(), 1).content()).startsWith("%PDF-".getBytes());
        assertThat(units.find(id, "So Y te")).filteredOn(u -> u.name().equals("Sở Y tế")).singleElement().satisfies(u -> assertThat(u.contactEmail())
                .as("an address at a reserved domain, for trying the reminders").endsWith("@quangtri.example"));

        var health = runAs.role(AwardDemo.DEMO_UNIT_ACCOUNT, AppRoles.UNIT, () -> submissions.mine(id));
        assertThat(health).singleElement().satisfies(c -> {
            assertThat(c.unitName()).isEqualTo("Sở Y tế");
            assertThat(c.topic()).isEqualTo("Công tác hỗ trợ tỉnh Bình Dương chống dịch");
            assertThat(c.status()).isEqualTo(ContributionStatus.ASSIGNED);
        });
    }
}
