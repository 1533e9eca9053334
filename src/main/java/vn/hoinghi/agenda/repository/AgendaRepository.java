package vn.hoinghi.agenda.repository;

import static vn.hoinghi.database.jooq.Tables.AGENDA;
import static vn.hoinghi.database.jooq.Tables.AGENDA_ITEM;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;
import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaItem;
import vn.hoinghi.agenda.AgendaKind;
import vn.hoinghi.base.Times;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AgendaRepository {

    private static final Field<String> PRESENTER_NAME = DELEGATE.FULL_NAME.as("presenter_name");
    private static final Field<String> PRESENTER_TITLE = DELEGATE.TITLE.as("presenter_title");
    private static final Field<String> POINT_NAME = MEETING_POINT.NAME.as("point_name");

    private final DSLContext dsl;

    AgendaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The items in the order of the day, with their presenter delegate and point named. */
    public List<AgendaItem> items(long conferenceId) {
        return select().where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId))
                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.ID)
                .fetch(AgendaRepository::toItem);
    }

    public Optional<AgendaItem> get(long id) {
        return select().where(AGENDA_ITEM.ID.eq(id)).fetchOptional(AgendaRepository::toItem);
    }

    private SelectOnConditionStep<Record> select() {
        List<SelectField<?>> fields = new ArrayList<>(List.of(AGENDA_ITEM.fields()));
        fields.addAll(List.of(PRESENTER_NAME, PRESENTER_TITLE, POINT_NAME));
        return dsl.select(fields).from(AGENDA_ITEM)
                .leftJoin(DELEGATE).on(DELEGATE.ID.eq(AGENDA_ITEM.PRESENTER_DELEGATE_ID))
                .leftJoin(MEETING_POINT).on(MEETING_POINT.ID.eq(AGENDA_ITEM.POINT_ID));
    }

    /** The agenda's version; 0 before its first change. */
    public int version(long conferenceId) {
        return dsl.select(AGENDA.VERSION).from(AGENDA).where(AGENDA.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(AGENDA.VERSION).orElse(0);
    }

    /** Moves the agenda's version on if it is still {@code expected} (null: whatever it is); false on a conflict. */
    public boolean bump(long conferenceId, Integer expected, Instant at, String by) {
        dsl.insertInto(AGENDA).set(AGENDA.CONFERENCE_ID, conferenceId).set(AGENDA.VERSION, 0)
                .onDuplicateKeyIgnore().execute();
        var where = AGENDA.CONFERENCE_ID.eq(conferenceId);
        if (expected != null) {
            where = where.and(AGENDA.VERSION.eq(expected));
        }
        return dsl.update(AGENDA).set(AGENDA.VERSION, AGENDA.VERSION.plus(1))
                .set(AGENDA.CHANGED_AT, Times.toUtc(at)).set(AGENDA.CHANGED_BY, by)
                .where(where).execute() == 1;
    }

    /** Appends the items after the last one, in the given order; returns their ids. */
    public List<Long> append(long conferenceId, List<AgendaDraft> drafts, Instant at) {
        Integer last = dsl.select(org.jooq.impl.DSL.max(AGENDA_ITEM.POSITION)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId)).fetchOne(0, Integer.class);
        int position = last == null ? 0 : last;
        List<Long> ids = new ArrayList<>(drafts.size());
        for (AgendaDraft d : drafts) {
            ids.add(dsl.insertInto(AGENDA_ITEM)
                    .set(fields(d))
                    .set(AGENDA_ITEM.CONFERENCE_ID, conferenceId)
                    .set(AGENDA_ITEM.POSITION, ++position)
                    .set(AGENDA_ITEM.CREATED_AT, Times.toUtc(at))
                    .returningResult(AGENDA_ITEM.ID)
                    .fetchOne(AGENDA_ITEM.ID));
        }
        return ids;
    }

    public boolean update(long id, int version, AgendaDraft d) {
        return dsl.update(AGENDA_ITEM)
                .set(fields(d))
                .set(AGENDA_ITEM.VERSION, version + 1)
                .where(AGENDA_ITEM.ID.eq(id).and(AGENDA_ITEM.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Deletes the item if it is still at that version and closes the gap in the positions. */
    public boolean delete(long id, int version) {
        var item = dsl.select(AGENDA_ITEM.CONFERENCE_ID, AGENDA_ITEM.POSITION).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.ID.eq(id).and(AGENDA_ITEM.VERSION.eq(version))).fetchOne();
        if (item == null || dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id)
                .and(AGENDA_ITEM.VERSION.eq(version))).execute() != 1) {
            return false;
        }
        dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, AGENDA_ITEM.POSITION.minus(1))
                .where(AGENDA_ITEM.CONFERENCE_ID.eq(item.value1()).and(AGENDA_ITEM.POSITION.gt(item.value2())))
                .execute();
        return true;
    }

    public void deleteAll(long conferenceId) {
        dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId)).execute();
    }

    /** Puts the items in the given order (positions 1…n). The ids must be exactly the conference's items. */
    public void reorder(long conferenceId, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, i + 1)
                    .where(AGENDA_ITEM.ID.eq(ids.get(i)).and(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId)))
                    .execute();
        }
    }

    /** Whether the delegate belongs to the conference. */
    public boolean isDelegateOf(long conferenceId, long delegateId) {
        return dsl.fetchExists(DELEGATE, DELEGATE.ID.eq(delegateId).and(DELEGATE.CONFERENCE_ID.eq(conferenceId)));
    }

    private static Map<Field<?>, Object> fields(AgendaDraft d) {
        Map<Field<?>, Object> map = new LinkedHashMap<>();
        map.put(AGENDA_ITEM.KIND, d.kind().name());
        map.put(AGENDA_ITEM.TITLE, d.title());
        map.put(AGENDA_ITEM.PRESENTER_DELEGATE_ID, d.presenterDelegateId());
        map.put(AGENDA_ITEM.PRESENTER, d.presenter());
        map.put(AGENDA_ITEM.UNIT_NAME, d.unitName());
        map.put(AGENDA_ITEM.PLANNED_MINUTES, d.plannedMinutes());
        map.put(AGENDA_ITEM.POINT_ID, d.pointId());
        map.put(AGENDA_ITEM.SCRIPT, d.script());
        map.put(AGENDA_ITEM.NOTES, d.notes());
        return map;
    }

    private static AgendaItem toItem(Record r) {
        Long delegate = r.get(AGENDA_ITEM.PRESENTER_DELEGATE_ID);
        return new AgendaItem(r.get(AGENDA_ITEM.ID), r.get(AGENDA_ITEM.CONFERENCE_ID), r.get(AGENDA_ITEM.POSITION),
                AgendaKind.valueOf(r.get(AGENDA_ITEM.KIND)), r.get(AGENDA_ITEM.TITLE), delegate,
                delegate == null ? r.get(AGENDA_ITEM.PRESENTER) : r.get(PRESENTER_NAME),
                delegate == null ? null : r.get(PRESENTER_TITLE), r.get(AGENDA_ITEM.UNIT_NAME),
                r.get(AGENDA_ITEM.PLANNED_MINUTES), r.get(AGENDA_ITEM.POINT_ID), r.get(POINT_NAME),
                r.get(AGENDA_ITEM.SCRIPT), r.get(AGENDA_ITEM.NOTES), r.get(AGENDA_ITEM.VERSION));
    }
}
