package vn.hoinghi.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.followup.repository.TaskRepository;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.AuditLog;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.unit.UnitService;

/**
 * The tasks of a conference: given to units by the plan (before) and by the conclusion notice (after), each with
 * a lead unit, a deadline and a status, followed up by the committee. Overdue is judged on the app's clock in
 * Vietnam's time zone. Each task has a version, so two people editing it at once get a conflict message.
 */
@Service
@Transactional
public class FollowUpService {

    private static final String CONFLICT = "followup.task.conflict";

    private final TaskRepository tasks;
    private final ConferenceService conferences;
    private final UnitService units;
    private final AuditLog auditLog;
    private final Clock clock;

    FollowUpService(TaskRepository tasks, ConferenceService conferences, UnitService units, AuditLog auditLog,
                    Clock clock) {
        this.tasks = tasks;
        this.conferences = conferences;
        this.units = units;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Today in Vietnam, by the app's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Times.VIETNAM));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public TaskBoard board(long conferenceId) {
        List<FollowUpTask> list = tasks.tasks(conferenceId);
        Map<Long, String> leads = units.names(list.stream().map(FollowUpTask::leadUnitId).toList());
        return new TaskBoard(conferenceId, today(), list.stream()
                .map(t -> t.withLeadUnitName(leads.get(t.leadUnitId()))).toList());
    }

    /** The tasks past their deadline and not done. */
    @Transactional(readOnly = true)
    @PreAuthorize(AppRoles.COMMITTEE)
    public List<FollowUpTask> overdue(long conferenceId) {
        return board(conferenceId).overdue();
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public long create(long conferenceId, TaskDraft draft) {
        conferences.get(conferenceId).orElseThrow(() -> new IllegalArgumentException(Texts.t("followup.noConference")));
        TaskDraft d = validate(conferenceId, draft);
        long id = tasks.insert(conferenceId, d, clock.instant(), CurrentUser.usernameOrSystem());
        auditLog.record("task.create", "follow_up_task", id, d.content());
        return id;
    }

    /** Saves the task's fields; its origin stays what it was. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void update(long id, int version, TaskDraft draft) {
        FollowUpTask task = existing(id);
        TaskDraft d = validate(task.conferenceId(), new TaskDraft(task.origin(), draft.content(), draft.leadUnitId(), draft.cooperating(),
                draft.deadline(), draft.status(), draft.doneOn(), draft.resultNote()));
        if (!tasks.update(id, version, d, clock.instant(), CurrentUser.usernameOrSystem())) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("task.update", "follow_up_task", id, d.content());
    }

    /** The quick change from the list: done today, or back to not started / in progress (the done date cleared). */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void setStatus(long id, int version, TaskStatus status) {
        existing(id);
        LocalDate doneOn = status == TaskStatus.DONE ? today() : null;
        if (!tasks.setStatus(id, version, status, doneOn, clock.instant(), CurrentUser.usernameOrSystem())) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        auditLog.record("task.status", "follow_up_task", id, status.name());
    }

    @PreAuthorize(AppRoles.COMMITTEE)
    public void delete(long id, int version) {
        FollowUpTask task = existing(id);
        List<Long> order = new ArrayList<>(tasks.lockOrder(task.conferenceId(), task.origin()));
        if (!tasks.delete(id, version)) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        order.remove(Long.valueOf(id));
        tasks.renumber(order, null);
        auditLog.record("task.delete", "follow_up_task", id, task.content());
    }

    /** Moves a task up (-1) or down (+1) within its origin; the others are renumbered. */
    @PreAuthorize(AppRoles.COMMITTEE)
    public void move(long id, int version, int steps) {
        FollowUpTask task = existing(id);
        List<Long> order = new ArrayList<>(tasks.lockOrder(task.conferenceId(), task.origin()));
        if (tasks.get(id).filter(t -> t.version() == version).isEmpty()) {
            throw new VersionConflictException(Texts.t(CONFLICT));
        }
        int from = order.indexOf(id);
        order.add(Math.clamp(from + steps, 0, order.size() - 1), order.remove(from));
        tasks.renumber(order, id);
        auditLog.record("task.move", "follow_up_task", id, Integer.toString(order.indexOf(id) + 1));
    }

    private FollowUpTask existing(long id) {
        return tasks.get(id).orElseThrow(() -> new VersionConflictException(Texts.t(CONFLICT)));
    }

    /** Checks the draft and returns it cleaned; the messages name the field. */
    private TaskDraft validate(long conferenceId, TaskDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.origin() == null) {
            errors.put("origin", Texts.t("followup.task.originMissing"));
        }
        String content = SearchKey.clean(d.content());
        if (content == null) {
            errors.put("content", Texts.t("followup.task.contentMissing"));
        } else if (content.length() > 2000) {
            errors.put("content", Texts.t("followup.task.contentTooLong"));
        }
        if (d.leadUnitId() == null) {
            errors.put("leadUnitId", Texts.t("followup.task.leadMissing"));
        } else {
            units.refusal(conferenceId, d.leadUnitId()).ifPresent(refusal -> errors.put("leadUnitId", refusal));
        }
        String cooperating = SearchKey.clean(d.cooperating());
        if (cooperating != null && cooperating.length() > 1000) {
            errors.put("cooperating", Texts.t("followup.task.cooperatingTooLong"));
        }
        TaskStatus status = d.status() == null ? TaskStatus.NOT_STARTED : d.status();
        LocalDate doneOn = status != TaskStatus.DONE ? null : d.doneOn() == null ? today() : d.doneOn();
        if (doneOn != null && doneOn.isAfter(today())) {
            errors.put("doneOn", Texts.t("followup.task.doneInFuture", Times.DATE.format(today())));
        }
        String note = SearchKey.cleanLines(d.resultNote());
        if (note != null && note.length() > 1000) {
            errors.put("resultNote", Texts.t("followup.task.resultTooLong"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TaskDraft(d.origin(), content, d.leadUnitId(), cooperating, d.deadline(), status, doneOn, note);
    }
}
