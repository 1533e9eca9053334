package vn.hoinghi.award;

import vn.hoinghi.TestData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/** Quotas per form and type, the units' deadline, and what cannot be changed once nominations stand on them. */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-ct", roles = AppRoles.STAFF)
class QuotaServiceTest {

    static final String CERTIFICATE = "Giấy khen của Giám đốc Sở Y tế";

    @Autowired AwardFixture fixture;
    @Autowired QuotaService quotas;
    @Autowired AppraisalService appraisal;
    @Autowired NominationService nominations;
    @Autowired ConferenceService conferences;

    @Test
    void aSecondFormGetsItsOwnTwoQuotasAndTheConferenceShowsTheFirst() {
        long conference = fixture.conference(45, 152);
        AwardSettings s = quotas.settings(conference);

        quotas.save(conference, s.version(), s.deadline(), List.of(new QuotaDraft(AwardFixture.FORM, AwardFixture.FORM, 45, 152),
                new QuotaDraft(null, CERTIFICATE, 10, 30)));

        assertThat(quotas.summary(conference)).extracting(l -> l.quota().form(), l -> l.quota().type(), l -> l.quota().quota(),
                        QuotaLine::remaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AwardFixture.FORM, RecipientType.COLLECTIVE, 45, 45),
                        org.assertj.core.groups.Tuple.tuple(AwardFixture.FORM, RecipientType.INDIVIDUAL, 152, 152),
                        org.assertj.core.groups.Tuple.tuple(CERTIFICATE, RecipientType.COLLECTIVE, 10, 10),
                        org.assertj.core.groups.Tuple.tuple(CERTIFICATE, RecipientType.INDIVIDUAL, 30, 30));
        assertThat(quotas.settings(conference).forms()).containsExactly(AwardFixture.FORM, CERTIFICATE);
    }

    @Test
    void aQuotaCannotGoBelowWhatIsAcceptedNorAFormWithProposalsBeRemoved() {
        long conference = fixture.conferenceWithSample();
        List<Nomination> list = nominations.list(conference, NominationFilter.ALL);
        appraisal.accept(list.get(0).id(), list.get(0).version());
        appraisal.accept(list.get(1).id(), list.get(1).version());
        AwardSettings s = quotas.settings(conference);

        assertThatThrownBy(() -> quotas.save(conference, s.version(), s.deadline(),
                List.of(new QuotaDraft(AwardFixture.FORM, AwardFixture.FORM, 1, 152))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Chỉ tiêu tập thể của \"Bằng khen của Chủ tịch UBND tỉnh\" không thể thấp hơn số đã duyệt (2)."));
        assertThatThrownBy(() -> quotas.save(conference, s.version(), s.deadline(), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Hình thức \"Bằng khen của Chủ tịch UBND tỉnh\" đã có đề nghị nên không xóa được."));
        quotas.save(conference, s.version(), s.deadline(), List.of(new QuotaDraft(AwardFixture.FORM,
                "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2, 152)));

        assertThat(nominations.get(list.get(0).id()).form()).as("a renamed form keeps its nominations")
                .isEqualTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(quotas.summary(conference).getFirst().remaining()).isZero();
    }

    @Test
    void negativeNumbersTwoFormsOfOneNameAndADeadlineAfterTheStartAreRefused() {
        long conference = fixture.conference(1, 1);
        AwardSettings s = quotas.settings(conference);

        assertThatThrownBy(() -> quotas.save(conference, s.version(), Times.fromLocal(TestData.STARTS.plusDays(1)),
                List.of(new QuotaDraft(null, "Bằng khen", -1, 5), new QuotaDraft(null, "BẰNG KHEN", 1, 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("quota", "Chỉ tiêu khen thưởng không được là số âm.")
                        .containsEntry("form", "Hình thức \"BẰNG KHEN\" có hai lần.")
                        .containsEntry("deadline", "Hạn nộp đề nghị phải trước khi hội nghị bắt đầu (07:30 15/12/" + TestData.STARTS.getYear() + ")."));
    }

    @Test
    void twoCommitteeMembersEditingTheQuotasAtOnceGetAConflict() {
        long conference = fixture.conference(45, 152);
        AwardSettings s = quotas.settings(conference);
        Instant deadline = s.deadline();
        quotas.save(conference, s.version(), deadline, List.of(new QuotaDraft(AwardFixture.FORM, AwardFixture.FORM, 46, 152)));

        assertThatThrownBy(() -> quotas.save(conference, s.version(), deadline,
                List.of(new QuotaDraft(AwardFixture.FORM, AwardFixture.FORM, 40, 152))))
                .isInstanceOf(VersionConflictException.class);
        assertThat(quotas.summary(conference).getFirst().quota().quota()).isEqualTo(46);
    }
}
