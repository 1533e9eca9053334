package vn.hoinghi.award;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.repository.NominationRepository;
import vn.hoinghi.award.repository.QuotaRepository;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;

/**
 * A conference's award quotas (per form, a number for collectives and one for individuals) and the units'
 * deadline, and how the nominations stand against each quota.
 */
@Service
@Transactional
public class QuotaService {

    static final String CONFLICT = "award.conflict.quota";

    private final QuotaRepository quotas;
    private final NominationRepository nominations;
    private final ConferenceService conferences;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    QuotaService(QuotaRepository quotas, NominationRepository nominations, ConferenceService conferences,
                 AuditLog auditLog, ApplicationEventPublisher events) {
        this.quotas = quotas;
        this.nominations = nominations;
        this.conferences = conferences;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_UNITS + " and " + AppRoles.SERVED_CONFERENCE)
    public AwardSettings settings(long conferenceId) {
        Conference c = conferences.get(conferenceId).orElseThrow(() -> new IllegalArgumentException(Texts.t("award.noConference")));
        var stored = quotas.settings(conferenceId).orElse(new QuotaRepository.Settings(null, 0));
        Instant effective = stored.deadline() != null ? stored.deadline() : c.startsAt();
        return new AwardSettings(conferenceId, stored.deadline(), effective, quotas.quotas(conferenceId), stored.version());
    }

    /** Each quota with its proposals, those waiting, accepted and refused: what the awards page shows on top. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<QuotaLine> summary(long conferenceId) {
        var counts = nominations.countsByQuota(conferenceId);
        return quotas.quotas(conferenceId).stream().map(q -> {
            Map<NominationStatus, Integer> c = counts.getOrDefault(q.id(), Map.of());
            int all = c.values().stream().mapToInt(Integer::intValue).sum();
            int accepted = NominationStatus.PLACED.stream().mapToInt(s -> c.getOrDefault(s, 0)).sum();
            return new QuotaLine(q, all - c.getOrDefault(NominationStatus.WITHDRAWN, 0),
                    c.getOrDefault(NominationStatus.PROPOSED, 0), accepted, c.getOrDefault(NominationStatus.REFUSED, 0));
        }).toList();
    }

    /**
     * Saves the forms with their two numbers and the deadline, guarded by the settings' version. A quota cannot
     * go below what is already accepted, and a form with nominations cannot be removed.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void save(long conferenceId, int version, Instant deadline, List<QuotaDraft> forms) {
        Conference c = conferences.get(conferenceId).orElseThrow(() -> new IllegalArgumentException(Texts.t("award.noConference")));
        if (quotas.lockSettings(conferenceId) != version) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        validate(c, deadline, forms);
        String before = AwardAudit.quotas(quotas.quotas(conferenceId), quotas.settings(conferenceId).orElseThrow().deadline());
        List<Quota> stored = quotas.quotas(conferenceId);
        Set<String> kept = new HashSet<>();
        for (QuotaDraft d : forms) {
            String form = SearchKey.clean(d.form());
            String previous = d.previousForm() != null ? d.previousForm() : stored.stream().map(Quota::form)
                    .filter(f -> LooseKey.of(f).equals(LooseKey.of(form))).findFirst().orElse(null);
            kept.add(previous);
            List<Quota> rows = stored.stream().filter(q -> q.form().equals(previous)).toList();
            for (RecipientType type : RecipientType.values()) {
                int number = orZero(type == RecipientType.COLLECTIVE ? d.collectives() : d.individuals());
                var row = rows.stream().filter(q -> q.type() == type).findFirst();
                if (row.isEmpty()) {
                    quotas.insert(conferenceId, form, type, number);
                } else {
                    quotas.lock(row.get().id());
                    int placed = nominations.placedCount(row.get().id());
                    if (number < placed) {
                        throw new ValidationException(Map.of("quota", Texts.t("award.quota.belowPlaced",
                                Texts.t(type.key()).toLowerCase(Texts.current()), form, placed)));
                    }
                    quotas.update(row.get().id(), form, number);
                }
            }
        }
        for (Quota q : stored) {
            if (!kept.contains(q.form())) {
                if (nominations.usesQuota(q.id())) {
                    throw new ValidationException(Map.of("quota", Texts.t("award.quota.formInUse", q.form())));
                }
                quotas.delete(q.id());
            }
        }
        quotas.updateSettings(conferenceId, version, deadline);
        auditLog.record("award_setting.update", "award_setting", conferenceId,
                before + " → " + AwardAudit.quotas(quotas.quotas(conferenceId), deadline));
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AWARDS));
    }

    private static void validate(Conference c, Instant deadline, List<QuotaDraft> forms) {
        Map<String, String> e = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (QuotaDraft d : forms) {
            String form = SearchKey.clean(d.form());
            if (form == null) {
                e.putIfAbsent("form", Texts.t("award.quota.needForm"));
            } else if (form.length() > 255) {
                e.putIfAbsent("form", Texts.t("award.quota.formTooLong"));
            } else if (!keys.add(LooseKey.of(form))) {
                e.putIfAbsent("form", Texts.t("award.quota.formTwice", form));
            }
            if (orZero(d.collectives()) < 0 || orZero(d.individuals()) < 0) {
                e.putIfAbsent("quota", Texts.t("award.quota.negative"));
            }
        }
        if (deadline != null && deadline.isAfter(c.startsAt())) {
            e.put("deadline", Texts.t("award.quota.deadlineAfterStart",
                    Times.DATE_TIME.format(Times.local(c.startsAt()))));
        }
        if (!e.isEmpty()) {
            throw new ValidationException(e);
        }
    }

    private static int orZero(Integer v) {
        return Objects.requireNonNullElse(v, 0);
    }
}
