package vn.hoinghi.award;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.award.repository.QuotaRepository;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitService;

/**
 * Nominations by hand: list, add, edit, withdraw. The committee works on every unit's proposals at any time;
 * a unit's representative only on its own, while they wait for appraisal and before the deadline
 * ({@link AwardAccess}). Every change is in the audit log with who, when and what changed.
 */
@Service
@Transactional
public class NominationService {

    static final String CONFLICT = "award.conflict.nomination";
    static final String SUBJECT = "nomination";

    private final AwardAccess access;
    private final NominationRepository nominations;
    private final NominationReader reader;
    private final NominationStore store;
    private final QuotaRepository quotas;
    private final UnitService units;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NominationService(AwardAccess access, NominationRepository nominations, NominationReader reader,
                      NominationStore store, QuotaRepository quotas, UnitService units, AuditLog auditLog,
                      ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.nominations = nominations;
        this.reader = reader;
        this.store = store;
        this.quotas = quotas;
        this.units = units;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The nominations the caller may see (a unit: only its own), in their stable order. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public List<Nomination> list(long conferenceId, NominationFilter filter) {
        return reader.find(conferenceId, filter, access.unitScope());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public Nomination get(long id) {
        Nomination n = reader.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
        access.checkCanSee(n);
        return n;
    }

    /** How many of the caller's visible nominations stand in each status; they add up to all of them. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public Map<NominationStatus, Integer> counts(long conferenceId) {
        Map<NominationStatus, Integer> counts = new EnumMap<>(NominationStatus.class);
        for (NominationStatus s : NominationStatus.values()) {
            counts.put(s, 0);
        }
        list(conferenceId, NominationFilter.ALL).forEach(n -> counts.merge(n.status(), 1, Integer::sum));
        return counts;
    }

    /** The unit a unit's representative proposes for; empty for the committee. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public java.util.Optional<Unit> myUnit() {
        Long unit = access.unitScope();
        return unit == null ? java.util.Optional.empty()
                : units.get(List.of(unit)).values().stream().findFirst();
    }

    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public long create(long conferenceId, NominationDraft draft) {
        access.checkBeforeDeadline(conferenceId);
        NominationDraft d = ownUnit(draft);
        NominationRules.Checked c = checked(conferenceId, d);
        NominationValues v = values(c);
        return store.add(conferenceId, List.of(new NominationStore.NewNomination(v, AwardAudit.created(c.type(),
                c.quota().form(), v.fullName(), Nomination.titleAndUnit(v.title(), v.workUnit()),
                unitName(v.proposingUnitId()))))).getFirst();
    }

    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public void update(long id, int version, NominationDraft draft) {
        Nomination n = get(id);
        access.checkCanChange(n);
        if (n.status() == NominationStatus.WITHDRAWN || n.status() == NominationStatus.PRESENTED) {
            throw new ValidationException(Map.of("status", Texts.t("award.notEditable",
                    Texts.t(n.status().key()).toLowerCase(Texts.current()))));
        }
        NominationRules.Checked c = checked(n.conferenceId(), AwardAccess.committee() ? draft : ownUnit(draft));
        if (n.status().placed() && c.quota().id() != n.quotaId()) {
            throw new ValidationException(Map.of("form", Texts.t("award.acceptedUnderQuota", n.form(),
                    Texts.t(n.type().key()))));
        }
        NominationValues v = values(c);
        String changes = AwardAudit.changed(n, c.type(), c.quota().form(), unitName(v.proposingUnitId()), v);
        if (changes.isEmpty()) {
            return;
        }
        if (!nominations.update(id, version, v)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("nomination.update", SUBJECT, id, changes);
        changed(n.conferenceId());
    }

    /** A unit withdraws its waiting proposal; the committee any that is not yet in a decision (its place is freed). */
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS)
    public void withdraw(long id, int version) {
        Nomination n = get(id);
        access.checkCanChange(n);
        Set<NominationStatus> from = Set.of(NominationStatus.PROPOSED, NominationStatus.ACCEPTED, NominationStatus.REFUSED);
        if (!from.contains(n.status())) {
            throw new ValidationException(Map.of("status", Texts.t("award.notWithdrawable", Texts.t(n.status().key()))));
        }
        if (!nominations.withdraw(id, version, from, CurrentUser.usernameOrSystem(), clock.instant())) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("nomination.withdraw", SUBJECT, id, AwardAudit.status(n.status(), NominationStatus.WITHDRAWN));
        changed(n.conferenceId());
    }

    /** Puts a withdrawn proposal back in the queue for appraisal. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void restore(long id, int version) {
        Nomination n = get(id);
        if (!nominations.restore(id, version)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("nomination.restore", SUBJECT, id, AwardAudit.status(n.status(), NominationStatus.PROPOSED));
        changed(n.conferenceId());
    }

    private NominationDraft ownUnit(NominationDraft d) {
        Long unit = access.unitScope();
        return unit == null ? d : new NominationDraft(d.type(), d.form(), unit, d.fullName(), d.title(), d.workUnit(),
                d.achievement());
    }

    private NominationRules.Checked checked(long conferenceId, NominationDraft d) {
        NominationRules.Checked c = NominationRules.check(d, quotas.quotas(conferenceId));
        if (!c.ok()) {
            throw new ValidationException(c.errors());
        }
        units.checkServes(conferenceId, List.of(c.proposingUnitId()), "proposingUnit");
        return c;
    }

    static NominationValues values(NominationRules.Checked c) {
        return new NominationValues(c.quota().id(), c.proposingUnitId(), c.fullName(), c.title(), c.workUnit(),
                c.achievement());
    }

    private String unitName(long unitId) {
        return units.get(List.of(unitId)).values().stream().map(Unit::name).findFirst()
                .orElseThrow(() -> new ValidationException(Map.of("proposingUnit", Texts.t("award.noProposer"))));
    }

    private void changed(long conferenceId) {
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AWARDS));
    }
}
