package vn.hoinghi.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.DecisionRepository;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.document.SignerBlock;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;

/** The province's decisions: number, date, who decides and signs, and the accepted nominations each contains. */
@Service
@Transactional
public class DecisionService {

    static final String SUBJECT = "award_decision";
    static final String CONFLICT = "award.conflict.decision";

    private final DecisionRepository decisions;
    private final NominationRepository nominations;
    private final NominationReader reader;
    private final ConferenceService conferences;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(DecisionRepository decisions, NominationRepository nominations, NominationReader reader,
                    ConferenceService conferences, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.nominations = nominations;
        this.reader = reader;
        this.conferences = conferences;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<AwardDecision> list(long conferenceId) {
        return decisions.list(conferenceId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public AwardDecision get(long id) {
        return decisions.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
    }

    /** The decision's nominations in their stable order. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<Nomination> nominations(long decisionId) {
        return reader.ofDecision(decisionId);
    }

    /**
     * What a new decision's form starts with: today, the decider from the award form, and its signature block —
     * the plan's signer only when they are the decider's deputy, signing on the decider's behalf.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public DecisionDraft suggestion(long conferenceId, String form) {
        Conference c = conferences.get(conferenceId).orElseThrow();
        String issuer = Authority.issuer(form, c.province());
        Authority authority = Authority.of(issuer);
        boolean deputySigns = authority.deputyIn(c.signerBlock());
        return new DecisionDraft(null, LocalDate.now(clock.withZone(Times.VIETNAM)), issuer,
                authority.signerBlock(deputySigns), deputySigns ? c.signerName() : null);
    }

    /** A new decision containing these accepted nominations of the conference. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public long create(long conferenceId, DecisionDraft draft, List<Long> nominationIds) {
        DecisionDraft d = validate(conferenceId, draft, null);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(nominationIds));
        if (ids.isEmpty()) {
            throw new ValidationException(Map.of("nominations", Texts.t("award.decision.chooseNominations")));
        }
        Map<Long, Nomination> found = reader.get(ids);
        List<Nomination> chosen = ids.stream().map(id -> Optional.ofNullable(found.get(id))
                .filter(n -> n.conferenceId() == conferenceId)
                .orElseThrow(() -> new VersionConflictException(Texts.t(NominationService.CONFLICT)))).toList();
        List<String> notAccepted = chosen.stream().filter(n -> n.status() != NominationStatus.ACCEPTED)
                .map(n -> n.fullName() + " (" + Texts.t(n.status().key()) + ")").toList();
        if (!notAccepted.isEmpty()) {
            String names = String.join(", ", notAccepted.stream().limit(5).toList());
            throw new ValidationException(Map.of("nominations", notAccepted.size() > 5
                    ? Texts.t("award.decision.notAcceptedMore", names, notAccepted.size() - 5)
                    : Texts.t("award.decision.notAccepted", names)));
        }
        long id = decisions.insert(conferenceId, d, clock.instant());
        if (nominations.decide(ids, id) != ids.size()) {
            throw new VersionConflictException(Texts.t(NominationService.CONFLICT));
        }
        auditLog.record("award_decision.create", SUBJECT, id, AwardAudit.decisionCreated(d, ids.size()));
        for (Nomination n : chosen) {
            auditLog.record("nomination.decide", NominationService.SUBJECT, n.id(),
                    AwardAudit.decided(n.status(), d.number()));
        }
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AWARDS));
        return id;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, DecisionDraft draft) {
        AwardDecision before = get(id);
        DecisionDraft d = validate(before.conferenceId(), draft, id);
        if (!decisions.update(id, version, d)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("award_decision.update", SUBJECT, id, AwardAudit.decision(new DecisionDraft(before.number(),
                before.signedOn(), before.issuer(), before.signerTitle(), before.signerName())) + " → " + AwardAudit.decision(d));
        events.publishEvent(new ConferenceChanged(before.conferenceId(), LiveTopic.AWARDS));
    }

    private DecisionDraft validate(long conferenceId, DecisionDraft d, Long id) {
        Map<String, String> e = new LinkedHashMap<>();
        String number = SearchKey.clean(d.number());
        if (number == null) {
            e.put("number", Texts.t("award.decision.needNumber"));
        } else if (number.length() > 100) {
            e.put("number", Texts.t("award.decision.numberTooLong"));
        } else if (decisions.numberTaken(conferenceId, number, id)) {
            e.put("number", Texts.t("award.decision.numberTaken", number));
        }
        if (d.signedOn() == null) {
            e.put("signedOn", Texts.t("award.decision.needDate"));
        }
        String issuer = SearchKey.clean(d.issuer());
        if (issuer == null) {
            e.put("issuer", Texts.t("award.decision.needIssuer"));
        }
        String signer = SearchKey.clean(d.signerName());
        if (signer == null) {
            e.put("signerName", Texts.t("award.decision.needSigner"));
        }
        for (var f : Map.of("issuer", issuer == null ? "" : issuer, "signerName", signer == null ? "" : signer,
                "signerTitle", d.signerTitle() == null ? "" : d.signerTitle()).entrySet()) {
            if (f.getValue().length() > 255) {
                e.put(f.getKey(), Texts.t("award.tooLong255"));
            }
        }
        if (!e.isEmpty()) {
            throw new ValidationException(e);
        }
        String block = SignerBlock.text(d.signerTitle());
        return new DecisionDraft(number, d.signedOn(), issuer, block.isEmpty() ? null : block, signer);
    }
}
