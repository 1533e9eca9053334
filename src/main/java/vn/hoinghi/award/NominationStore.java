package vn.hoinghi.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.award.repository.QuotaRepository;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/**
 * Adds new proposals, by hand or imported, the one way: at the end of the conference's stable order (taken under
 * the conference's award settings lock), each with its line in the audit log, and one live event for them all.
 */
@Component
class NominationStore {

    /** A checked proposal and what the audit log says of its creation. */
    record NewNomination(NominationValues values, String auditDetail) {
    }

    private final QuotaRepository settings;
    private final NominationRepository repository;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NominationStore(QuotaRepository settings, NominationRepository repository, AuditLog auditLog,
                    ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.repository = repository;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> add(long conferenceId, List<NewNomination> proposals) {
        settings.lockSettings(conferenceId);
        int position = repository.nextPosition(conferenceId);
        List<Long> ids = new ArrayList<>(proposals.size());
        for (NewNomination p : proposals) {
            long id = repository.insert(conferenceId, position++, p.values(), CurrentUser.usernameOrSystem(),
                    clock.instant());
            auditLog.record("nomination.create", NominationService.SUBJECT, id, p.auditDetail());
            ids.add(id);
        }
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AWARDS));
        return ids;
    }
}
