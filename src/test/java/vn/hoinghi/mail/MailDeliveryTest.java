package vn.hoinghi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;

/** With a mail server configured, a stored mail is sent after its transaction commits and marked SENT or FAILED. */
@IntegrationTest
@WithMockUser(username = "bantochuc-gui", roles = AppRoles.STAFF)
class MailDeliveryTest {

    private static final FakeSmtpServer SMTP = start();

    @Autowired MailService mails;
    @Autowired ConferenceService conferences;
    @Autowired TransactionTemplate tx;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("hoinghi.mail.from", () -> "bantochuc@example.vn");
    }

    @AfterAll
    static void stop() throws IOException {
        SMTP.close();
    }

    @Test
    void aMailIsSentWithItsVietnameseSubjectAndAttachmentAndMarkedSent() {
        long conferenceId = conferences.create(TestData.conference(TestData.unique("Hội nghị sơ kết")));
        int before = SMTP.received.size();

        long id = mails.queue(conferenceId, null, "van.an@example.vn", "Giấy mời dự hội nghị sơ kết",
                "Kính gửi Ông Nguyễn Văn An", "giấy-mời.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        assertThat(mails.sending()).isTrue();
        OutboxMail sent = mails.outbox(conferenceId).getFirst();
        assertThat(sent.id()).isEqualTo(id);
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.error()).isNull();
        assertThat(SMTP.received).hasSize(before + 1);
        String message = SMTP.received.getLast();
        assertThat(message).contains("From: bantochuc@example.vn", "To: van.an@example.vn",
                "Subject: =?UTF-8?", "application/pdf", "filename*=UTF-8''gi%E1%BA%A5y-m%E1%BB%9Di.pdf");
    }

    @Test
    void aRefusedMailIsMarkedFailedWithTheServersWords() {
        long conferenceId = conferences.create(TestData.conference(TestData.unique("Hội nghị sơ kết")));

        mails.queue(conferenceId, null, "tu-choi@example.vn", "Giấy mời", "…", null, null);

        OutboxMail failed = mails.outbox(conferenceId).getFirst();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.error()).contains("Mailbox unavailable");
    }

    @Test
    void aMailWhoseTransactionRollsBackIsNeverSent() {
        long conferenceId = conferences.create(TestData.conference(TestData.unique("Hội nghị sơ kết")));
        int before = SMTP.received.size();

        tx.executeWithoutResult(s -> {
            mails.queue(conferenceId, null, "van.an@example.vn", "Giấy mời", "…", null, null);
            s.setRollbackOnly();
        });

        assertThat(mails.outbox(conferenceId)).isEmpty();
        assertThat(SMTP.received).hasSize(before);
    }

    private static FakeSmtpServer start() {
        try {
            return new FakeSmtpServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
