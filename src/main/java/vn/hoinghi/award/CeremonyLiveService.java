package vn.hoinghi.award;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.CeremonyRepository;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.live.SharedReads;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/**
 * The ceremony on the day, driven by the live programme while its awards item is on: the MC's "next" calls the
 * batches one by one and, after the last, lets the programme move on; "previous" walks back. The batch on stage is
 * stored (row-locked), so a restart keeps it on the hall's screen. Moving past a batch marks its recipients
 * presented; going back to it makes them only decided again until the MC moves past it once more.
 */
@Service
@Transactional
public class CeremonyLiveService {

    private final CeremonyRepository ceremonies;
    private final CeremonyReader reader;
    private final NominationRepository nominations;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SharedReads<Long, CeremonyLive> screenReads;

    CeremonyLiveService(CeremonyRepository ceremonies, CeremonyReader reader, NominationRepository nominations,
                        AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
                        PlatformTransactionManager transactions) {
        this.ceremonies = ceremonies;
        this.reader = reader;
        this.nominations = nominations;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.screenReads = SharedReads.committed(transactions, this::read);
    }

    /**
     * The batch on stage (none before the first), the next one, and how many there are. The hall's screens asking
     * at the same moment share one read, as for the programme ({@link SharedReads}).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(AwardAccess.WATCH)
    public CeremonyLive live(long conferenceId) {
        return screenReads.get(conferenceId);
    }

    private CeremonyLive read(long conferenceId) {
        Integer current = ceremonies.settings(conferenceId).map(CeremonySettings::currentBatch).orElse(null);
        int count = ceremonies.batchCount(conferenceId);
        int on = current == null ? 0 : current;
        List<CeremonyBatch> batches = reader.batches(conferenceId, List.of(on, on + 1));
        CeremonyBatch now = batches.stream().filter(b -> b.number() == on).findFirst().orElse(null);
        CeremonyBatch next = batches.stream().filter(b -> b.number() == on + 1).findFirst().orElse(null);
        return new CeremonyLive(conferenceId, count, now, next);
    }

    /**
     * The next batch comes on stage; the one before is presented. False when there is nothing left to call (no
     * batches, or the last one has just been presented): the programme moves to its next item.
     */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public boolean forward(long conferenceId) {
        Integer current = ceremonies.lock(conferenceId).currentBatch();
        int count = ceremonies.batchCount(conferenceId);
        if (count == 0) {
            return false;
        }
        Instant now = clock.instant();
        if (current != null) {
            present(conferenceId, current, now);
        }
        Integer to = current == null ? Integer.valueOf(1) : current < count ? Integer.valueOf(current + 1) : null;
        move(conferenceId, to, count, now);
        return to != null;
    }

    /** Back to the batch before (presented no more), or from the first batch to the item's opening; false: none on. */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public boolean back(long conferenceId) {
        Integer current = ceremonies.lock(conferenceId).currentBatch();
        if (current == null) {
            return false;
        }
        Integer to = current > 1 ? Integer.valueOf(current - 1) : null;
        if (to != null) {
            unpresent(conferenceId, to);
        }
        move(conferenceId, to, ceremonies.batchCount(conferenceId), clock.instant());
        return true;
    }

    /**
     * The programme has come to its awards item: forwards, nothing on stage yet (the MC's opening words); backwards
     * from the item after, the last batch is on stage again.
     */
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public void enter(long conferenceId, boolean atEnd) {
        Integer current = ceremonies.lock(conferenceId).currentBatch();
        int count = ceremonies.batchCount(conferenceId);
        Integer to = atEnd && count > 0 ? Integer.valueOf(count) : null;
        if (to != null) {
            unpresent(conferenceId, to);
        }
        if (!java.util.Objects.equals(current, to)) {
            move(conferenceId, to, count, clock.instant());
        }
    }

    private void move(long conferenceId, Integer to, int count, Instant now) {
        ceremonies.setCurrent(conferenceId, to, now, CurrentUser.usernameOrSystem());
        auditLog.record("ceremony.batch", CeremonyService.SUBJECT, conferenceId,
                AwardAudit.onStage(to, count));
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AGENDA));
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AWARDS));
    }

    private void present(long conferenceId, int batch, Instant now) {
        List<Long> ids = inStatus(conferenceId, batch, NominationStatus.DECIDED);
        if (!ids.isEmpty()) {
            nominations.presentAll(ids, now);
            ids.forEach(id -> auditLog.record("nomination.present", NominationService.SUBJECT, id,
                    AwardAudit.presented(batch)));
        }
    }

    private void unpresent(long conferenceId, int batch) {
        List<Long> ids = inStatus(conferenceId, batch, NominationStatus.PRESENTED);
        if (!ids.isEmpty()) {
            nominations.unpresentAll(ids);
            ids.forEach(id -> auditLog.record("nomination.unpresent", NominationService.SUBJECT, id,
                    AwardAudit.backOnStage(batch)));
        }
    }

    private List<Long> inStatus(long conferenceId, int batch, NominationStatus status) {
        return reader.batches(conferenceId, List.of(batch)).stream().flatMap(b -> b.recipients().stream())
                .filter(r -> r.status() == status).map(CeremonyRecipient::nominationId).toList();
    }
}
