package vn.hoinghi.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.OnPage;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(username = "vanthu", roles = AppRoles.STAFF)
class InvitationPdfServiceTest {

    private static Long conferenceId;

    @Autowired InvitationPdfService invitations;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired ImportFixture sample;
    @Autowired DelegateRepository delegateRows;
    @Autowired TransactionTemplate tx;

    @Test
    void anInvitationCarriesTheDecree30HeadAndTheDelegatesNameWithItsDiacritics() {
        Delegate tam = delegate("Mai Công Tâm");

        byte[] pdf = invitations.one(tam.id());
        PdfAssertions.save(pdf, "giay-moi-mai-cong-tam.pdf");

        assertThat(PdfAssertions.pages(pdf)).isEqualTo(1);
        assertThat(PdfAssertions.text(pdf, 1)).contains(
                "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "/GM-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "GIẤY MỜI", "Kính gửi: Ông Mai Công Tâm – Bí thư Tỉnh ủy",
                "Ủy ban nhân dân tỉnh Quảng Trị trân trọng kính mời Ông đến dự Hội nghị sơ kết công tác phòng, chống dịch COVID-19",
                "Thời gian: 07 giờ 30, thứ Sáu, ngày 29/10/2021", "Địa điểm: Hội trường UBND tỉnh",
                "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Nam", "Nơi nhận:", "- Lưu: VT.");
    }

    @Test
    void theQrCodeOpensTheDelegatesInvitationLinkWithAGenuineCode() {
        Delegate tam = delegate("Mai Công Tâm");

        byte[] pdf = invitations.one(tam.id());

        String scanned = PdfAssertions.qrCodes(pdf, 1).getFirst();
        String code = codes.code(tam);
        assertThat(scanned).isEqualTo("http://localhost:8080/moi/" + code);
        assertThat(codes.verify(scanned)).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(tam.id()));
        // The code is printed under the QR; a long one may wrap, so compare without the line breaks.
        assertThat(PdfAssertions.text(pdf, 1).replaceAll("\\s", "")).contains(code);
    }

    @Test
    void aRemoteDelegateIsInvitedToTheirMeetingPoint() {
        Delegate remote = all().stream().filter(d -> !d.atHall()).findFirst().orElseThrow();

        byte[] pdf = invitations.one(remote.id());
        PdfAssertions.save(pdf, "giay-moi-diem-cau.pdf");

        String text = PdfAssertions.text(pdf, 1);
        assertThat(text).contains("Dự tại điểm cầu: " + remote.pointName()).doesNotContain("Địa điểm: Hội trường");
        assertThat(text).contains(remote.fullName());
    }

    @Test
    void aSeatWhenAssignedAndTheHonorificOfAWomanArePrinted() {
        Delegate woman = all().stream().filter(d -> d.gender() == Gender.FEMALE && d.atHall()).findFirst().orElseThrow();
        tx.executeWithoutResult(s -> delegateRows.setSeat(woman.id(), "B", 12));

        byte[] pdf = invitations.one(woman.id());
        PdfAssertions.save(pdf, "giay-moi-co-ghe.pdf");

        assertThat(PdfAssertions.text(pdf, 1)).contains("Kính gửi: Bà " + woman.fullName(),
                "trân trọng kính mời Bà đến dự", "Ghế: B12", "Rất mong Bà đến dự");
    }

    @Test
    void manyGivesOnePagePerDelegateInPrintOrderWithEachOnesOwnCode() {
        List<Delegate> list = all();
        List<Double> progress = new ArrayList<>();

        byte[] pdf = invitations.many(conferenceId, DelegateFilter.all(), progress::add);
        PdfAssertions.save(pdf, "giay-moi-tat-ca.pdf");

        assertThat(PdfAssertions.pages(pdf)).isEqualTo(list.size()).isGreaterThan(150);
        Delegate last = list.getLast();
        assertThat(PdfAssertions.text(pdf, list.size())).contains(last.fullName());
        assertThat(PdfAssertions.qrCodes(pdf, list.size())).containsExactly("http://localhost:8080/moi/" + codes.code(last));
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void printedFromAnEnglishPageTheLetterStaysVietnameseAndARefusalReadsEnglish() {
        Delegate tam = delegate("Mai Công Tâm");
        DelegateFilter nobody = new DelegateFilter("khong ai ten nay", null, null, null, null, null, false);
        try (var _ = OnPage.english()) {
            assertThat(PdfAssertions.text(invitations.one(tam.id()), 1)).contains("GIẤY MỜI",
                    "Kính gửi: Ông Mai Công Tâm", "trân trọng kính mời Ông đến dự", "Nơi nhận:");
            assertThatThrownBy(() -> invitations.many(conferenceId, nobody, p -> { }))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("filter", "There are no delegates to print invitations for."));
        }
    }

    @Test
    @WithMockUser(username = "donvi", roles = AppRoles.UNIT)
    void aUnitRepresentativeCannotPrintInvitations() {
        assertThatThrownBy(() -> invitations.one(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.many(1, DelegateFilter.all(), p -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Delegate delegate(String name) {
        return all().stream().filter(d -> d.fullName().equals(name)).findFirst().orElseThrow();
    }

    private List<Delegate> all() {
        if (conferenceId == null) {
            conferenceId = sample.quangTriWithSampleDelegates();
        }
        return delegates.list(conferenceId, DelegateFilter.all());
    }
}
