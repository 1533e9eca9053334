package vn.hoinghi.agenda;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.repository.AgendaRepository;
import vn.hoinghi.base.Lengths;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.delegate.DelegateName;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;

/**
 * A conference's programme: the committee edits it, the MC reads it. Edits of one item are guarded by the
 * item's version; changes of the order (reorder, add, delete, import, template) by the agenda's version, so
 * two people editing at once get a conflict message instead of a silent overwrite.
 */
@Service
@Transactional
public class AgendaService {

    static final int MAX_MINUTES = 600;
    /** The agenda_item table's columns (migration V6). */
    static final int MAX_TITLE = 500;
    static final int MAX_PRESENTER = 255;
    static final int MAX_UNIT = 500;
    static final int MAX_SCRIPT = 20_000;
    static final int MAX_NOTES = 2000;
    private static final String ITEM_CONFLICT = "agenda.itemConflict";
    private static final String ORDER_CONFLICT = "agenda.orderConflict";

    private final AgendaRepository agenda;
    private final AgendaReader reader;
    private final PointService points;
    private final DelegateService delegates;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgendaService(AgendaRepository agenda, AgendaReader reader, PointService points, DelegateService delegates,
                  AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.agenda = agenda;
        this.reader = reader;
        this.points = points;
        this.delegates = delegates;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The items in order with their planned times from the conference's start. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE_AND_MC + " and " + AppRoles.SERVED_CONFERENCE)
    public Agenda agenda(long conferenceId) {
        return reader.agenda(conferenceId);
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public long create(long conferenceId, AgendaDraft draft) {
        AgendaDraft d = validate(conferenceId, draft, null);
        long id = agenda.append(conferenceId, List.of(d), clock.instant()).getFirst();
        changedOrder(conferenceId, null);
        auditLog.record("agenda.create", "agenda_item", id, d.title());
        return id;
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, AgendaDraft draft) {
        AgendaItem item = agenda.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(ITEM_CONFLICT)));
        AgendaDraft d = validate(item.conferenceId(), draft, item.pointId());
        if (!agenda.update(id, version, d)) {
            throw new VersionConflictException(Texts.t(ITEM_CONFLICT));
        }
        auditLog.record("agenda.update", "agenda_item", id, d.title());
        events.publishEvent(new ConferenceChanged(item.conferenceId(), LiveTopic.AGENDA));
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void delete(long id, int version) {
        AgendaItem item = agenda.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(ITEM_CONFLICT)));
        if (!agenda.delete(id, version)) {
            throw new VersionConflictException(Texts.t(ITEM_CONFLICT));
        }
        changedOrder(item.conferenceId(), null);
        auditLog.record("agenda.delete", "agenda_item", id, item.title());
    }

    /**
     * Puts the items in a new order. {@code agendaVersion} is the version the editor saw, {@code ids} every item
     * of the conference once; if anyone changed the order, added or deleted since, nothing is saved.
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void reorder(long conferenceId, int agendaVersion, List<Long> ids) {
        List<Long> current = agenda.items(conferenceId).stream().map(AgendaItem::id).toList();
        if (ids.size() != current.size() || !new HashSet<>(ids).equals(new HashSet<>(current))) {
            throw new VersionConflictException(Texts.t(ORDER_CONFLICT));
        }
        changedOrder(conferenceId, agendaVersion);
        agenda.reorder(conferenceId, ids);
        auditLog.record("agenda.reorder", "conference", conferenceId, ids.toString());
    }

    /** Moves one item up (-1) or down (+1): the keyboard-friendly way to reorder. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void move(long conferenceId, int agendaVersion, long itemId, int steps) {
        List<Long> ids = new java.util.ArrayList<>(agenda.items(conferenceId).stream().map(AgendaItem::id).toList());
        int from = ids.indexOf(itemId);
        if (from < 0) {
            throw new VersionConflictException(Texts.t(ORDER_CONFLICT));
        }
        int to = Math.clamp(from + steps, 0, ids.size() - 1);
        ids.add(to, ids.remove(from));
        reorder(conferenceId, agendaVersion, ids);
    }

    /**
     * Appends the usual items of a review conference ("Mẫu hội nghị sơ kết"). To an agenda that already has
     * items only when the user confirmed it ({@code evenIfNotEmpty}).
     */
    @PreAuthorize(AppRoles.COMMITTEE)
    public int addTemplate(long conferenceId, int agendaVersion, boolean evenIfNotEmpty) {
        int existing = agenda.items(conferenceId).size();
        if (existing > 0 && !evenIfNotEmpty) {
            throw new ValidationException(Map.of("agenda", Texts.t("agenda.template.notEmpty", existing)));
        }
        changedOrder(conferenceId, agendaVersion);
        List<AgendaDraft> items = AgendaTemplate.reviewConference();
        agenda.append(conferenceId, items, clock.instant());
        auditLog.record("agenda.template", "conference", conferenceId, items.size() + " items");
        return items.size();
    }

    /** Writes an import: the rows replace the whole agenda or go after its last item. Called by the importer. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void importItems(long conferenceId, int agendaVersion, List<AgendaDraft> drafts, boolean replace) {
        changedOrder(conferenceId, agendaVersion);
        if (replace) {
            agenda.deleteAll(conferenceId);
        }
        agenda.append(conferenceId, drafts, clock.instant());
    }

    private void changedOrder(long conferenceId, Integer expectedVersion) {
        if (!agenda.bump(conferenceId, expectedVersion, clock.instant(), CurrentUser.usernameOrSystem())) {
            throw new VersionConflictException(Texts.t(ORDER_CONFLICT));
        }
        events.publishEvent(new ConferenceChanged(conferenceId, LiveTopic.AGENDA));
    }

    /**
     * Checks the draft against the conference (its points, its delegates) and returns it cleaned; a withdrawn point
     * stays only on the item that had it ({@code currentPointId}).
     */
    private AgendaDraft validate(long conferenceId, AgendaDraft d, Long currentPointId) {
        Map<String, String> errors = problems(d);
        Long pointId = d.pointId();
        if (pointId != null) {
            MeetingPoint point = points.list(conferenceId).stream().filter(p -> p.id() == d.pointId()).findFirst()
                    .orElse(null);
            if (point == null) {
                errors.put("pointId", Texts.t("agenda.pointNotInConference"));
            } else if (!point.takesNew(currentPointId)) {
                errors.put("pointId", Texts.t("agenda.pointWithdrawn", point.name()));
            } else if (point.hall()) {
                pointId = null;
            }
        }
        if (d.presenterDelegateId() != null && !isDelegateOf(conferenceId, d.presenterDelegateId())) {
            errors.put("presenterDelegateId", Texts.t("agenda.delegateNotInConference"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clean(d, pointId);
    }

    private boolean isDelegateOf(long conferenceId, long delegateId) {
        DelegateName d = delegates.names(List.of(delegateId)).get(delegateId);
        return d != null && d.conferenceId() == conferenceId;
    }

    static AgendaDraft clean(AgendaDraft d, Long pointId) {
        return new AgendaDraft(d.kind(), SearchKey.clean(d.title()), d.presenterDelegateId(),
                d.presenterDelegateId() != null ? null : SearchKey.clean(d.presenter()), SearchKey.clean(d.unitName()),
                d.plannedMinutes(), pointId, multiline(d.script()), multiline(d.notes()));
    }

    /** Validates one item; the messages are keyed by field, for the form and for import rows alike. */
    public static Map<String, String> problems(AgendaDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.kind() == null) {
            errors.put("kind", Texts.t("agenda.kindMissing"));
        }
        String title = SearchKey.clean(d.title());
        if (title == null) {
            errors.put("title", Texts.t("agenda.titleMissing"));
        }
        Lengths.check(errors, "title", title, MAX_TITLE, Texts.t("agenda.item.title"));
        if (d.plannedMinutes() == null) {
            errors.put("plannedMinutes", Texts.t("agenda.minutesMissing"));
        } else if (d.plannedMinutes() <= 0 || d.plannedMinutes() > MAX_MINUTES) {
            errors.put("plannedMinutes", Texts.t("agenda.minutesOutOfRange", String.valueOf(MAX_MINUTES)));
        }
        if (d.presenterDelegateId() == null) {
            Lengths.check(errors, "presenter", SearchKey.clean(d.presenter()), MAX_PRESENTER,
                    Texts.t("agenda.item.presenter"));
        }
        Lengths.check(errors, "unitName", SearchKey.clean(d.unitName()), MAX_UNIT, Texts.t("agenda.item.unitName"));
        Lengths.check(errors, "script", multiline(d.script()), MAX_SCRIPT, Texts.t("agenda.item.script"));
        Lengths.check(errors, "notes", multiline(d.notes()), MAX_NOTES, Texts.t("agenda.item.notes"));
        return errors;
    }

    /** Composed (NFC), trailing spaces and blank edges trimmed, but the lines kept. */
    static String multiline(String text) {
        return SearchKey.cleanLines(text);
    }
}
