package vn.hoinghi.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.mail.repository.MailRepository.NewMail;
import vn.hoinghi.mail.repository.MailRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.CurrentUser;

/**
 * Every mail the app sends is stored in the outbox first. With a mail server ({@code spring.mail.host}) it is sent
 * after the caller's transaction commits and marked SENT or FAILED; without one it is KEPT, to be read on the
 * outbox page.
 */
@Service
@Transactional
public class MailService {

    private static final int SUBJECT_LENGTH = 500;
    private static final int NAME_LENGTH = 255;

    private final MailRepository mails;
    private final MailDelivery delivery;
    private final Clock clock;

    MailService(MailRepository mails, MailDelivery delivery, Clock clock) {
        this.mails = mails;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Stores a mail and, when a server is configured, sends it after commit. The attachment is optional.
     *
     * @return the mail's id in the outbox
     * @throws ValidationException keyed "to" or "subject" when the address or the subject is unusable
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public long queue(long conferenceId, Long delegateId, String to, String subject, String body,
                      String attachmentName, byte[] attachment) {
        NewMail mail = check(conferenceId, delegateId, to, subject, body, attachmentName, attachment);
        MailStatus status = delivery.configured() ? MailStatus.QUEUED : MailStatus.KEPT;
        long id = mails.insert(mail, status, clock.instant(), CurrentUser.usernameOrSystem());
        if (status == MailStatus.QUEUED) {
            delivery.sendAfterCommit(id);
        }
        return id;
    }

    /** The conference's mails, newest first, without the attachments' bytes. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<OutboxMail> outbox(long conferenceId) {
        return mails.list(conferenceId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public Optional<MailAttachment> attachment(long mailId) {
        return mails.attachment(mailId);
    }

    /** Whether mails leave this server, or are only kept in the outbox. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public boolean sending() {
        return delivery.configured();
    }

    private static NewMail check(long conferenceId, Long delegateId, String to, String subject, String body,
                                 String attachmentName, byte[] attachment) {
        Map<String, String> errors = new LinkedHashMap<>();
        String recipient = SearchKey.clean(to);
        if (recipient == null) {
            errors.put("to", Texts.t("mail.recipientMissing"));
        } else if (!validAddress(recipient)) {
            errors.put("to", Texts.t("mail.recipientInvalid", recipient));
        }
        String cleanSubject = SearchKey.clean(subject);
        if (cleanSubject == null) {
            errors.put("subject", Texts.t("mail.subjectMissing"));
        } else if (cleanSubject.length() > SUBJECT_LENGTH) {
            errors.put("subject", Texts.t("mail.subjectTooLong", String.valueOf(SUBJECT_LENGTH)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String name = attachment == null ? null : fileName(attachmentName);
        return new NewMail(conferenceId, delegateId, recipient, cleanSubject, body == null ? "" : body, name,
                attachment);
    }

    private static boolean validAddress(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.length() <= NAME_LENGTH && address.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }

    private static String fileName(String name) {
        String clean = SearchKey.clean(name);
        if (clean == null) {
            return "tep-dinh-kem";
        }
        return clean.length() <= NAME_LENGTH ? clean : clean.substring(clean.length() - NAME_LENGTH);
    }
}
