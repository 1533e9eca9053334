package vn.hoinghi.delegate;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.security.AuditLog;

/** A delegate's own answer to the invitation, reached only through their signed link: the code is the key. */
@Service
@Transactional
public class DelegateAnswers {

    private final DelegateCodes codes;
    private final DelegateRepository delegates;
    private final AuditLog auditLog;
    private final Clock clock;
    private final DelegateEvents live;

    DelegateAnswers(DelegateCodes codes, DelegateRepository delegates, AuditLog auditLog, Clock clock,
                    ApplicationEventPublisher events) {
        this.codes = codes;
        this.delegates = delegates;
        this.auditLog = auditLog;
        this.clock = clock;
        this.live = new DelegateEvents(events);
    }

    /** The invitation a link's code opens: anyone holding the link may see it (the link is the key). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Delegate> byCode(String code) {
        return codes.verify(code).filter(d -> !d.withdrawn());
    }

    /** The delegate's answer from the invitation link; the code is the only credential. */
    @PreAuthorize("permitAll()")
    public void respond(String code, RsvpAnswer answer) {
        Delegate d = byCode(code).orElseThrow(() ->
                new ValidationException(Map.of("code", Texts.t("delegate.rsvp.noLongerValid"))));
        Substitute s = Substitute.NONE;
        InvitationStatus status = switch (answer.choice()) {
            case CONFIRM -> InvitationStatus.CONFIRMED;
            case DECLINE -> InvitationStatus.DECLINED;
            case SUBSTITUTE -> {
                s = Substitute.of(answer.substituteName(), answer.substituteTitle(), answer.substitutePhone());
                if (s.name() == null) {
                    throw new ValidationException(Map.of("substituteName", Texts.t("delegate.substitute.nameMissing")));
                }
                yield InvitationStatus.SUBSTITUTE;
            }
        };
        // The delegate's own answer is recorded even if the committee edits the record at the same moment.
        delegates.recordAnswer(d.id(), status, s.name(), s.title(), s.phone(), clock.instant());
        auditLog.record("delegate.rsvp", "delegate", d.id(), answer.choice().name());
        live.listChanged(d.conferenceId());
    }
}
