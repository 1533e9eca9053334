package vn.hoinghi.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.alert.repository.DutyRepository;
import vn.hoinghi.base.Emails;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.Phones;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.PointSearch;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;

/**
 * Who is on duty for each cluster of a conference's points: the committee names a technician at the province for
 * each, and one for the default row (every point whose cluster has nobody, and the points in no cluster).
 */
@Service
@Transactional
public class DutyService {

    private final DutyRepository duties;
    private final PointSearch points;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    DutyService(DutyRepository duties, PointSearch points, AuditLog auditLog, ApplicationEventPublisher events) {
        this.duties = duties;
        this.points = points;
        this.auditLog = auditLog;
        this.events = events;
    }

    /**
     * The default row first, then one row per cluster of the conference's points, by name, each with its technician on
     * duty (none yet: {@link ClusterDuty#staffed()} false); a cluster no point is in any more keeps its row while
     * somebody is on duty for it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public List<ClusterDuty> roster(long conferenceId) {
        Map<String, ClusterDuty> saved = duties.list(conferenceId).stream()
                .collect(Collectors.toMap(ClusterDuty::cluster, Function.identity()));
        Map<String, ClusterDuty> rows = new LinkedHashMap<>();
        rows.put(ClusterDuty.DEFAULT, saved.getOrDefault(ClusterDuty.DEFAULT, unstaffed(ClusterDuty.DEFAULT)));
        for (String cluster : points.clusters(conferenceId)) {
            String key = ClusterDuty.clusterOf(cluster);
            rows.putIfAbsent(key, saved.getOrDefault(key, unstaffed(key)));
        }
        saved.values().forEach(d -> rows.putIfAbsent(d.cluster(), d));
        return new ArrayList<>(rows.values());
    }

    /**
     * Puts a technician on duty for the cluster ({@link ClusterDuty#DEFAULT} for the default row).
     *
     * @throws ValidationException keyed "technician", "phone" or "email"
     */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public void save(long conferenceId, String cluster, DutyDraft draft) {
        String key = ClusterDuty.clusterOf(cluster);
        if (key.length() > DutyRepository.CLUSTER_LENGTH) {
            throw new ValidationException(Map.of("cluster", Lengths.tooLong(key, DutyRepository.CLUSTER_LENGTH,
                    Texts.t("alerts.duty.cluster"))));
        }
        DutyDraft clean = checked(draft);
        duties.save(conferenceId, key, clean);
        auditLog.record("alert.duty", "conference", conferenceId, key + ": " + clean.technician());
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.ALERTS));
    }

    /** Nobody on duty for the cluster any more: its points fall back to the default row. */
    @PreAuthorize(AppRoles.COMMITTEE + " and " + AppRoles.SERVED_CONFERENCE)
    public void remove(long conferenceId, String cluster) {
        String key = ClusterDuty.clusterOf(cluster);
        if (duties.delete(conferenceId, key)) {
            auditLog.record("alert.dutyRemoved", "conference", conferenceId, key);
            events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.ALERTS));
        }
    }

    /** The duty a point of this cluster falls to: its cluster's row, else the default; null when nobody is on duty. */
    static ClusterDuty dutyFor(List<ClusterDuty> saved, String pointCluster) {
        String key = ClusterDuty.clusterOf(pointCluster);
        return saved.stream().filter(d -> d.cluster().equals(key)).findFirst()
                .or(() -> saved.stream().filter(ClusterDuty::isDefault).findFirst()).orElse(null);
    }

    private static DutyDraft checked(DutyDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String technician = SearchKey.clean(draft == null ? null : draft.technician());
        String phone = blankToNull(draft == null ? null : draft.phone());
        String email = blankToNull(draft == null ? null : draft.email());
        if (technician == null || technician.isEmpty()) {
            errors.put("technician", Texts.t("alerts.duty.technicianMissing"));
        }
        Lengths.check(errors, "technician", technician, DutyRepository.TECHNICIAN_LENGTH,
                Texts.t("alerts.duty.technician"));
        if (phone != null) {
            Lengths.check(errors, "phone", phone, DutyRepository.PHONE_LENGTH, Texts.t("alerts.duty.phone"));
            if (!errors.containsKey("phone") && Phones.normalize(phone).isEmpty()) {
                errors.put("phone", Texts.t("alerts.duty.phoneInvalid", phone));
            }
        }
        if (email != null) {
            Lengths.check(errors, "email", email, DutyRepository.EMAIL_LENGTH, Texts.t("alerts.duty.email"));
            if (!errors.containsKey("email") && !Emails.valid(email)) {
                errors.put("email", Texts.t("alerts.duty.emailInvalid", email));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new DutyDraft(technician, phone == null ? null : Phones.normalize(phone).orElseThrow(), email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ClusterDuty unstaffed(String cluster) {
        return new ClusterDuty(cluster, null, null, null);
    }
}
