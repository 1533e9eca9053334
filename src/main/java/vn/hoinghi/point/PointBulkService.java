package vn.hoinghi.point;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.repository.PointListRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/**
 * What the committee does to many chosen points of a conference at once: put them in a cluster, withdraw them or
 * bring them back, delete those nothing refers to. Each action is one transaction, each point changed is audited,
 * and the screens hear of it once. Points of another conference are refused, and then nothing changes.
 */
@Service
@Transactional
public class PointBulkService {

    /** More than a province has communes: a request this long is no choice made on the page. */
    static final int MAX_CHOSEN = 2_000;

    private final PointListRepository list;
    private final PointReader reader;
    private final PointInUse inUse;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PointBulkService(PointListRepository list, PointReader reader, PointInUse inUse, AuditLog auditLog,
                     ApplicationEventPublisher events, Clock clock) {
        this.list = list;
        this.reader = reader;
        this.inUse = inUse;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Puts the chosen points in this cluster (a new name makes a new cluster); a blank one takes them out. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public BulkResult setCluster(long conferenceId, Collection<Long> ids, String cluster) {
        List<MeetingPoint> chosen = chosen(conferenceId, ids);
        String name = SearchKey.clean(cluster);
        Map<String, String> errors = new HashMap<>();
        Lengths.check(errors, "cluster", name, PointService.MAX_CLUSTER, Texts.t("point.field.cluster"));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<MeetingPoint> moving = chosen.stream().filter(p -> !Objects.equals(p.cluster(), name)).toList();
        list.setCluster(moving.stream().map(MeetingPoint::id).toList(), name);
        moving.forEach(p -> auditLog.record("point.cluster", "meeting_point", p.id(), name));
        return changed(conferenceId, moving.size(), List.of());
    }

    /** Withdraws the chosen points that join; the hall always joins, and is named among those kept. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public BulkResult withdraw(long conferenceId, Collection<Long> ids) {
        List<MeetingPoint> chosen = chosen(conferenceId, ids);
        List<MeetingPoint> joining = chosen.stream().filter(p -> !p.hall() && !p.withdrawn()).toList();
        list.withdraw(joining.stream().map(MeetingPoint::id).toList(), clock.instant(), CurrentUser.usernameOrSystem());
        joining.forEach(p -> auditLog.record("point.withdraw", "meeting_point", p.id(), p.name()));
        return changed(conferenceId, joining.size(), hallKept(chosen, "point.bulk.hallJoins"));
    }

    /** Brings the chosen withdrawn points back. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public BulkResult restore(long conferenceId, Collection<Long> ids) {
        List<MeetingPoint> withdrawn = chosen(conferenceId, ids).stream().filter(MeetingPoint::withdrawn).toList();
        list.restore(withdrawn.stream().map(MeetingPoint::id).toList());
        withdrawn.forEach(p -> auditLog.record("point.restore", "meeting_point", p.id(), p.name()));
        return changed(conferenceId, withdrawn.size(), List.of());
    }

    /**
     * Deletes the chosen points nothing refers to (decision 017); the others are kept, each named with what refers to
     * it ("Điểm cầu xã A: còn 3 đại biểu"), and the hall with why it stays.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public BulkResult deleteUnused(long conferenceId, Collection<Long> ids) {
        List<MeetingPoint> chosen = chosen(conferenceId, ids);
        List<String> kept = new ArrayList<>(hallKept(chosen, "point.bulk.hallStays"));
        List<MeetingPoint> unused = new ArrayList<>();
        for (MeetingPoint p : chosen.stream().filter(p -> !p.hall()).toList()) {
            Optional<String> referring = ReferenceCount.stillReferring(inUse.of(p.id()));
            referring.ifPresentOrElse(why -> kept.add(Texts.t("point.bulk.keptBecause", p.name(), why)),
                    () -> unused.add(p));
        }
        list.delete(unused.stream().map(MeetingPoint::id).toList());
        unused.forEach(p -> auditLog.record("point.delete", "meeting_point", p.id(), p.name()));
        return changed(conferenceId, unused.size(), kept);
    }

    /** The chosen points as they are now; refused whole when one is another conference's or no longer exists. */
    private List<MeetingPoint> chosen(long conferenceId, Collection<Long> ids) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.size() > MAX_CHOSEN) {
            throw new ValidationException(Map.of("points", Texts.t("point.bulk.tooMany", MAX_CHOSEN)));
        }
        Map<Long, Long> conferences = distinct.isEmpty() ? Map.of() : list.conferencesOf(distinct);
        if (conferences.values().stream().anyMatch(c -> c != conferenceId)) {
            throw new ValidationException(Map.of("points", Texts.t("point.bulk.otherConference")));
        }
        if (conferences.size() < distinct.size()) {
            throw new VersionConflictException(Texts.t("point.conflict"));
        }
        return reader.list(conferenceId).stream().filter(p -> conferences.containsKey(p.id())).toList();
    }

    private static List<String> hallKept(List<MeetingPoint> chosen, String why) {
        return chosen.stream().filter(MeetingPoint::hall).map(p -> Texts.t("point.bulk.keptBecause", p.name(),
                Texts.t(why))).toList();
    }

    private BulkResult changed(long conferenceId, int changed, List<String> kept) {
        if (changed > 0) {
            events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.POINTS));
        }
        return new BulkResult(changed, kept);
    }
}
