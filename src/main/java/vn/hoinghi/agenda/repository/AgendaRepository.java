package vn.hoinghi.agenda.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.AGENDA;
import static vn.hoinghi.database.jooq.Tables.AGENDA_ITEM;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.agenda.AgendaDraft;
import vn.hoinghi.agenda.AgendaItem;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AgendaRepository {

    /**
     * The presenter is the free text here; a presenter delegate's name and title and the point's name are the delegate
     * and point features': {@code AgendaReader} puts them on the item.
     */
    private static final Field<String> NAMED_LATER = DSL.inline(null, String.class);
    private static final SelectField<AgendaItem> ITEM = row(AGENDA_ITEM.ID, AGENDA_ITEM.CONFERENCE_ID,
            AGENDA_ITEM.POSITION, AGENDA_ITEM.KIND, AGENDA_ITEM.TITLE, AGENDA_ITEM.PRESENTER_DELEGATE_ID,
            AGENDA_ITEM.PRESENTER, NAMED_LATER, AGENDA_ITEM.UNIT_NAME, AGENDA_ITEM.PLANNED_MINUTES,
            AGENDA_ITEM.POINT_ID, NAMED_LATER, AGENDA_ITEM.SCRIPT, AGENDA_ITEM.NOTES, AGENDA_ITEM.VERSION)
            .mapping(AgendaItem::new);

    private final DSLContext dsl;

    AgendaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The items in the order of the day. */
    public List<AgendaItem> items(long conferenceId) {
        return select().where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId))
                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.ID)
                .fetch(Record1::value1);
    }

    public Optional<AgendaItem> get(long id) {
        return select().where(AGENDA_ITEM.ID.eq(id)).fetchOptional(Record1::value1);
    }

    private SelectJoinStep<Record1<AgendaItem>> select() {
        return dsl.select(ITEM).from(AGENDA_ITEM);
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
                .set(AGENDA.CHANGED_AT, at).set(AGENDA.CHANGED_BY, by)
                .where(where).execute() == 1;
    }

    /** Appends the items after the last one, in the given order; returns their ids. */
    public List<Long> append(long conferenceId, List<AgendaDraft> drafts, Instant at) {
        Integer last = dsl.select(DSL.max(AGENDA_ITEM.POSITION)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.CONFERENCE_ID.eq(conferenceId)).fetchOne(0, Integer.class);
        int position = last == null ? 0 : last;
        List<Long> ids = new ArrayList<>(drafts.size());
        for (AgendaDraft d : drafts) {
            ids.add(dsl.insertInto(AGENDA_ITEM)
                    .set(fields(d))
                    .set(AGENDA_ITEM.CONFERENCE_ID, conferenceId)
                    .set(AGENDA_ITEM.POSITION, ++position)
                    .set(AGENDA_ITEM.CREATED_AT, at)
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

    private static Map<Field<?>, Object> fields(AgendaDraft d) {
        Map<Field<?>, Object> map = new LinkedHashMap<>();
        map.put(AGENDA_ITEM.KIND, d.kind());
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
}
