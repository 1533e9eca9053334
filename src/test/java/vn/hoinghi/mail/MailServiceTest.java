package vn.hoinghi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/** Without a mail server (tests, development) every mail is kept in the outbox, attachment and all. */
@IntegrationTest
class MailServiceTest {

    private static final byte[] PDF = "%PDF-1.7 giấy mời".getBytes(StandardCharsets.UTF_8);

    @Autowired MailService mails;
    @Autowired ConferenceService conferences;
    @Autowired RunAs runAs;

    @Test
    @WithMockUser(username = "bantochuc-thu", roles = AppRoles.STAFF)
    void aQueuedMailIsKeptWithItsAttachmentAndListedNewestFirst() {
        long conferenceId = conferences.create(TestData.conference(TestData.unique("Hội nghị tổng kết")));

        long first = mails.queue(conferenceId, null, "van.an@example.vn", "Giấy mời dự Hội nghị tổng kết",
                "Kính gửi Ông Nguyễn Văn An,\nBan Tổ chức trân trọng kính mời…", "giay-moi-nguyen-van-an.pdf", PDF);
        long second = mails.queue(conferenceId, null, " thi.binh@example.vn ", "Giấy mời (cấp lại)", "Kính gửi Bà…",
                null, null);

        assertThat(mails.sending()).isFalse();
        List<OutboxMail> outbox = mails.outbox(conferenceId);
        assertThat(outbox).extracting(OutboxMail::id).containsExactly(second, first);
        OutboxMail kept = outbox.get(1);
        assertThat(kept.status()).isEqualTo(MailStatus.KEPT);
        assertThat(kept.recipient()).isEqualTo("van.an@example.vn");
        assertThat(kept.subject()).isEqualTo("Giấy mời dự Hội nghị tổng kết");
        assertThat(kept.body()).startsWith("Kính gửi Ông Nguyễn Văn An,\n");
        assertThat(kept.attachmentName()).isEqualTo("giay-moi-nguyen-van-an.pdf");
        assertThat(kept.attachmentSize()).isEqualTo(PDF.length);
        assertThat(outbox.get(0).recipient()).isEqualTo("thi.binh@example.vn");
        assertThat(outbox.get(0).hasAttachment()).isFalse();

        MailAttachment attachment = mails.attachment(first).orElseThrow();
        assertThat(attachment.name()).isEqualTo("giay-moi-nguyen-van-an.pdf");
        assertThat(attachment.content()).isEqualTo(PDF);
        assertThat(mails.attachment(second)).isEmpty();
    }

    @Test
    @WithMockUser(username = "bantochuc-thu", roles = AppRoles.STAFF)
    void aMailWithoutAUsableAddressOrSubjectIsRefused() {
        long conferenceId = conferences.create(TestData.conference(TestData.unique("Hội nghị sơ kết")));

        assertThatThrownBy(() -> mails.queue(conferenceId, null, "khong-phai-email", " ", "…", null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("to", "Địa chỉ email \"khong-phai-email\" không hợp lệ.")
                        .containsEntry("subject", "Thư cần có tiêu đề."));
        assertThat(mails.outbox(conferenceId)).isEmpty();
    }

    @Test
    @WithMockUser(username = "donvi-thu", roles = AppRoles.UNIT)
    void aUnitRepresentativeCannotReadTheOutboxNorSendMail() {
        long conferenceId = runAs.committee("bantochuc-thu", () -> {
            long id = conferences.create(TestData.conference(TestData.unique("Hội nghị sơ kết")));
            mails.queue(id, null, "van.an@example.vn", "Giấy mời", "…", "giay-moi.pdf", PDF);
            return id;
        });
        long mailId = runAs.committee("bantochuc-thu", () -> mails.outbox(conferenceId).getFirst().id());

        assertThatThrownBy(() -> mails.outbox(conferenceId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mails.attachment(mailId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mails.queue(conferenceId, null, "a@example.vn", "Thư", "…", null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void nobodyWithoutALoginReadsTheOutbox() {
        assertThatThrownBy(() -> mails.outbox(1)).isInstanceOf(AccessDeniedException.class);
    }
}
