package vn.hoinghi.award;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.CeremonyRepository.Kept;
import vn.hoinghi.award.repository.CeremonyRepository;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.award.repository.QuotaRepository;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.delegate.DelegateName;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitService;

/**
 * The committee plans the ceremony: batches made from the decided recipients by a size and an order rule (made
 * again on request, keeping presenters, linked delegates and stand-ins), the leader presenting each batch, who
 * receives for a collective or which delegate a person is, stand-ins, and moves between batches. The MC reads the
 * plan; {@link CeremonyLiveService} runs it on the day.
 */
@Service
@Transactional
public class CeremonyService {

    static final String SUBJECT = "ceremony";
    static final String CONFLICT = "award.conflict.ceremony";

    private final CeremonyRepository ceremonies;
    private final CeremonyReader reader;
    private final NominationRepository nominations;
    private final NominationReader nominationReader;
    private final QuotaRepository quotas;
    private final UnitService units;
    private final DelegateService delegates;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CeremonyService(CeremonyRepository ceremonies, CeremonyReader reader, NominationRepository nominations,
                    NominationReader nominationReader, QuotaRepository quotas, UnitService units,
                    DelegateService delegates, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.ceremonies = ceremonies;
        this.reader = reader;
        this.nominations = nominations;
        this.nominationReader = nominationReader;
        this.quotas = quotas;
        this.units = units;
        this.delegates = delegates;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The plan: settings, batches with their recipients and flags, and the decided recipients in no batch. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public Ceremony plan(long conferenceId) {
        CeremonySettings settings = ceremonies.settings(conferenceId).orElse(CeremonySettings.none(conferenceId));
        List<CeremonyBatch> batches = reader.batches(conferenceId);
        Set<Long> planned = batches.stream().flatMap(b -> b.recipients().stream())
                .map(CeremonyRecipient::nominationId).collect(Collectors.toSet());
        List<Nomination> unplanned = decided(conferenceId).stream().filter(n -> !planned.contains(n.id())).toList();
        return new Ceremony(settings, batches, unplanned);
    }

    /** Makes the batches (again): every decided recipient, in the rule's order, at most {@code batchSize} a batch. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public Ceremony generate(long conferenceId, int version, int batchSize, CeremonyOrder order) {
        if (batchSize < 1 || batchSize > CeremonySettings.MAX_BATCH_SIZE) {
            throw new ValidationException(Map.of("batchSize",
                    Texts.t("award.batchSize", String.valueOf(CeremonySettings.MAX_BATCH_SIZE))));
        }
        CeremonySettings s = ceremonies.lock(conferenceId);
        if (s.version() != version) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        if (s.currentBatch() != null) {
            throw new ValidationException(Map.of("batches", Texts.t("award.batchOnStage",
                    String.valueOf(s.currentBatch()))));
        }
        List<Nomination> decided = decided(conferenceId);
        if (decided.isEmpty()) {
            throw new ValidationException(Map.of("batches", Texts.t("award.noneDecided")));
        }
        List<CeremonyBatch> before = reader.batches(conferenceId);
        Map<Integer, Long> presenters = new HashMap<>();
        Map<Long, Kept> kept = new HashMap<>();
        for (CeremonyBatch b : before) {
            presenters.put(b.number(), b.presenterId());
            b.recipients().forEach(r -> kept.put(r.nominationId(), new Kept(r.delegateId(), r.standInName(), r.standInTitle())));
        }
        Map<Long, Unit> unitMap = units.get(decided.stream().map(Nomination::proposingUnitId).toList());
        List<String> forms = quotas.quotas(conferenceId).stream().map(Quota::form).distinct().toList();
        List<List<Nomination>> batches = CeremonyPlanner.batches(decided, order, batchSize, forms, unitMap);
        ceremonies.clear(conferenceId);
        for (int i = 0; i < batches.size(); i++) {
            long batchId = ceremonies.insertBatch(conferenceId, i + 1, presenters.get(i + 1));
            ceremonies.insertRecipients(batchId, batches.get(i).stream().map(Nomination::id).toList(), kept);
        }
        ceremonies.saveSettings(conferenceId, version, batchSize, order, clock.instant(), CurrentUser.usernameOrSystem());
        auditLog.record("ceremony.generate", SUBJECT, conferenceId, AwardAudit.batchesMade(decided.size(), batches.size(),
                batchSize, order));
        changed(conferenceId);
        return plan(conferenceId);
    }

    /** The leader who presents a batch (a delegate of the conference), or none. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void setPresenter(long conferenceId, long batchId, int version, Long delegateId) {
        CeremonyBatch batch = reader.batches(conferenceId).stream().filter(b -> b.id() == batchId).findFirst()
                .orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
        String presenter = delegate(conferenceId, delegateId, "presenter");
        if (!ceremonies.setPresenter(batchId, version, delegateId)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("ceremony.presenter", SUBJECT, conferenceId, AwardAudit.presenter(batch.number(),
                batch.presenter(), presenter));
        changed(conferenceId);
    }

    /**
     * Who receives (a collective) or who the person is among the delegates, a stand-in (blank clears), and the
     * batch: a move puts the recipient at the end of that batch. A batch is never left empty, and a presented
     * recipient stays in its batch.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void setRecipient(long nominationId, int version, RecipientDraft draft) {
        CeremonyRecipient r = recipient(nominationId);
        long conferenceId = nominationReader.get(nominationId).orElseThrow().conferenceId();
        String delegate = delegate(conferenceId, draft.delegateId(), "delegate");
        Kept values = CeremonyChanges.standIn(draft.delegateId(), draft.standInName(), draft.standInTitle());
        int v = version;
        if (!values.equals(new Kept(r.delegateId(), r.standInName(), r.standInTitle()))) {
            if (!ceremonies.updateRecipient(nominationId, v++, values)) {
                throw new VersionConflictException(Texts.t(CONFLICT));
            }
            auditLog.record("nomination.ceremony", NominationService.SUBJECT, nominationId, AwardAudit.recipient(r, values, delegate));
        }
        if (draft.batch() != null && draft.batch() != r.batchNumber()) {
            move(conferenceId, r, v, draft.batch());
        }
        changed(conferenceId);
    }

    private void move(long conferenceId, CeremonyRecipient r, int version, int toBatch) {
        CeremonyBatch target = reader.batches(conferenceId, List.of(toBatch)).stream().findFirst()
                .orElseThrow(() -> new ValidationException(Map.of("batch", Texts.t("award.noBatch", String.valueOf(toBatch)))));
        if (r.status() == NominationStatus.PRESENTED) {
            throw new ValidationException(Map.of("batch", Texts.t("award.alreadyPresented", r.fullName())));
        }
        if (ceremonies.recipientCount(r.batchId()) <= 1) {
            throw new ValidationException(Map.of("batch", Texts.t("award.lastInBatch",
                    String.valueOf(r.batchNumber()), r.fullName())));
        }
        if (!ceremonies.move(r.nominationId(), version, target.id())) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("nomination.ceremony", NominationService.SUBJECT, r.nominationId(),
                AwardAudit.moved(r.batchNumber(), toBatch));
    }

    /**
     * For each person in the plan not yet linked to a delegate, the one delegate with the same name (diacritics,
     * case and spacing aside); names that two delegates share suggest nobody.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public Map<Long, DelegateSuggestion> suggestions(long conferenceId) {
        Map<String, List<DelegateName>> byName = delegates.namesIn(conferenceId).stream()
                .collect(Collectors.groupingBy(d -> SearchKey.fold(d.fullName())));
        Map<Long, DelegateSuggestion> result = new LinkedHashMap<>();
        for (CeremonyBatch b : reader.batches(conferenceId)) {
            for (CeremonyRecipient r : b.recipients()) {
                var same = byName.getOrDefault(SearchKey.fold(r.fullName()), List.of());
                if (!r.collective() && r.delegateId() == null && same.size() == 1) {
                    var d = same.getFirst();
                    result.put(r.nominationId(), new DelegateSuggestion(r.nominationId(), r.version(), d.id(), d.fullName(), d.title()));
                }
            }
        }
        return result;
    }

    /** Links every suggested delegate at once; returns how many. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public int confirmSuggestions(long conferenceId) {
        Map<Long, DelegateSuggestion> all = suggestions(conferenceId);
        for (DelegateSuggestion s : all.values()) {
            CeremonyRecipient r = recipient(s.nominationId());
            setRecipient(s.nominationId(), s.version(), new RecipientDraft(s.delegateId(), r.standInName(), r.standInTitle(), null));
        }
        return all.size();
    }

    /** After a rehearsal: no batch on stage, and every recipient presented in it is only decided again. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void reset(long conferenceId) {
        ceremonies.lock(conferenceId);
        ceremonies.setCurrent(conferenceId, null, clock.instant(), CurrentUser.usernameOrSystem());
        List<Long> ids = plan(conferenceId).allRecipients().stream().map(CeremonyRecipient::nominationId).toList();
        int undone = ids.isEmpty() ? 0 : nominations.unpresentAll(ids);
        auditLog.record("ceremony.reset", SUBJECT, conferenceId, AwardAudit.reset(undone));
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AGENDA));
        changed(conferenceId);
    }

    private List<Nomination> decided(long conferenceId) {
        return nominationReader.find(conferenceId, NominationFilter.ALL, null).stream()
                .filter(n -> n.status() == NominationStatus.DECIDED || n.status() == NominationStatus.PRESENTED).toList();
    }

    private CeremonyRecipient recipient(long nominationId) {
        return reader.recipient(nominationId).orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
    }

    /** "Name, title" of a delegate of this conference; null for none; refused when of another conference. */
    private String delegate(long conferenceId, Long delegateId, String field) {
        if (delegateId == null) {
            return null;
        }
        return Optional.ofNullable(delegates.names(List.of(delegateId)).get(delegateId))
                .filter(d -> d.conferenceId() == conferenceId)
                .map(d -> CeremonyRecipient.person(d.fullName(), d.title()))
                .orElseThrow(() -> new ValidationException(Map.of(field, Texts.t("award.delegateElsewhere"))));
    }

    private void changed(long conferenceId) {
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AWARDS));
    }
}
