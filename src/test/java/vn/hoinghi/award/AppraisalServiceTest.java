package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.OnPage;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/** Appraisal against the quota: 45 collectives and 152 individuals of the sample's 48 and 158, and the counts. */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "thamdinh", roles = AppRoles.STAFF)
class AppraisalServiceTest {

    @Autowired AwardFixture fixture;
    @Autowired AppraisalService appraisal;
    @Autowired NominationService nominations;
    @Autowired QuotaService quotas;
    @Autowired DecisionService decisions;

    @Test
    void acceptingBeyondTheQuotaIsRefusedWithAClearMessageFor45CollectivesAnd152Individuals() {
        long conference = fixture.conferenceWithSample();
        List<String> refused = new ArrayList<>();
        for (Nomination n : nominations.list(conference, NominationFilter.ALL)) {
            try {
                appraisal.accept(n.id(), n.version());
            } catch (QuotaExceededException e) {
                refused.add(e.getMessage());
            }
        }

        assertThat(refused).hasSize(3 + 6);
        assertThat(refused).filteredOn(m -> m.contains("tập thể")).hasSize(3).first().asString()
                .startsWith("Đã đủ chỉ tiêu tập thể – Bằng khen của Chủ tịch UBND tỉnh: đã duyệt 45/45. Không thể duyệt thêm “");
        assertThat(refused).filteredOn(m -> m.contains("chỉ tiêu cá nhân")).hasSize(6).first().asString()
                .startsWith("Đã đủ chỉ tiêu cá nhân – Bằng khen của Chủ tịch UBND tỉnh: đã duyệt 152/152.")
                .endsWith("hãy chuyển một đề nghị đã duyệt về “Không duyệt” hoặc xin thêm chỉ tiêu.");
        assertThat(quotas.summary(conference)).extracting(QuotaLine::accepted, QuotaLine::remaining, QuotaLine::waiting)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(45, 0, 3), org.assertj.core.groups.Tuple.tuple(152, 0, 6));
    }

    @Test
    void refusingAnAcceptedOneFreesItsPlaceAndTheReasonIsRequired() {
        long conference = fixture.conference(1, 0);
        var sample = acceptedAndWaiting(conference);
        Nomination accepted = sample.get(0);
        Nomination waiting = sample.get(1);
        assertThatThrownBy(() -> appraisal.accept(waiting.id(), waiting.version())).isInstanceOf(QuotaExceededException.class);

        assertThatThrownBy(() -> appraisal.refuse(accepted.id(), accepted.version(), "  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "Hãy ghi lý do không duyệt."));
        appraisal.refuse(accepted.id(), accepted.version(), "Thành tích chưa đủ tiêu chuẩn Bằng khen");
        appraisal.accept(waiting.id(), waiting.version());

        Nomination now = nominations.get(accepted.id());
        assertThat(now.status()).isEqualTo(NominationStatus.REFUSED);
        assertThat(now.refusalReason()).isEqualTo("Thành tích chưa đủ tiêu chuẩn Bằng khen");
        assertThat(now.appraisedBy()).isEqualTo("thamdinh");
        assertThat(nominations.get(waiting.id()).status()).isEqualTo(NominationStatus.ACCEPTED);
        assertThatThrownBy(() -> appraisal.accept(now.id(), now.version())).isInstanceOf(QuotaExceededException.class);
    }

    @Test
    void aStaleAppraisalIsAConflictNotASilentOverwrite() {
        long conference = fixture.conference(5, 5);
        Nomination n = acceptedAndWaiting(conference).get(1);
        appraisal.refuse(n.id(), n.version(), "Trùng đề nghị");

        assertThatThrownBy(() -> appraisal.accept(n.id(), n.version())).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void theCountsByStatusAddUpAfterEveryKindOfStep() {
        long conference = fixture.conferenceWithSample();
        List<Nomination> list = nominations.list(conference, NominationFilter.ALL);
        for (int i = 0; i < 60; i++) {
            appraisal.accept(list.get(i).id(), list.get(i).version());
        }
        for (int i = 60; i < 70; i++) {
            appraisal.refuse(list.get(i).id(), list.get(i).version(), "Không đủ tiêu chuẩn");
        }
        nominations.withdraw(list.get(70).id(), list.get(70).version());
        List<Long> decided = list.subList(0, 20).stream().map(Nomination::id).toList();
        long decision = decisions.create(conference, new DecisionDraft("2456/QĐ-UBND", LocalDate.of(2026, 12, 10),
                "Chủ tịch UBND tỉnh Kiên Giang", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Lê Văn Thi"), decided);
        Nomination first = nominations.get(list.getFirst().id());
        appraisal.present(first.id(), first.version());

        Map<NominationStatus, Integer> counts = nominations.counts(conference);
        assertThat(counts).containsEntry(NominationStatus.PROPOSED, 135).containsEntry(NominationStatus.ACCEPTED, 40)
                .containsEntry(NominationStatus.REFUSED, 10).containsEntry(NominationStatus.DECIDED, 19)
                .containsEntry(NominationStatus.PRESENTED, 1).containsEntry(NominationStatus.WITHDRAWN, 1);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(206);
        List<QuotaLine> lines = quotas.summary(conference);
        assertThat(lines.stream().mapToInt(QuotaLine::proposed).sum()).isEqualTo(205);
        assertThat(lines.stream().mapToInt(QuotaLine::accepted).sum()).isEqualTo(60);
        assertThat(lines).allSatisfy(l -> assertThat(l.waiting() + l.accepted() + l.refused()).isEqualTo(l.proposed()));
        assertThat(decisions.get(decision).nominations()).isEqualTo(20);
    }

    @Test
    void aDecisionTakesOnlyAcceptedNominations() {
        long conference = fixture.conference(5, 5);
        var pair = acceptedAndWaiting(conference);
        DecisionDraft draft = new DecisionDraft("12/QĐ-UBND", LocalDate.of(2026, 12, 1), "Chủ tịch UBND tỉnh Kiên Giang",
                null, "Lê Văn Thi");

        assertThatThrownBy(() -> decisions.create(conference, draft, List.of(pair.get(0).id(), pair.get(1).id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Quyết định chỉ gồm các đề nghị đã duyệt; chưa duyệt: Tổ cấp cứu 115 (Chờ thẩm định)."));
        decisions.create(conference, draft, List.of(pair.get(0).id()));
        assertThatThrownBy(() -> decisions.create(conference, draft, List.of(pair.get(0).id())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("number", "Đã có quyết định số 12/QĐ-UBND."));
        assertThat(nominations.get(pair.get(0).id())).satisfies(n -> {
            assertThat(n.status()).isEqualTo(NominationStatus.DECIDED);
            assertThat(n.decisionNumber()).isEqualTo("12/QĐ-UBND");
        });
    }

    @Test
    @WithMockUser(roles = AppRoles.UNIT)
    void aUnitCannotAppraise() {
        assertThatThrownBy(() -> appraisal.accept(1, 0)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> appraisal.refuse(1, 0, "x")).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Autowired AwardHistoryService history;

    @Test
    void onAnEnglishPageTheRefusalsReadInEnglishWhileTheAuditRecordStaysVietnamese() {
        long conference = fixture.conference(1, 0);
        Nomination waiting = acceptedAndWaiting(conference).get(1);
        try (var _ = OnPage.english()) {
            assertThatThrownBy(() -> appraisal.accept(waiting.id(), waiting.version()))
                    .isInstanceOf(QuotaExceededException.class).hasMessage("The quota for collective – " + AwardFixture.FORM + " is full"
                            + ": 1/1 accepted. “Tổ cấp cứu 115” cannot be accepted as well. To accept this proposal,"
                            + " refuse one that is accepted or ask for a larger quota.");
            assertThatThrownBy(() -> appraisal.refuse(waiting.id(), waiting.version(), " "))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("reason", "Please give the reason."));
            appraisal.refuse(waiting.id(), waiting.version(), "Chưa đủ tiêu chuẩn");

            assertThat(history.of(waiting.id()).getLast().detail())
                    .isEqualTo("Trạng thái: Chờ thẩm định → Không duyệt; lý do: Chưa đủ tiêu chuẩn");
        }
    }

    @Autowired vn.hoinghi.unit.UnitService units;

    /** Two collectives of the health department: the first accepted, the second waiting. */
    private List<Nomination> acceptedAndWaiting(long conference) {
        long unit = units.findOrCreate(conference, "Sở Y tế").id();
        long a = nominations.create(conference, new NominationDraft(RecipientType.COLLECTIVE, AwardFixture.FORM, unit,
                "Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh", null, null, "Cứu chữa bệnh nhân nặng"));
        long b = nominations.create(conference, new NominationDraft(RecipientType.COLLECTIVE, AwardFixture.FORM, unit,
                "Tổ cấp cứu 115", null, null, "Điều phối xe cấp cứu"));
        appraisal.accept(a, 0);
        return List.of(nominations.get(a), nominations.get(b));
    }
}
