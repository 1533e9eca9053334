package vn.hoinghi.followup.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.FOLLOW_UP_TASK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.followup.FollowUpTask;
import vn.hoinghi.followup.TaskDraft;
import vn.hoinghi.followup.TaskOrigin;
import vn.hoinghi.followup.TaskStatus;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class TaskRepository {

    /** The lead unit's name is the unit feature's: {@code FollowUpService} puts it on the task. */
    private static final Field<String> LEAD_UNIT_NAME = DSL.inline(null, String.class);
    private static final SelectField<FollowUpTask> TASK = row(FOLLOW_UP_TASK.ID, FOLLOW_UP_TASK.CONFERENCE_ID,
            FOLLOW_UP_TASK.ORIGIN, FOLLOW_UP_TASK.POSITION, FOLLOW_UP_TASK.CONTENT, FOLLOW_UP_TASK.LEAD_UNIT_ID,
            LEAD_UNIT_NAME, FOLLOW_UP_TASK.COOPERATING, FOLLOW_UP_TASK.DEADLINE, FOLLOW_UP_TASK.STATUS,
            FOLLOW_UP_TASK.DONE_ON, FOLLOW_UP_TASK.RESULT_NOTE, FOLLOW_UP_TASK.VERSION).mapping(FollowUpTask::new);

    private final DSLContext dsl;

    TaskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The conference's tasks: the plan's, then the conclusion's, each in its order. */
    public List<FollowUpTask> tasks(long conferenceId) {
        return select(FOLLOW_UP_TASK.CONFERENCE_ID.eq(conferenceId))
                .orderBy(FOLLOW_UP_TASK.ORIGIN.desc(), FOLLOW_UP_TASK.POSITION, FOLLOW_UP_TASK.ID) // PLAN before CONCLUSION
                .fetch(Record1::value1);
    }

    public Optional<FollowUpTask> get(long id) {
        return select(FOLLOW_UP_TASK.ID.eq(id)).fetchOptional(Record1::value1);
    }

    private SelectConditionStep<Record1<FollowUpTask>> select(Condition where) {
        return dsl.select(TASK).from(FOLLOW_UP_TASK).where(where);
    }

    /** The ids of one origin's tasks in order, locked until the transaction ends: for renumbering. */
    public List<Long> lockOrder(long conferenceId, TaskOrigin origin) {
        return dsl.select(FOLLOW_UP_TASK.ID).from(FOLLOW_UP_TASK)
                .where(FOLLOW_UP_TASK.CONFERENCE_ID.eq(conferenceId).and(FOLLOW_UP_TASK.ORIGIN.eq(origin)))
                .orderBy(FOLLOW_UP_TASK.POSITION, FOLLOW_UP_TASK.ID).forUpdate().fetch(FOLLOW_UP_TASK.ID);
    }

    /** Adds the task after the last one of its origin. */
    public long insert(long conferenceId, TaskDraft d, Instant at, String by) {
        int last = lockOrder(conferenceId, d.origin()).size();
        return dsl.insertInto(FOLLOW_UP_TASK).set(fields(d, at, by))
                .set(FOLLOW_UP_TASK.CONFERENCE_ID, conferenceId)
                .set(FOLLOW_UP_TASK.ORIGIN, d.origin())
                .set(FOLLOW_UP_TASK.POSITION, last + 1)
                .set(FOLLOW_UP_TASK.CREATED_AT, at)
                .returningResult(FOLLOW_UP_TASK.ID).fetchOne(FOLLOW_UP_TASK.ID);
    }

    /** Saves the fields (not the origin) if the task is still at that version. */
    public boolean update(long id, int version, TaskDraft d, Instant at, String by) {
        return dsl.update(FOLLOW_UP_TASK).set(fields(d, at, by)).set(FOLLOW_UP_TASK.VERSION, version + 1)
                .where(FOLLOW_UP_TASK.ID.eq(id).and(FOLLOW_UP_TASK.VERSION.eq(version))).execute() == 1;
    }

    public boolean setStatus(long id, int version, TaskStatus status, LocalDate doneOn, Instant at, String by) {
        return dsl.update(FOLLOW_UP_TASK).set(FOLLOW_UP_TASK.STATUS, status).set(FOLLOW_UP_TASK.DONE_ON, doneOn)
                .set(FOLLOW_UP_TASK.VERSION, version + 1)
                .set(FOLLOW_UP_TASK.CHANGED_AT, at).set(FOLLOW_UP_TASK.CHANGED_BY, by)
                .where(FOLLOW_UP_TASK.ID.eq(id).and(FOLLOW_UP_TASK.VERSION.eq(version))).execute() == 1;
    }

    /** Deletes the task if it is still at that version. */
    public boolean delete(long id, int version) {
        return dsl.deleteFrom(FOLLOW_UP_TASK)
                .where(FOLLOW_UP_TASK.ID.eq(id).and(FOLLOW_UP_TASK.VERSION.eq(version))).execute() == 1;
    }

    /** Numbers the tasks 1…n in the given order; the task {@code moved} (if any) gets a new version. */
    public void renumber(List<Long> ids, Long moved) {
        for (int i = 0; i < ids.size(); i++) {
            var update = dsl.update(FOLLOW_UP_TASK).set(FOLLOW_UP_TASK.POSITION, i + 1);
            if (ids.get(i).equals(moved)) {
                update = update.set(FOLLOW_UP_TASK.VERSION, FOLLOW_UP_TASK.VERSION.plus(1));
            }
            update.where(FOLLOW_UP_TASK.ID.eq(ids.get(i))).execute();
        }
    }

    private static Map<Field<?>, Object> fields(TaskDraft d, Instant at, String by) {
        Map<Field<?>, Object> map = new LinkedHashMap<>();
        map.put(FOLLOW_UP_TASK.CONTENT, d.content());
        map.put(FOLLOW_UP_TASK.LEAD_UNIT_ID, d.leadUnitId());
        map.put(FOLLOW_UP_TASK.COOPERATING, d.cooperating());
        map.put(FOLLOW_UP_TASK.DEADLINE, d.deadline());
        map.put(FOLLOW_UP_TASK.STATUS, d.status());
        map.put(FOLLOW_UP_TASK.DONE_ON, d.doneOn());
        map.put(FOLLOW_UP_TASK.RESULT_NOTE, d.resultNote());
        map.put(FOLLOW_UP_TASK.CHANGED_AT, at);
        map.put(FOLLOW_UP_TASK.CHANGED_BY, by);
        return map;
    }
}
