package vn.hoinghi.point.repository;

import static vn.hoinghi.database.jooq.Tables.MEETING_POINT;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.PointKind;
import vn.hoinghi.point.repository.PointRepository.PointAndState;

/** The points page's reads (a filtered page of points, its count) and the changes it makes to many points at once. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PointListRepository {

    private static final List<SortField<?>> ORDER = List.of(MEETING_POINT.IS_HALL.desc(), MEETING_POINT.POSITION.asc(),
            MEETING_POINT.ID.asc());

    private final DSLContext dsl;

    PointListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A filter as SQL takes it; a null part lets every point through. {@code ids}: only these points (the points of a
     * kind, which is read from the names when not stored). {@code search}: a diacritic-blind search.
     */
    public record Where(String cluster, boolean withoutCluster, ConnectionStatus status, Boolean withdrawn,
                        Collection<Long> ids, Search search) {
    }

    /**
     * A search: the folded text (and the same as a point name key) within the name's key, the digits within the
     * technician's phone, or one of these points (whose host unit's or technician's folded name matched).
     */
    public record Search(String folded, String nameKey, String digits, Collection<Long> alsoMatching) {
    }

    public List<PointAndState> page(long conferenceId, Where where, int offset, int limit) {
        return dsl.select(PointRepository.POINT, PointRepository.STATE).from(MEETING_POINT)
                .where(condition(conferenceId, where)).orderBy(ORDER).limit(limit).offset(offset)
                .fetch(Records.mapping(PointAndState::new));
    }

    public int count(long conferenceId, Where where) {
        return dsl.fetchCount(MEETING_POINT, condition(conferenceId, where));
    }

    public List<Long> ids(long conferenceId, Where where) {
        return dsl.select(MEETING_POINT.ID).from(MEETING_POINT).where(condition(conferenceId, where))
                .fetch(MEETING_POINT.ID);
    }

    /** What a point's kind is read from when it is not stored. */
    public record KindFacts(long id, boolean hall, String name, PointKind kind, Long hostUnitId) {
    }

    public List<KindFacts> kindFacts(long conferenceId) {
        return dsl.select(MEETING_POINT.ID, MEETING_POINT.IS_HALL, MEETING_POINT.NAME, MEETING_POINT.KIND,
                        MEETING_POINT.HOST_UNIT_ID).from(MEETING_POINT)
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId)).fetch(Records.mapping(KindFacts::new));
    }

    /** What a search reads besides the folded columns: each point's host unit and technician. */
    public record SearchFacts(long id, Long hostUnitId, String technician) {
    }

    public List<SearchFacts> searchFacts(long conferenceId) {
        return dsl.select(MEETING_POINT.ID, MEETING_POINT.HOST_UNIT_ID, MEETING_POINT.TECHNICIAN).from(MEETING_POINT)
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId)).fetch(Records.mapping(SearchFacts::new));
    }

    /** The clusters the conference's points are in, by name. */
    public List<String> clusters(long conferenceId) {
        return dsl.selectDistinct(MEETING_POINT.CLUSTER).from(MEETING_POINT)
                .where(MEETING_POINT.CONFERENCE_ID.eq(conferenceId).and(MEETING_POINT.CLUSTER.isNotNull()))
                .orderBy(MEETING_POINT.CLUSTER).fetch(MEETING_POINT.CLUSTER);
    }

    /** Each of these points' conference; an id of no point is left out. */
    public Map<Long, Long> conferencesOf(Collection<Long> ids) {
        return dsl.select(MEETING_POINT.ID, MEETING_POINT.CONFERENCE_ID).from(MEETING_POINT)
                .where(MEETING_POINT.ID.in(ids)).fetchMap(MEETING_POINT.ID, MEETING_POINT.CONFERENCE_ID);
    }

    public int setCluster(Collection<Long> ids, String cluster) {
        return dsl.update(MEETING_POINT).set(MEETING_POINT.CLUSTER, cluster)
                .set(MEETING_POINT.VERSION, MEETING_POINT.VERSION.plus(1))
                .where(MEETING_POINT.ID.in(ids)).execute();
    }

    /** Withdraws those of these points that join (the hall never); returns how many. */
    public int withdraw(Collection<Long> ids, Instant at, String by) {
        return dsl.update(MEETING_POINT).set(MEETING_POINT.WITHDRAWN_AT, at).set(MEETING_POINT.WITHDRAWN_BY, by)
                .set(MEETING_POINT.VERSION, MEETING_POINT.VERSION.plus(1))
                .where(MEETING_POINT.ID.in(ids).and(MEETING_POINT.IS_HALL.isFalse())
                        .and(MEETING_POINT.WITHDRAWN_AT.isNull())).execute();
    }

    /** Brings back those of these points that were withdrawn; returns how many. */
    public int restore(Collection<Long> ids) {
        return dsl.update(MEETING_POINT).setNull(MEETING_POINT.WITHDRAWN_AT).setNull(MEETING_POINT.WITHDRAWN_BY)
                .set(MEETING_POINT.VERSION, MEETING_POINT.VERSION.plus(1))
                .where(MEETING_POINT.ID.in(ids).and(MEETING_POINT.WITHDRAWN_AT.isNotNull())).execute();
    }

    public int delete(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : dsl.deleteFrom(MEETING_POINT)
                .where(MEETING_POINT.ID.in(ids).and(MEETING_POINT.IS_HALL.isFalse())).execute();
    }

    private static Condition condition(long conferenceId, Where w) {
        Condition c = MEETING_POINT.CONFERENCE_ID.eq(conferenceId);
        if (w.withoutCluster()) {
            c = c.and(MEETING_POINT.CLUSTER.isNull());
        } else if (w.cluster() != null) {
            c = c.and(MEETING_POINT.CLUSTER.eq(w.cluster()));
        }
        if (w.status() != null) {
            c = c.and(MEETING_POINT.CONNECTION_STATUS.eq(w.status()));
        }
        if (w.withdrawn() != null) {
            c = c.and(w.withdrawn() ? MEETING_POINT.WITHDRAWN_AT.isNotNull() : MEETING_POINT.WITHDRAWN_AT.isNull());
        }
        if (w.ids() != null) {
            c = c.and(MEETING_POINT.ID.in(w.ids()));
        }
        return w.search() == null ? c : c.and(matches(w.search()));
    }

    private static Condition matches(Search s) {
        Condition any = MEETING_POINT.SEARCH_KEY.contains(s.folded()).or(MEETING_POINT.SEARCH_KEY.contains(s.nameKey()))
                .or(MEETING_POINT.ID.in(s.alsoMatching()));
        return s.digits().isEmpty() ? any : any.or(MEETING_POINT.TECHNICIAN_PHONE.contains(s.digits()));
    }
}
