package vn.hoinghi.point;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Emails;
import vn.hoinghi.base.Ids;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.Phones;
import vn.hoinghi.base.ReferenceCount;
import vn.hoinghi.base.RememberedById;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.repository.PointRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.unit.UnitService;

/** The hall and the remote meeting points of a conference. The hall exists from the first look. */
@Service
@Transactional
public class PointService {

    private static final List<String> HALL_WORDS = List.of("hoi truong", "hoi truong chinh", "diem cau chinh",
            "truc tiep", "tai hoi truong", "diem cau trung tam", "trung tam", "trung tam tinh", "diem cau trung tam tinh",
            "diem cau tinh");
    private static final String CONFLICT = "point.conflict";

    /** How long a point's name is remembered for {@link #names}; a rename on this server is seen at once. */
    static final Duration NAMES_REMEMBERED = Duration.ofSeconds(5);

    private final RememberedById<PointName> remembered = new RememberedById<>(NAMES_REMEMBERED);
    private final PointRepository points;
    private final PointReader reader;
    private final ConferenceService conferences;
    private final UnitService units;
    private final AuditLog auditLog;
    private final PointInUse inUse;
    private final ApplicationEventPublisher events;

    PointService(PointRepository points, PointReader reader, ConferenceService conferences, UnitService units,
                 AuditLog auditLog, PointInUse inUse, ApplicationEventPublisher events) {
        this.points = points;
        this.reader = reader;
        this.conferences = conferences;
        this.units = units;
        this.auditLog = auditLog;
        this.inUse = inUse;
        this.events = events;
    }

    /** The hall first, then the remote points in their order. */
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public List<MeetingPoint> list(long conferenceId) {
        hall(conferenceId);
        return reader.list(conferenceId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<PointSummary> summaries(long conferenceId) {
        return reader.summaries(conferenceId);
    }

    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public MeetingPoint hall(long conferenceId) {
        return points.hallId(conferenceId).flatMap(reader::get).orElseGet(() -> {
            var conference = conferences.get(conferenceId).orElseThrow();
            long id = points.insert(conferenceId, true, new PointValues(conference.venue(), null, conference.venue(),
                    null, null, conference.expectedHallDelegates(), null, null, PointKind.HALL, null));
            return reader.get(id).orElseThrow();
        });
    }

    /**
     * These points' names and whether each is the hall (an id of no point is left out, and so is null), remembered for
     * {@link #NAMES_REMEMBERED}: every delegate read asks for them, a scanner's at every scan. Open without a login: a
     * scanner and a delegate's invitation link show where the delegate attends from.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<Long, PointName> names(Collection<Long> ids) {
        return remembered.get(Ids.distinct(ids), points::names);
    }

    /**
     * The point's name, room, technician and phone, which a delegate's invitation link shows to the delegates attending
     * there (who hold no account); empty for a withdrawn point, and for the hall, whose seat plan says where to go.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<PointContact> contact(long pointId) {
        return points.get(pointId).filter(p -> !p.hall() && !p.withdrawn())
                .map(p -> new PointContact(p.name(), p.room(), p.technician(), p.technicianPhone()));
    }

    /** The point a spreadsheet names: the hall when blank or "Hội trường", else a remote point by its name. */
    @PreAuthorize("isAuthenticated() and " + AppRoles.SERVED_CONFERENCE)
    public Optional<MeetingPoint> resolve(long conferenceId, String name) {
        return resolve(list(conferenceId), name);
    }

    /** Whether a sheet's name for a point means the hall: "Hội trường", "Điểm cầu chính", "Điểm cầu Trung tâm tỉnh". */
    public static boolean isHallName(String name) {
        return HALL_WORDS.contains(SearchKey.fold(name));
    }

    public static Optional<MeetingPoint> resolve(List<MeetingPoint> all, String name) {
        String folded = SearchKey.fold(name);
        if (folded.isEmpty() || isHallName(name)) {
            return all.stream().filter(MeetingPoint::hall).findFirst();
        }
        String key = PointNames.key(name);
        Optional<MeetingPoint> named = all.stream().filter(p -> PointNames.key(p.name()).equals(key)).findFirst();
        if (named.isEmpty() && folded.contains("hoi truong")) {
            return all.stream().filter(MeetingPoint::hall).findFirst(); // the hall, under another of its names
        }
        return named;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public long create(long conferenceId, PointDraft draft) {
        hall(conferenceId);
        PointValues v = validate(conferenceId, draft, null);
        long id = points.insert(conferenceId, false, v);
        auditLog.record("point.create", "meeting_point", id, v.name());
        pointsChanged(conferenceId);
        return id;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, PointDraft draft) {
        MeetingPoint point = points.get(id).orElseThrow();
        PointValues v = validate(point.conferenceId(), draft, id);
        remembered.forgetAfterTransaction(id);
        if (!points.update(id, version, v)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("point.update", "meeting_point", id, v.name());
        pointsChanged(point.conferenceId());
        // Its name shows where an agenda item comes from and where the MC says a leader attends from.
        events.publishEvent(new ConferenceChanged(point.conferenceId(), LiveTopic.AGENDA));
        events.publishEvent(new ConferenceChanged(point.conferenceId(), LiveTopic.ATTENDANCE));
    }

    /**
     * Deletes a point typed in by mistake: never the hall, and only while nothing refers to it (delegates, agenda
     * items, contributions, screen links, coordinators); else the refusal names what and how many.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void delete(long id, int version) {
        MeetingPoint point = points.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
        if (point.hall()) {
            throw new ValidationException(Map.of("delete", Texts.t("point.hallStays")));
        }
        ReferenceCount.refuseDeletingWhileAny(Texts.t("point.named", PointNames.spoken(point.name())), inUse.of(id));
        if (!points.delete(id, version)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("point.delete", "meeting_point", id, point.name());
        pointsChanged(point.conferenceId());
    }

    /** The status wall, the technicians' screen, the attendance board and the desks list the points. */
    private void pointsChanged(long conferenceId) {
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.POINTS));
    }

    /** The meeting_point table's columns (migration V2). */
    static final int MAX_NAME = 255;
    static final int MAX_ROOM = 500;
    static final int MAX_TECHNICIAN = 255;
    static final int MAX_LINK = 1000;
    static final int MAX_CLUSTER = 100;
    static final int MAX_EMAIL = 255;

    /** Validates one point; the messages name the field, for the form and for import rows alike. */
    public static Map<String, String> problems(PointDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (SearchKey.clean(d.name()) == null) {
            errors.put("name", Texts.t("point.nameMissing"));
        }
        String phone = SearchKey.clean(d.technicianPhone());
        if (phone != null && Phones.normalize(phone).isEmpty()) {
            errors.put("technicianPhone", Texts.t("point.badPhone", phone));
        }
        if (d.expectedAttendees() != null && d.expectedAttendees() < 0) {
            errors.put("expectedAttendees", Texts.t("point.negativeExpected"));
        }
        String link = SearchKey.clean(d.meetingLink());
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            errors.put("meetingLink", Texts.t("point.badLink"));
        }
        Lengths.check(errors, "name", SearchKey.clean(d.name()), MAX_NAME, Texts.t("point.field.name"));
        Lengths.check(errors, "hostUnitName", SearchKey.clean(d.hostUnitName()), UnitService.MAX_NAME,
                Texts.t("point.field.hostUnitName"));
        Lengths.check(errors, "room", SearchKey.clean(d.room()), MAX_ROOM, Texts.t("point.field.room"));
        Lengths.check(errors, "technician", SearchKey.clean(d.technician()), MAX_TECHNICIAN,
                Texts.t("point.field.technician"));
        Lengths.check(errors, "meetingLink", link, MAX_LINK, Texts.t("point.field.meetingLink"));
        Lengths.check(errors, "cluster", SearchKey.clean(d.cluster()), MAX_CLUSTER, Texts.t("point.field.cluster"));
        String email = SearchKey.clean(d.technicianEmail());
        if (email != null && !Emails.valid(email)) {
            errors.put("technicianEmail", Texts.t("point.badEmail", email));
        }
        Lengths.check(errors, "technicianEmail", email, MAX_EMAIL, Texts.t("point.field.technicianEmail"));
        return errors;
    }

    private PointValues validate(long conferenceId, PointDraft d, Long id) {
        boolean hall = id != null && points.get(id).map(MeetingPoint::hall).orElse(false);
        Map<String, String> errors = problems(d);
        String name = SearchKey.clean(d.name());
        if (name != null && points.nameTakenByOther(conferenceId, name, id)) {
            errors.put("name", Texts.t("point.nameTaken", name));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String host = SearchKey.clean(d.hostUnitName());
        Long hostUnitId = host == null ? null : units.findOrCreate(conferenceId, host).id();
        return new PointValues(name, hostUnitId, SearchKey.clean(d.room()), SearchKey.clean(d.technician()),
                Phones.normalize(d.technicianPhone()).orElse(null),
                d.expectedAttendees() == null ? 0 : d.expectedAttendees(), SearchKey.clean(d.meetingLink()),
                SearchKey.clean(d.cluster()), hall ? PointKind.HALL : d.kind() == PointKind.HALL ? null : d.kind(),
                SearchKey.clean(d.technicianEmail()));
    }
}
