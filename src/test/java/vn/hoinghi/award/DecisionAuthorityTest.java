package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.invitation.PdfAssertions;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.JvmWideTestUser;

/**
 * The award documents carry the authority that decides the award, with its own signature block — not the steering
 * committee that signed the conference's plan (Decree 30: a decision of the provincial Chairman is headed by the
 * provincial People's Committee and signed by the Chairman, or by a Vice-Chairman "KT. CHỦ TỊCH").
 */
@IntegrationTest
@ExtendWith(JvmWideTestUser.class)
@WithMockUser(username = "bantochuc-qd", roles = AppRoles.STAFF)
class DecisionAuthorityTest {

    private static final String STEERING_BLOCK = "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH UBND TỈNH";

    @Autowired AwardFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired NominationService nominations;
    @Autowired AppraisalService appraisal;
    @Autowired DecisionService decisions;
    @Autowired AwardDocumentService documents;

    @Test
    void aPlanSignedByTheChairmansDeputyGivesADecisionSignedOnTheChairmansBehalf() {
        long conference = planSignedBy(STEERING_BLOCK, "Hoàng Nam");

        DecisionDraft suggested = decisions.suggestion(conference, AwardFixture.FORM);

        assertThat(suggested.issuer()).isEqualTo("Chủ tịch UBND tỉnh Kiên Giang");
        assertThat(suggested.signerTitle()).isEqualTo("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        assertThat(suggested.signerName()).isEqualTo("Hoàng Nam");
    }

    @Test
    void aPlanSignedBySomeoneElseLeavesTheChairmanToSignAndTheNameToType() {
        long conference = planSignedBy("TRƯỞNG BAN", "Trần Văn Bình");

        DecisionDraft suggested = decisions.suggestion(conference, AwardFixture.FORM);

        assertThat(suggested.signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(suggested.signerName()).isNull();
    }

    @Test
    void theListAndTheCertificatesAreHeadedAndSignedByTheDecidingAuthority() {
        long conference = planSignedBy(STEERING_BLOCK, "Hoàng Nam");
        DecisionDraft suggested = decisions.suggestion(conference, AwardFixture.FORM);
        long decision = decisions.create(conference, new DecisionDraft("2456/QĐ-UBND", LocalDate.of(2026, 12, 10),
                suggested.issuer(), suggested.signerTitle(), suggested.signerName()), acceptTwo(conference));

        String list = PdfAssertions.text(documents.decisionPdf(decision), 1);
        assertThat(list).contains("ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG").doesNotContain("BAN CHỈ ĐẠO");

        byte[] certificates = documents.certificatesPdf(conference);
        PdfAssertions.save(certificates, "bang-khen-tham-quyen.pdf");
        String first = PdfAssertions.text(certificates, 1);
        assertThat(first).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG TẶNG", "Quyết định số 2456/QĐ-UBND")
                .containsSubsequence("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Nam").doesNotContain("TRƯỞNG BAN");
    }

    @Test
    void theIssuerSplitsIntoTheHeadsTitleAndTheBody() {
        assertThat(Authority.of("Chủ tịch UBND tỉnh Quảng Trị")).isEqualTo(new Authority("Chủ tịch", "UBND tỉnh Quảng Trị"));
        assertThat(Authority.of("Giám đốc Sở Y tế")).isEqualTo(new Authority("Giám đốc", "Sở Y tế"));
        assertThat(Authority.of("Thủ tướng Chính phủ").bodySpelledOut()).isEqualTo("Chính phủ");
        assertThat(Authority.of("Chủ tịch UBND tỉnh Quảng Trị").bodySpelledOut()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Trị");
    }

    private long planSignedBy(String block, String name) {
        long id = fixture.conferenceWithSample();
        var c = conferences.get(id).orElseThrow();
        ConferenceDraft draft = ConferenceDraft.of(c);
        draft.setOrganizer("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Kiên Giang");
        draft.setSignerBlock(block);
        draft.setSignerName(name);
        conferences.update(id, c.version(), draft);
        return id;
    }

    private List<Long> acceptTwo(long conference) {
        List<Long> ids = new ArrayList<>();
        for (Nomination n : nominations.list(conference, NominationFilter.ALL).subList(0, 2)) {
            appraisal.accept(n.id(), n.version());
            ids.add(n.id());
        }
        return ids;
    }
}
