package vn.hoinghi.mail;

import java.time.Instant;

/** A mail in the outbox, without its attachment's bytes (see {@link MailService#attachment(long)}). */
public record OutboxMail(long id, long conferenceId, Long delegateId, String recipient, String subject, String body,
                         String attachmentName, Integer attachmentSize, MailStatus status, String error,
                         Instant createdAt, String createdBy) {

    public boolean hasAttachment() {
        return attachmentName != null;
    }
}
