package vn.hoinghi.delegate.repository;

import static vn.hoinghi.database.jooq.Tables.COMPOSITION_GROUP;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.delegate.CompositionGroup;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class GroupRepository {

    private final DSLContext dsl;

    GroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CompositionGroup> list(long conferenceId) {
        return dsl.select(COMPOSITION_GROUP.ID, COMPOSITION_GROUP.CONFERENCE_ID, COMPOSITION_GROUP.NAME,
                        COMPOSITION_GROUP.POSITION, COMPOSITION_GROUP.COLOUR)
                .from(COMPOSITION_GROUP).where(COMPOSITION_GROUP.CONFERENCE_ID.eq(conferenceId))
                .orderBy(COMPOSITION_GROUP.POSITION)
                .fetch(Records.mapping(CompositionGroup::new));
    }

    public Optional<CompositionGroup> findByName(long conferenceId, String name) {
        return list(conferenceId).stream().filter(g -> SearchKey.fold(g.name()).equals(SearchKey.fold(name))).findFirst();
    }

    public long insert(long conferenceId, String name) {
        Integer last = dsl.select(DSL.max(COMPOSITION_GROUP.POSITION)).from(COMPOSITION_GROUP)
                .where(COMPOSITION_GROUP.CONFERENCE_ID.eq(conferenceId)).fetchOne(0, Integer.class);
        return dsl.insertInto(COMPOSITION_GROUP)
                .set(COMPOSITION_GROUP.CONFERENCE_ID, conferenceId)
                .set(COMPOSITION_GROUP.NAME, name)
                .set(COMPOSITION_GROUP.POSITION, last == null ? 1 : last + 1)
                .set(COMPOSITION_GROUP.SEARCH_KEY, SearchKey.fold(name))
                .returningResult(COMPOSITION_GROUP.ID).fetchOne(COMPOSITION_GROUP.ID);
    }

    public void rename(long id, String name) {
        dsl.update(COMPOSITION_GROUP).set(COMPOSITION_GROUP.NAME, name)
                .set(COMPOSITION_GROUP.SEARCH_KEY, SearchKey.fold(name))
                .where(COMPOSITION_GROUP.ID.eq(id)).execute();
    }

    public void setPosition(long id, int position) {
        dsl.update(COMPOSITION_GROUP).set(COMPOSITION_GROUP.POSITION, position)
                .where(COMPOSITION_GROUP.ID.eq(id)).execute();
    }

    public void setColour(long id, String colour) {
        dsl.update(COMPOSITION_GROUP).set(COMPOSITION_GROUP.COLOUR, colour)
                .where(COMPOSITION_GROUP.ID.eq(id)).execute();
    }

    public boolean inUse(long id) {
        return dsl.fetchExists(DELEGATE, DELEGATE.GROUP_ID.eq(id));
    }

    public void delete(long id) {
        dsl.deleteFrom(COMPOSITION_GROUP).where(COMPOSITION_GROUP.ID.eq(id)).execute();
    }
}
