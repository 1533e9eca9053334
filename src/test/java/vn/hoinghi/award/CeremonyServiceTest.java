package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateDraft;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/**
 * The committee's ceremony plan against the real database: batches by size and order rule, a re-plan keeping what
 * was set, the check-in flags, name-matched delegates, stand-ins, moves, the roles, and the certificates.
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-le", roles = AppRoles.STAFF)
class CeremonyServiceTest {

    @Autowired CeremonyFixture fixture;
    @Autowired CeremonyService ceremonies;
    @Autowired AwardDocumentService documents;
    @Autowired AwardHistoryService history;
    @Autowired DelegateService delegates;
    @Autowired CheckinService checkins;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;

    private static List<Integer> sizes(Ceremony c) {
        return c.batches().stream().map(b -> b.recipients().size()).toList();
    }

    @Test
    void batchesFollowTheSizeAndTheOrderRuleAndNeverMixCollectivesAndIndividuals() {
        long conference = fixture.conference(12, 25);
        Ceremony plan = ceremonies.generate(conference, 0, 10, CeremonyOrder.COLLECTIVES_FIRST_BY_UNIT);
        assertThat(sizes(plan)).containsExactly(10, 2, 10, 10, 5);
        assertThat(plan.batches()).extracting(CeremonyBatch::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(plan.batches()).extracting(CeremonyBatch::type).containsExactly(RecipientType.COLLECTIVE,
                RecipientType.COLLECTIVE, RecipientType.INDIVIDUAL, RecipientType.INDIVIDUAL, RecipientType.INDIVIDUAL);
        assertThat(plan.recipients()).isEqualTo(37);
        assertThat(plan.unplanned()).isEmpty();
        // Within collectives, then within individuals: unit by unit (provincial before district), the list's order inside.
        List<CeremonyRecipient> people = plan.allRecipients().stream().filter(r -> !r.collective()).toList();
        assertThat(unitRuns(people)).as("each unit's people come up together").isEqualTo(people.stream().map(CeremonyRecipient::proposingUnit).distinct().count());

        plan = ceremonies.generate(conference, plan.settings().version(), 4, CeremonyOrder.COLLECTIVES_FIRST_AS_LISTED);
        assertThat(sizes(plan)).containsExactly(4, 4, 4, 4, 4, 4, 4, 4, 4, 1);
        assertThat(plan.settings().batchSize()).isEqualTo(4);
        List<Long> listed = plan.allRecipients().stream().filter(CeremonyRecipient::collective)
                .map(CeremonyRecipient::nominationId).toList();
        assertThat(listed).isSorted(); // imported in the sheet's order: ids follow the list's positions

        plan = ceremonies.generate(conference, plan.settings().version(), 10, CeremonyOrder.BY_UNIT);
        assertThat(sizes(plan)).containsExactly(10, 10, 10, 7);
        List<CeremonyRecipient> all = plan.allRecipients();
        assertThat(unitRuns(all)).isEqualTo(all.stream().map(CeremonyRecipient::proposingUnit).distinct().count());
        for (int i = 1; i < all.size(); i++) { // inside a unit, its collectives before its people
            if (all.get(i).proposingUnit().equals(all.get(i - 1).proposingUnit())) {
                assertThat(all.get(i).type().compareTo(all.get(i - 1).type())).isGreaterThanOrEqualTo(0);
            }
        }

        int current = plan.settings().version();
        assertThatThrownBy(() -> ceremonies.generate(conference, current - 1, 10, CeremonyOrder.BY_UNIT))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> ceremonies.generate(conference, current, 0, CeremonyOrder.BY_UNIT))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Mỗi đợt từ 1 đến 50");
    }

    private static long unitRuns(List<CeremonyRecipient> list) {
        long runs = 0;
        for (int i = 0; i < list.size(); i++) {
            if (i == 0 || !list.get(i).proposingUnit().equals(list.get(i - 1).proposingUnit())) {
                runs++;
            }
        }
        return runs;
    }

    @Test
    void flagsNameMatchedDelegatesStandInsAndARePlanThatKeepsThem() {
        long conference = fixture.conference(3, 6);
        Ceremony plan = ceremonies.generate(conference, 0, 5, CeremonyOrder.COLLECTIVES_FIRST_AS_LISTED);
        assertThat(plan.flagged()).isEqualTo(9); // nobody linked yet
        CeremonyRecipient collective = plan.batches().getFirst().recipients().getFirst();
        CeremonyRecipient person = plan.batches().get(1).recipients().getFirst();
        CeremonyRecipient twin = plan.batches().get(1).recipients().get(1);
        assertThat(collective.flag()).isEqualTo(CeremonyRecipient.Flag.NO_DELEGATE);

        // A delegate written in capitals without marks is suggested for the person; two of one name suggest nobody.
        Delegate leader = delegates.list(conference, DelegateFilter.all()).stream()
                .filter(d -> d.protocolRank() != null).findFirst().orElseThrow();
        long same = addDelegate(conference, leader, SearchKey.fold(person.fullName()).toUpperCase());
        addDelegate(conference, leader, twin.fullName());
        addDelegate(conference, leader, twin.fullName());
        assertThat(ceremonies.suggestions(conference)).containsOnlyKeys(person.nominationId());
        assertThat(ceremonies.suggestions(conference).get(person.nominationId()).delegateId()).isEqualTo(same);
        assertThat(ceremonies.confirmSuggestions(conference)).isEqualTo(1);

        // The collective's receiver, not checked in: flagged until the check-in; a stand-in for the person.
        ceremonies.setRecipient(collective.nominationId(), collective.version(),
                new RecipientDraft(leader.id(), null, null, null));
        plan = ceremonies.plan(conference);
        assertThat(recipient(plan, collective).flag()).isEqualTo(CeremonyRecipient.Flag.NOT_CHECKED_IN);
        assertThat(recipient(plan, collective).delegateName()).isEqualTo(leader.fullName());
        assertThat(recipient(plan, person).flag()).isEqualTo(CeremonyRecipient.Flag.NOT_CHECKED_IN);
        checkins.checkInFound(conference, leader.id(), "Cổng chính");
        CeremonyRecipient p = recipient(ceremonies.plan(conference), person);
        assertThat(recipient(ceremonies.plan(conference), collective).flag()).isNull();
        assertThatThrownBy(() -> ceremonies.setRecipient(p.nominationId(), p.version(),
                new RecipientDraft(same, " ", "Phó Giám đốc", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("họ tên người nhận thay");
        ceremonies.setRecipient(p.nominationId(), p.version(), new RecipientDraft(same, "  Lê Văn  Thay ", "Phó Giám đốc", null));
        assertThatThrownBy(() -> ceremonies.setRecipient(p.nominationId(), p.version(), new RecipientDraft(null, null, null, null)))
                .isInstanceOf(VersionConflictException.class);
        plan = ceremonies.plan(conference);
        CeremonyRecipient withStandIn = recipient(plan, person);
        assertThat(withStandIn.standInName()).isEqualTo("Lê Văn Thay");
        assertThat(withStandIn.flag()).isEqualTo(CeremonyRecipient.Flag.NOT_CHECKED_IN); // still flagged…
        assertThat(plan.flagged()).isEqualTo(9 - 2); // …but not counted as missing: someone comes up
        assertThat(history.of(person.nominationId())).extracting(AwardHistory::detail)
                .anyMatch(d -> d.contains("Nhận thay: — → Lê Văn Thay, Phó Giám đốc"));

        // A presenter for batch 2; the batches made again keep the presenter, the links and the stand-in.
        CeremonyBatch second = plan.batches().get(1);
        ceremonies.setPresenter(conference, second.id(), second.version(), leader.id());
        plan = ceremonies.generate(conference, plan.settings().version(), 5, CeremonyOrder.COLLECTIVES_FIRST_AS_LISTED);
        assertThat(plan.batches().get(1).presenterName()).isEqualTo(leader.fullName());
        assertThat(recipient(plan, person).standInName()).isEqualTo("Lê Văn Thay");
        assertThat(recipient(plan, person).delegateId()).isEqualTo(same);
        assertThat(recipient(plan, collective).delegateId()).isEqualTo(leader.id());
    }

    @Test
    void aRecipientMovesToTheEndOfAnotherBatchButNoBatchIsLeftEmpty() {
        long conference = fixture.conference(1, 6);
        Ceremony plan = ceremonies.generate(conference, 0, 3, CeremonyOrder.COLLECTIVES_FIRST_AS_LISTED);
        assertThat(sizes(plan)).containsExactly(1, 3, 3);
        CeremonyRecipient first = plan.batches().get(1).recipients().getFirst();
        ceremonies.setRecipient(first.nominationId(), first.version(), new RecipientDraft(null, null, null, 3));
        plan = ceremonies.plan(conference);
        assertThat(sizes(plan)).containsExactly(1, 2, 4);
        assertThat(plan.batches().get(2).recipients().getLast().nominationId()).isEqualTo(first.nominationId());
        CeremonyRecipient alone = plan.batches().getFirst().recipients().getFirst();
        assertThatThrownBy(() -> ceremonies.setRecipient(alone.nominationId(), alone.version(),
                new RecipientDraft(null, null, null, 2)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("không để đợt trống");
        assertThatThrownBy(() -> ceremonies.setRecipient(alone.nominationId(), alone.version(),
                new RecipientDraft(null, null, null, 9)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Không có đợt 9");
    }

    @Test
    void theMcReadsThePlanButOnlyTheCommitteeChangesIt() {
        long conference = fixture.conference(2, 2);
        Ceremony plan = ceremonies.generate(conference, 0, 10, CeremonyOrder.BY_UNIT);
        CeremonyBatch batch = plan.batches().getFirst();
        CeremonyRecipient r = batch.recipients().getFirst();
        accounts.serving("nguoi-dan", AppRoles.MC, conference);
        runAs.role("nguoi-dan", AppRoles.MC, () -> {
            assertThat(ceremonies.plan(conference).recipients()).isEqualTo(4);
            assertThatThrownBy(() -> ceremonies.generate(conference, plan.settings().version(), 5, CeremonyOrder.BY_UNIT))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ceremonies.setPresenter(conference, batch.id(), batch.version(), null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ceremonies.setRecipient(r.nominationId(), r.version(), new RecipientDraft(null, "A", null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.certificatesPdf(conference)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        for (String role : List.of(AppRoles.UNIT, AppRoles.SCREEN, AppRoles.GATE)) {
            accounts.serving("khac-" + role, role, conference); // refused for the role
            runAs.role("khac-" + role, role, () -> {
                assertThatThrownBy(() -> ceremonies.plan(conference)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> ceremonies.generate(conference, plan.settings().version(), 5, CeremonyOrder.BY_UNIT))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> ceremonies.reset(conference)).isInstanceOf(AccessDeniedException.class);
                return null;
            });
        }
    }

    @Test
    void oneCertificatePagePerRecipientInCeremonyOrderWithTheDecision() throws Exception {
        long conference = fixture.conference(2, 3);
        Ceremony plan = ceremonies.generate(conference, 0, 10, CeremonyOrder.COLLECTIVES_FIRST_BY_UNIT);
        byte[] pdf = documents.certificatesPdf(conference);
        java.nio.file.Files.write(java.nio.file.Path.of("target/certificates-ceremony.pdf"), pdf); // to look at
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            for (int i = 0; i < 5; i++) {
                String page = PdfTextExtractor.getTextFromPage(doc.getPage(i + 1));
                assertThat(page).contains(plan.allRecipients().get(i).fullName(),
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "BẰNG KHEN", "Quyết định số " + CeremonyFixture.DECISION,
                        "25/10/2021", "Quảng Trị, ngày 25 tháng 10 năm 2021", "PHÓ CHỦ TỊCH", "Hoàng Nam");
            }
        }
    }

    private static CeremonyRecipient recipient(Ceremony plan, CeremonyRecipient r) {
        return plan.allRecipients().stream().filter(x -> x.nominationId() == r.nominationId()).findFirst().orElseThrow();
    }

    private long addDelegate(long conference, Delegate like, String name) {
        DelegateDraft d = DelegateDraft.of(like);
        d.setFullName(name);
        d.setProtocolRank(null);
        d.setPhone(null);
        d.setEmail(null);
        return delegates.create(conference, d);
    }
}
