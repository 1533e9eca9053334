package vn.hoinghi.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.award.AwardFixture;
import vn.hoinghi.award.NominationDraft;
import vn.hoinghi.award.NominationService;
import vn.hoinghi.award.RecipientType;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.followup.FollowUpService;
import vn.hoinghi.followup.TaskDraft;
import vn.hoinghi.followup.TaskOrigin;
import vn.hoinghi.point.PointDraft;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.submission.ContributionFixture;
import vn.hoinghi.submission.SampleFiles;
import vn.hoinghi.submission.SubmissionService;
import vn.hoinghi.submission.report.ReportFormService;
import vn.hoinghi.submission.report.UnitReportService;

/**
 * A unit typed in by mistake is deleted from the directory while nothing refers to it; else the refusal names what
 * refers and how many, and nothing is deleted. Only the committee deletes.
 */
@IntegrationTest
class UnitDeletionTest {

    @Autowired ContributionFixture fixture;
    @Autowired AwardFixture awards;
    @Autowired UnitService units;
    @Autowired DelegateService delegates;
    @Autowired PointService points;
    @Autowired NominationService nominations;
    @Autowired SubmissionService submissions;
    @Autowired ReportFormService reportForms;
    @Autowired UnitReportService reports;
    @Autowired FollowUpService tasks;
    @Autowired RunAs runAs;

    long conference;
    long unit;
    String name;

    @BeforeEach
    void aConferenceAndANewUnit() {
        conference = fixture.conference();
        unit = fixture.unit("Sở Thử Xóa", null);
        name = unit().orElseThrow().name();
    }

    private <T> T committee(Supplier<T> work) {
        return fixture.committee(work);
    }

    private Optional<Unit> unit() {
        return committee(() -> units.directory(null, null)).stream().filter(u -> u.id() == unit).findFirst();
    }

    private void delete() {
        committee(() -> {
            units.delete(unit, unit().orElseThrow().version());
            return null;
        });
    }

    /** Deleting is refused with this message, and the unit is still there. */
    private String refused() {
        Throwable refusal = catchThrowable(this::delete);
        assertThat(refusal).isInstanceOf(ValidationException.class);
        assertThat(unit()).as("not deleted").isPresent();
        return refusal.getMessage();
    }

    private void delegateOfTheUnit(String fullName) {
        DelegateDraft d = new DelegateDraft();
        d.setFullName(fullName);
        d.setUnitName(name);
        committee(() -> delegates.create(conference, d));
    }

    @Test
    void aUnitNothingRefersToIsDeleted() {
        delete();
        assertThat(unit()).isEmpty();
    }

    @Test
    void theRefusalNamesEveryKindThatRefersAndHowMany() {
        delegateOfTheUnit("Nguyễn Văn Một");
        delegateOfTheUnit("Nguyễn Văn Hai");
        delegateOfTheUnit("Nguyễn Văn Ba");
        fixture.account(conference, unit);
        assertThat(refused()).isEqualTo("Không xóa được đơn vị " + name + ": còn 3 đại biểu, 1 tài khoản.");
    }

    @Test
    void aPointItHostsRefers() {
        committee(() -> points.create(conference, new PointDraft("Điểm cầu " + name, name, null, null, null, 0, null)));
        assertThat(refused()).endsWith(": còn 1 điểm cầu.");
    }

    @Test
    void aNominationItProposedRefers() {
        long awardConference = awards.conference(2, 2);
        committee(() -> nominations.create(awardConference, new NominationDraft(RecipientType.INDIVIDUAL,
                AwardFixture.FORM, unit, "Trần Thị Khen", "Chuyên viên", name, "Hoàn thành xuất sắc nhiệm vụ")));
        assertThat(refused()).endsWith(": còn 1 đề nghị khen thưởng.");
    }

    @Test
    void aContributionAndTheFileItSentRefer() {
        long contribution = fixture.assign(conference, unit, "Chuyển đổi số", LocalDate.now().plusDays(5));
        assertThat(refused()).endsWith(": còn 1 tham luận.");
        fixture.as(fixture.account(conference, unit), () -> submissions.upload(contribution, "tham-luan.pdf",
                SampleFiles.pdf("Tham luận", 2), null));
        assertThat(refused()).endsWith(": còn 1 tham luận, 1 tệp đã gửi, 1 tài khoản.");
    }

    @Test
    void theReportListAndItsReportRefer() {
        committee(() -> {
            reportForms.saveSettings(conference, reportForms.settings(conference).version(), null, null, Set.of(unit));
            return null;
        });
        assertThat(refused()).endsWith(": còn 1 danh sách đơn vị báo cáo.");
        committee(() -> reports.save(conference, unit, 0, Map.of()));
        assertThat(refused()).endsWith(": còn 1 danh sách đơn vị báo cáo, 1 báo cáo của đơn vị.");
    }

    @Test
    void aTaskItLeadsRefers() {
        committee(() -> tasks.create(conference, TaskDraft.of(TaskOrigin.CONCLUSION, "Rà soát danh mục", unit, null,
                LocalDate.now().plusDays(30))));
        assertThat(refused()).endsWith(": còn 1 nhiệm vụ.");
    }

    @Test
    void onlyTheCommitteeDeletes() {
        for (String role : new String[] {AppRoles.UNIT, AppRoles.MC, AppRoles.GATE}) {
            assertThatThrownBy(() -> runAs.role("thu-" + role.toLowerCase(), role, () -> {
                units.delete(unit, 0);
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(unit()).isPresent();
    }
}
