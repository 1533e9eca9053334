package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.unit.UnitService;

/** Every change of a nomination and of the decisions is in the audit log: who, when, what (old → new). */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-nk", roles = AppRoles.STAFF)
class AwardHistoryTest {

    @Autowired AwardFixture fixture;
    @Autowired NominationService nominations;
    @Autowired AppraisalService appraisal;
    @Autowired DecisionService decisions;
    @Autowired AwardHistoryService history;
    @Autowired UnitService units;
    @Autowired RunAs runAs;

    @Test
    void aNominationsWholeLifeIsInItsHistoryAndInTheConferencesLog() {
        long conference = fixture.conference(3, 3);
        long unit = units.findOrCreate(conference, "Sở Y tế").id();
        long id = nominations.create(conference, new NominationDraft(RecipientType.INDIVIDUAL, AwardFixture.FORM, unit,
                "trần văn hải", "Bác sĩ", "Bệnh viện Đa khoa tỉnh", "Điều trị bệnh nhân nặng"));
        nominations.update(id, 0, new NominationDraft(RecipientType.INDIVIDUAL, AwardFixture.FORM, unit,
                "Trần Văn Hải", "Phó Giám đốc", "Bệnh viện Đa khoa tỉnh", "Điều trị bệnh nhân nặng"));
        nominations.update(id, 1, new NominationDraft(RecipientType.INDIVIDUAL, AwardFixture.FORM, unit,
                "Trần Văn Hải", "Phó Giám đốc", "Bệnh viện Đa khoa tỉnh", "Điều trị bệnh nhân nặng"));
        runAs.committee("thamdinh-a", () -> {
            appraisal.refuse(id, 1, "Hồ sơ thiếu xác nhận");
            return null;
        });
        runAs.committee("thamdinh-b", () -> {
            appraisal.accept(id, 2);
            return null;
        });
        long decision = decisions.create(conference, new DecisionDraft("3001/QĐ-UBND", LocalDate.of(2026, 12, 8),
                "Chủ tịch UBND tỉnh Kiên Giang", null, "Lê Văn Thi"), List.of(id));
        decisions.update(decision, 0, new DecisionDraft("3010/QĐ-UBND", LocalDate.of(2026, 12, 8),
                "Chủ tịch UBND tỉnh Kiên Giang", null, "Lê Văn Thi"));
        appraisal.present(id, 4);

        List<AwardHistory> lines = history.of(id);
        assertThat(lines).extracting(AwardHistory::action, AwardHistory::actor, AwardHistory::detail).containsExactly(
                tuple("nomination.create", "bantochuc-nk",
                        "Cá nhân · Bằng khen của Chủ tịch UBND tỉnh · Trần Văn Hải, Bác sĩ, Bệnh viện Đa khoa tỉnh · đề nghị: Sở Y tế"),
                tuple("nomination.update", "bantochuc-nk", "Chức vụ: “Bác sĩ” → “Phó Giám đốc”"),
                tuple("nomination.refuse", "thamdinh-a", "Trạng thái: Chờ thẩm định → Không duyệt; lý do: Hồ sơ thiếu xác nhận"),
                tuple("nomination.accept", "thamdinh-b", "Trạng thái: Không duyệt → Đã duyệt (chỉ tiêu còn 2/3)"),
                tuple("nomination.decide", "bantochuc-nk", "Trạng thái: Đã duyệt → Có quyết định; Quyết định số 3001/QĐ-UBND"),
                tuple("nomination.present", "bantochuc-nk", "Trạng thái: Có quyết định → Đã trao"));
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.occurredAt()).isNotNull();
            assertThat(l.subject()).isEqualTo("Trần Văn Hải");
        });

        List<AwardHistory> log = history.ofConference(conference);
        assertThat(log).extracting(AwardHistory::action).contains("award_setting.update", "award_decision.create",
                "award_decision.update", "nomination.present");
        assertThat(log.getFirst().action()).as("newest first").isEqualTo("nomination.present");
        assertThat(log).filteredOn(l -> l.action().equals("award_decision.update")).singleElement()
                .satisfies(l -> {
                    assertThat(l.subject()).isEqualTo("Quyết định số 3010/QĐ-UBND");
                    assertThat(l.detail()).contains("Số 3001/QĐ-UBND ngày 08/12/2026", "→ Số 3010/QĐ-UBND");
                });
        assertThat(log).filteredOn(l -> l.action().equals("award_setting.update")).singleElement()
                .satisfies(l -> assertThat(l.detail()).contains("→ Bằng khen của Chủ tịch UBND tỉnh: 3 tập thể, 3 cá nhân"));
    }
}
