package vn.hoinghi.delegate;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Ids;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.delegate.repository.DelegateNameRepository;
import vn.hoinghi.delegate.repository.DelegateRepository;
import vn.hoinghi.delegate.repository.HallRowRepository;
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
    private final HallRowRepository hallRows;
    private final DelegateNameRepository names;

    DelegateAnswers(DelegateCodes codes, DelegateRepository delegates, AuditLog auditLog, Clock clock,
                    ApplicationEventPublisher events, HallRowRepository hallRows, DelegateNameRepository names) {
        this.codes = codes;
        this.hallRows = hallRows;
        this.names = names;
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

    /** A pass for the delegate's own page, if the code is current and the delegate not withdrawn. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<DelegatePass> pass(String code) {
        return byCode(code).map(DelegatePass::new);
    }

    /**
     * The hall's rows (labels, seats, reserved), for the small plan on a hall delegate's page: the layout only, never
     * who sits where; empty for a delegate at a remote point.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<HallRow> hallRows(DelegatePass pass) {
        return pass.atHall() ? hallRows.list(pass.conferenceId()) : List.of();
    }

    /**
     * The names of these presenters on the programme a delegate's page shows, for the holder of a pass: only delegates
     * of the pass's conference are named (an id of another conference, or of no delegate, is left out).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<Long, DelegateName> presenterNames(DelegatePass pass, Collection<Long> ids) {
        Map<Long, DelegateName> byId = new HashMap<>();
        names.names(Ids.distinct(ids)).stream().filter(d -> d.conferenceId() == pass.conferenceId())
                .forEach(d -> byId.put(d.id(), d));
        return byId;
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
