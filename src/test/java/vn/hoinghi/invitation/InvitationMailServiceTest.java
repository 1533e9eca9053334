package vn.hoinghi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.delegate.InvitationStatus;
import vn.hoinghi.mail.MailService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(username = "vanthu", roles = AppRoles.STAFF)
class InvitationMailServiceTest {

    @Autowired InvitationMailService sender;
    @Autowired MailService mail;
    @Autowired DelegateService delegates;
    @Autowired PointService points;
    @Autowired ImportFixture sample;

    @Test
    void eachDelegateWithAnAddressGetsTheirLetterAndLinkAndTheOthersAreNamed() {
        String sheet = "Họ và tên,Giới tính,Chức vụ,Email\n"
                + "Mai Công Tâm,Nam,Bí thư Tỉnh ủy,mctam@quangtri.gov.vn\n"
                + "Trần Thị Kim Vân,Nữ,Phó Chủ tịch HĐND tỉnh,ttkvan@quangtri.gov.vn\n"
                + "Lý Công Hùng,Nam,Chỉ huy trưởng,\n";
        long conference = sample.quangTriWith("ba.csv", sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        InvitationMailService.SendResult result = sender.send(conference, DelegateFilter.all(), p -> { });

        assertThat(result.sent()).isEqualTo(2);
        assertThat(result.withoutEmail()).containsExactly("Lý Công Hùng");
        List<Delegate> list = delegates.list(conference, DelegateFilter.all());
        assertThat(list).filteredOn(d -> d.email() != null).allSatisfy(d ->
                assertThat(d.invitationStatus()).isEqualTo(InvitationStatus.SENT));
        assertThat(list).filteredOn(d -> d.email() == null).allSatisfy(d ->
                assertThat(d.invitationStatus()).isEqualTo(InvitationStatus.NOT_SENT));
        var outbox = mail.outbox(conference);
        assertThat(outbox).hasSize(2);
        var van = outbox.stream().filter(m -> m.recipient().equals("ttkvan@quangtri.gov.vn")).findFirst().orElseThrow();
        assertThat(van.subject()).isEqualTo("Giấy mời dự Hội nghị sơ kết công tác phòng, chống dịch COVID-19");
        assertThat(van.body()).startsWith("Kính gửi Bà Trần Thị Kim Vân").contains("/moi/").contains("Hội trường UBND tỉnh");
        byte[] attachment = mail.attachment(van.id()).orElseThrow().content();
        assertThat(PdfAssertions.text(attachment, 1)).contains("Trần Thị Kim Vân");
    }

    @Test
    void sendingAgainDoesNotUndoAnAnswer() {
        String sheet = "Họ và tên,Email\nPhan Văn Khải,pvkhai@quangtri.gov.vn\n";
        long conference = sample.quangTriWith("mot.csv", sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Delegate d = delegates.list(conference, DelegateFilter.all()).getFirst();
        delegates.setStatus(List.of(d.id()), InvitationStatus.CONFIRMED);

        sender.send(conference, DelegateFilter.all(), p -> { });

        assertThat(delegates.get(d.id()).orElseThrow().invitationStatus()).isEqualTo(InvitationStatus.CONFIRMED);
    }
}
