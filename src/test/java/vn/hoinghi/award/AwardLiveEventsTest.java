package vn.hoinghi.award;

import static vn.hoinghi.live.LiveTopic.AWARDS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.live.LiveProbe;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.unit.UnitService;

/**
 * The nominations imported, appraised and decided, and the quotas, reach the awards screens of their conference (the
 * committee's page, the ceremony on the MC's page and the hall screen) and no other.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-live", roles = AppRoles.STAFF)
class AwardLiveEventsTest {

    @Autowired LiveProbe probe;
    @Autowired AwardFixture fixture;
    @Autowired NominationImportService importer;
    @Autowired NominationService nominations;
    @Autowired AppraisalService appraisal;
    @Autowired DecisionService decisions;
    @Autowired QuotaService quotas;
    @Autowired UnitService units;

    long conference;
    long other;

    @BeforeEach
    void twoConferences() {
        conference = fixture.conference(3, 3);
        other = fixture.conference(3, 3);
    }

    private long nomination(String name) {
        long unit = units.findOrCreate(conference, "Sở Y tế").id();
        return nominations.create(conference, new NominationDraft(RecipientType.INDIVIDUAL, AwardFixture.FORM, unit,
                name, "Bác sĩ", "Bệnh viện Đa khoa tỉnh", "Điều trị bệnh nhân nặng"));
    }

    @Test
    void anImportedSheet() throws Exception {
        long big = fixture.conference(45, 152);
        NominationImportPreview preview = importer.preview(big, AwardFixture.SAMPLE, AwardFixture.sample(), null);
        probe.expect(big, other, Set.of(AWARDS), () -> importer.commit(preview));
    }

    @Test
    void aNominationAcceptedRefusedAndDecided() throws Exception {
        long accepted = nomination("Trần Văn Hải");
        long refused = nomination("Lê Thị Hoa");
        probe.expect(conference, other, Set.of(AWARDS), () -> appraisal.accept(accepted, 0));
        probe.expect(conference, other, Set.of(AWARDS), () -> appraisal.refuse(refused, 0, "Hồ sơ thiếu xác nhận"));
        long[] decision = new long[1];
        probe.expect(conference, other, Set.of(AWARDS), () -> decision[0] = decisions.create(conference,
                new DecisionDraft("3001/QĐ-UBND", LocalDate.of(2026, 12, 8), "Chủ tịch UBND tỉnh Kiên Giang", null,
                        "Lê Văn Thi"), List.of(accepted)));
        probe.expect(conference, other, Set.of(AWARDS), () -> decisions.update(decision[0], 0, new DecisionDraft(
                "3010/QĐ-UBND", LocalDate.of(2026, 12, 8), "Chủ tịch UBND tỉnh Kiên Giang", null, "Lê Văn Thi")));
    }

    @Test
    void theQuotas() throws Exception {
        AwardSettings settings = quotas.settings(conference);
        probe.expect(conference, other, Set.of(AWARDS), () -> quotas.save(conference, settings.version(),
                settings.deadline(), List.of(new QuotaDraft(AwardFixture.FORM, AwardFixture.FORM, 5, 5))));
    }
}
