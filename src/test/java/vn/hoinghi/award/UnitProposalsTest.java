package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.unit.UnitService;

/** A unit's representative sees and changes only its own unit's proposals, and only before the deadline. */
@IntegrationTest
class UnitProposalsTest {

    @Autowired AwardFixture fixture;
    @Autowired NominationService nominations;
    @Autowired NominationImportService importer;
    @Autowired AwardHistoryService history;
    @Autowired AwardDocumentService documents;
    @Autowired QuotaService quotas;
    @Autowired UnitService units;
    @Autowired TestAccounts accounts;
    @Autowired RunAs runAs;

    long conference;
    long health;
    long police;
    String healthAccount;

    @BeforeEach
    void theSampleWithAnAccountForTheHealthDepartment() {
        conference = fixture.conferenceWithSample();
        health = committee(() -> units.findOrCreate(conference, "Sở Y tế").id());
        police = committee(() -> units.findOrCreate(conference, "Công an tỉnh").id());
        healthAccount = accounts.unitServing("soyte-" + conference, health, conference);
    }

    @Test
    void theHealthDepartmentListsOnlyItsOwn17ProposalsAndCannotReadOrTouchThePolices() {
        var own = asHealth(() -> nominations.list(conference, NominationFilter.ALL));
        assertThat(own).hasSize(17).allMatch(n -> n.proposingUnitId() == health);
        assertThat(asHealth(() -> nominations.list(conference, new NominationFilter(null, null, police, null, null))))
                .as("asking for another unit's does not widen the list").isEmpty();
        assertThat(asHealth(() -> nominations.counts(conference)).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(17);

        Nomination theirs = committee(() -> nominations.list(conference, NominationFilter.ALL)).stream()
                .filter(n -> n.proposingUnitId() == police).findFirst().orElseThrow();
        assertThatThrownBy(() -> asHealth(() -> nominations.get(theirs.id())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Đề nghị này thuộc đơn vị khác.");
        assertThatThrownBy(() -> asHealth(() -> {
            nominations.update(theirs.id(), theirs.version(), draft(police, "Đổi tên"));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> {
            nominations.withdraw(theirs.id(), theirs.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> history.of(theirs.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> history.ofConference(conference)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asHealth(() -> quotas.summary(conference))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(committee(() -> nominations.get(theirs.id())).fullName()).isEqualTo(theirs.fullName());
    }

    @Test
    void aUnitAddsAndEditsItsOwnBeforeTheDeadlineAndCannotProposeForAnotherUnit() {
        long id = asHealth(() -> nominations.create(conference, draft(police, "Lê Thị Mai")));
        Nomination created = asHealth(() -> nominations.get(id));
        assertThat(created.proposingUnitId()).as("always its own unit").isEqualTo(health);
        assertThat(created.createdBy()).isEqualTo(healthAccount);

        asHealth(() -> {
            nominations.update(id, created.version(), draft(health, "Lê Thị Mai Anh"));
            return null;
        });
        assertThat(asHealth(() -> history.of(id))).extracting(AwardHistory::action, AwardHistory::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nomination.create", healthAccount),
                        org.assertj.core.groups.Tuple.tuple("nomination.update", healthAccount));
        assertThat(asHealth(() -> history.of(id)).getLast().detail()).isEqualTo("Họ và tên: “Lê Thị Mai” → “Lê Thị Mai Anh”");

        String csv = "Họ và tên;Tập thể/Cá nhân;Chức vụ;Đơn vị công tác;Đơn vị đề nghị;Thành tích\n"
                + "Võ Văn Tám;Cá nhân;Lái xe;Trung tâm Cấp cứu 115;;Vận chuyển bệnh nhân an toàn\n"
                + "Trần Văn Sáu;Cá nhân;Chiến sĩ;Công an tỉnh;Công an tỉnh;Bảo vệ khu cách ly\n";
        NominationImportPreview preview = asHealth(() -> importer.preview(conference, "soyte.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), police));
        assertThat(preview.rows().get(0).proposingUnit()).isEqualTo("Sở Y tế");
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Tài khoản của Sở Y tế chỉ nộp đề nghị của đơn vị mình, không nộp thay “Công an tỉnh”.");
        });
        assertThat(asHealth(() -> importer.commit(preview)).added()).isEqualTo(1);
        assertThat(asHealth(() -> nominations.list(conference, NominationFilter.ALL))).hasSize(19);
        assertThat(asHealth(() -> documents.nominationsXlsx(conference, NominationFilter.ALL))).isNotEmpty();
    }

    @Test
    void afterTheDeadlineAUnitCanNoLongerAddEditOrWithdrawButTheCommitteeCan() {
        long late = fixture.conference(5, 5, Instant.now().minus(Duration.ofHours(1)));
        String account = accounts.unitServing("soyte-muon-" + late, health, late);
        long committeeAdded = committee(() -> nominations.create(late, draft(health, "Nguyễn Văn Muộn")));

        assertThatThrownBy(() -> runAs.role(account, AppRoles.UNIT, () -> nominations.create(late, draft(health, "Trễ hạn"))))
                .isInstanceOf(AccessDeniedException.class).hasMessageStartingWith("Đã hết hạn nộp đề nghị khen thưởng (hạn: ");
        assertThatThrownBy(() -> runAs.role(account, AppRoles.UNIT, () -> {
            nominations.update(committeeAdded, 0, draft(health, "Sửa muộn"));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.role(account, AppRoles.UNIT, () -> {
            nominations.withdraw(committeeAdded, 0);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.role(account, AppRoles.UNIT, () -> nominations.list(late, NominationFilter.ALL)))
                .as("still sees its own").hasSize(1);
    }

    @Test
    void aUnitAccountWithoutAUnitSeesNothing() {
        String orphan = accounts.serving("donvi-chua-gan", AppRoles.UNIT, conference);
        assertThatThrownBy(() -> runAs.role(orphan, AppRoles.UNIT, () -> nominations.list(conference, NominationFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Tài khoản này chưa được gắn với đơn vị nào. Hãy liên hệ Ban Tổ chức.");
    }

    private static NominationDraft draft(long unit, String name) {
        return new NominationDraft(RecipientType.INDIVIDUAL, "Bằng khen Chủ tịch Ủy ban nhân dân tỉnh", unit, name,
                "Bác sĩ", "Trung tâm Y tế huyện Gio Linh", "Trực tiếp điều trị bệnh nhân COVID-19");
    }

    private <T> T asHealth(Supplier<T> work) {
        return runAs.role(healthAccount, AppRoles.UNIT, work);
    }

    private <T> T committee(Supplier<T> work) {
        return runAs.committee("bantochuc", work);
    }
}
