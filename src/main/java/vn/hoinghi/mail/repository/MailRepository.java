package vn.hoinghi.mail.repository;

import static vn.hoinghi.database.jooq.Tables.MAIL_OUTBOX;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.mail.MailAttachment;
import vn.hoinghi.mail.MailStatus;
import vn.hoinghi.mail.OutboxMail;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class MailRepository {

    private static final int ERROR_LENGTH = 1000;
    private final DSLContext dsl;

    MailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A mail to store, as the service checked it. */
    public record NewMail(long conferenceId, Long delegateId, String recipient, String subject, String body,
                          String attachmentName, byte[] attachment) {
    }

    public long insert(NewMail m, MailStatus status, Instant at, String by) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.CONFERENCE_ID, m.conferenceId())
                .set(MAIL_OUTBOX.DELEGATE_ID, m.delegateId())
                .set(MAIL_OUTBOX.RECIPIENT, m.recipient())
                .set(MAIL_OUTBOX.SUBJECT, m.subject())
                .set(MAIL_OUTBOX.BODY, m.body())
                .set(MAIL_OUTBOX.ATTACHMENT_NAME, m.attachmentName())
                .set(MAIL_OUTBOX.ATTACHMENT, m.attachment())
                .set(MAIL_OUTBOX.STATUS, status)
                .set(MAIL_OUTBOX.CREATED_AT, at)
                .set(MAIL_OUTBOX.CREATED_BY, by)
                .returningResult(MAIL_OUTBOX.ID)
                .fetchOne(MAIL_OUTBOX.ID);
    }

    /** Newest first; the attachment's size is read, its bytes are not. */
    public List<OutboxMail> list(long conferenceId) {
        return dsl.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.CONFERENCE_ID, MAIL_OUTBOX.DELEGATE_ID, MAIL_OUTBOX.RECIPIENT,
                        MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY, MAIL_OUTBOX.ATTACHMENT_NAME,
                        DSL.binaryOctetLength(MAIL_OUTBOX.ATTACHMENT), MAIL_OUTBOX.STATUS, MAIL_OUTBOX.ERROR,
                        MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.CREATED_BY)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.CONFERENCE_ID.eq(conferenceId))
                .orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID.desc())
                .fetch(Records.mapping(OutboxMail::new));
    }

    public Optional<MailAttachment> attachment(long id) {
        return dsl.select(MAIL_OUTBOX.ATTACHMENT_NAME, MAIL_OUTBOX.ATTACHMENT)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id).and(MAIL_OUTBOX.ATTACHMENT.isNotNull()))
                .fetchOptional(Records.mapping(MailAttachment::new));
    }

    /** Everything needed to send it, attachment included. */
    public Optional<NewMail> forSending(long id) {
        return dsl.select(MAIL_OUTBOX.CONFERENCE_ID, MAIL_OUTBOX.DELEGATE_ID, MAIL_OUTBOX.RECIPIENT,
                        MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY, MAIL_OUTBOX.ATTACHMENT_NAME, MAIL_OUTBOX.ATTACHMENT)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id))
                .fetchOptional(Records.mapping(NewMail::new));
    }

    public void setStatus(long id, MailStatus status, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, status)
                .set(MAIL_OUTBOX.ERROR, error == null || error.length() <= ERROR_LENGTH ? error
                        : error.substring(0, ERROR_LENGTH))
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }
}
