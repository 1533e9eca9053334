package vn.hoinghi.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.mail.repository.MailRepository;
import vn.hoinghi.mail.repository.MailRepository.NewMail;

/**
 * Sends stored mails through the SMTP server named by {@code spring.mail.host}, once the transaction that stored
 * them has committed, and records SENT or FAILED. Without a host (development, tests) nothing is sent.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JavaMailSender sender;
    private final String from;
    private final MailRepository mails;
    private final TransactionTemplate ownTransaction;

    // Spring Boot makes a sender even for an empty host ("spring.mail.host=" in application.yaml): check both.
    MailDelivery(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
                 @Value("${hoinghi.mail.from:}") String from, MailRepository mails,
                 PlatformTransactionManager transactions) {
        this.sender = host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
        this.mails = mails;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean configured() {
        return sender != null;
    }

    /** Sends the mail after the current transaction commits; a rolled-back mail is never sent. */
    void sendAfterCommit(long id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deliver(id);
            }
        });
    }

    private void deliver(long id) {
        String error = null;
        try {
            NewMail mail = ownTransaction.execute(s -> mails.forSending(id).orElseThrow());
            sender.send(message(mail));
        } catch (MessagingException | RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Mail {} not sent: {}", id, error);
        }
        MailStatus status = error == null ? MailStatus.SENT : MailStatus.FAILED;
        String message = error;
        ownTransaction.executeWithoutResult(s -> mails.setStatus(id, status, message));
    }

    private MimeMessage message(NewMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
        if (!from.isBlank()) {
            helper.setFrom(from);
        }
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        if (mail.attachment() != null) {
            helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()));
        }
        return message;
    }
}
