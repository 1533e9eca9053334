package vn.hoinghi.delegate.repository;

import static vn.hoinghi.database.jooq.Tables.COMPOSITION_GROUP;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateValues;
import vn.hoinghi.delegate.InvitationStatus;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DelegateRepository {

    /** The longest substitute's name and title the schema holds (in characters). */
    public static final int SUBSTITUTE_NAME_LENGTH = DELEGATE.SUBSTITUTE_NAME.getDataType().length();
    public static final int SUBSTITUTE_TITLE_LENGTH = DELEGATE.SUBSTITUTE_TITLE.getDataType().length();

    private final DSLContext dsl;

    DelegateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The list order: composition group, then the leaders by protocol rank, then by name. */
    private static final List<SortField<?>> LIST_ORDER = List.of(
            DSL.coalesce(COMPOSITION_GROUP.POSITION, Integer.MAX_VALUE).asc(),
            DSL.coalesce(DELEGATE.PROTOCOL_RANK, Integer.MAX_VALUE).asc(),
            DELEGATE.NAME_KEY.asc(), DELEGATE.ID.asc());

    public List<Delegate> page(long conferenceId, DelegateFilter filter, int offset, int limit) {
        return select().where(condition(conferenceId, filter)).orderBy(LIST_ORDER)
                .offset(offset).limit(limit).fetchInto(Delegate.class);
    }

    public List<Delegate> all(long conferenceId, DelegateFilter filter) {
        return select().where(condition(conferenceId, filter)).orderBy(LIST_ORDER).fetchInto(Delegate.class);
    }

    /** The delegates with a protocol rank (the leaders the MC introduces) still on the list, in rank order. */
    public List<Delegate> leaders(long conferenceId) {
        return select().where(DELEGATE.CONFERENCE_ID.eq(conferenceId).and(DELEGATE.WITHDRAWN_AT.isNull())
                        .and(DELEGATE.PROTOCOL_RANK.isNotNull()))
                .orderBy(DELEGATE.PROTOCOL_RANK, DELEGATE.NAME_KEY, DELEGATE.ID).fetchInto(Delegate.class);
    }

    public int count(long conferenceId, DelegateFilter filter) {
        return dsl.selectCount().from(DELEGATE).where(condition(conferenceId, filter)).fetchOne(0, int.class);
    }

    public Optional<Delegate> get(long id) {
        return select().where(DELEGATE.ID.eq(id)).fetchOptionalInto(Delegate.class);
    }

    /** These delegates, read as {@link #get} reads one: a scanner's group of codes in one query. */
    public List<Delegate> getAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : select().where(DELEGATE.ID.in(ids)).fetchInto(Delegate.class);
    }

    /** Every delegate of the conference, withdrawn ones too: what an import matches against. */
    public List<Delegate> everyone(long conferenceId) {
        return select().where(DELEGATE.CONFERENCE_ID.eq(conferenceId)).fetchInto(Delegate.class);
    }

    public long insert(long conferenceId, DelegateValues v) {
        return dsl.insertInto(DELEGATE).set(fields(conferenceId, v))
                .returningResult(DELEGATE.ID).fetchOne(DELEGATE.ID);
    }

    /** Many rows in few statements: an import of thousands of rows commits in a second or two. */
    public void insertAll(long conferenceId, List<DelegateValues> values) {
        for (int from = 0; from < values.size(); from += 500) {
            List<DelegateValues> chunk = values.subList(from, Math.min(values.size(), from + 500));
            var insert = dsl.insertInto(DELEGATE, fields(conferenceId, chunk.getFirst()).keySet());
            for (DelegateValues v : chunk) {
                insert = insert.values(fields(conferenceId, v).values());
            }
            insert.execute();
        }
    }

    public boolean update(long id, int version, DelegateValues v) {
        return dsl.update(DELEGATE).set(valueFields(v))
                .set(DELEGATE.VERSION, version + 1)
                .where(DELEGATE.ID.eq(id).and(DELEGATE.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean withdraw(long id, int version, String by, Instant at) {
        return dsl.update(DELEGATE)
                .set(DELEGATE.WITHDRAWN_AT, at)
                .set(DELEGATE.WITHDRAWN_BY, by)
                .setNull(DELEGATE.SEAT_ROW).setNull(DELEGATE.SEAT_NUMBER)
                .set(DELEGATE.VERSION, version + 1)
                .where(DELEGATE.ID.eq(id).and(DELEGATE.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean restore(long id, int version) {
        return dsl.update(DELEGATE)
                .setNull(DELEGATE.WITHDRAWN_AT).setNull(DELEGATE.WITHDRAWN_BY)
                .set(DELEGATE.VERSION, version + 1)
                .where(DELEGATE.ID.eq(id).and(DELEGATE.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean setSubstitute(long id, int version, String name, String title, String phone,
                                 InvitationStatus status) {
        return dsl.update(DELEGATE)
                .set(DELEGATE.SUBSTITUTE_NAME, name)
                .set(DELEGATE.SUBSTITUTE_TITLE, title)
                .set(DELEGATE.SUBSTITUTE_PHONE, phone)
                .set(DELEGATE.INVITATION_STATUS, status)
                .set(DELEGATE.VERSION, version + 1)
                .where(DELEGATE.ID.eq(id).and(DELEGATE.VERSION.eq(version)))
                .execute() == 1;
    }

    public void recordAnswer(long id, InvitationStatus status, String substituteName, String substituteTitle,
                             String substitutePhone, Instant at) {
        dsl.update(DELEGATE)
                .set(DELEGATE.INVITATION_STATUS, status)
                .set(DELEGATE.SUBSTITUTE_NAME, substituteName)
                .set(DELEGATE.SUBSTITUTE_TITLE, substituteTitle)
                .set(DELEGATE.SUBSTITUTE_PHONE, substitutePhone)
                .set(DELEGATE.RESPONDED_AT, at)
                .set(DELEGATE.VERSION, DELEGATE.VERSION.plus(1))
                .where(DELEGATE.ID.eq(id))
                .execute();
    }

    public void setStatus(Collection<Long> ids, InvitationStatus status, Instant respondedAt) {
        dsl.update(DELEGATE)
                .set(DELEGATE.INVITATION_STATUS, status)
                .set(DELEGATE.RESPONDED_AT, respondedAt)
                .set(DELEGATE.VERSION, DELEGATE.VERSION.plus(1))
                .where(DELEGATE.ID.in(ids))
                .execute();
    }

    /** Only invitations not yet answered become "sent"; a confirmation is not undone by sending again. */
    public void markSent(Collection<Long> ids) {
        dsl.update(DELEGATE)
                .set(DELEGATE.INVITATION_STATUS, InvitationStatus.SENT)
                .set(DELEGATE.VERSION, DELEGATE.VERSION.plus(1))
                .where(DELEGATE.ID.in(ids).and(DELEGATE.INVITATION_STATUS.eq(InvitationStatus.NOT_SENT)))
                .execute();
    }

    public void reissueCode(long id) {
        dsl.update(DELEGATE).set(DELEGATE.QR_SERIAL, DELEGATE.QR_SERIAL.plus(1))
                .set(DELEGATE.VERSION, DELEGATE.VERSION.plus(1))
                .where(DELEGATE.ID.eq(id)).execute();
    }

    public void setSeat(long id, String row, Integer number) {
        dsl.update(DELEGATE).set(DELEGATE.SEAT_ROW, row).set(DELEGATE.SEAT_NUMBER, number)
                .set(DELEGATE.VERSION, DELEGATE.VERSION.plus(1))
                .where(DELEGATE.ID.eq(id)).execute();
    }

    public void clearSeats(long conferenceId) {
        dsl.update(DELEGATE).setNull(DELEGATE.SEAT_ROW).setNull(DELEGATE.SEAT_NUMBER)
                .where(DELEGATE.CONFERENCE_ID.eq(conferenceId)).execute();
    }

    private SelectOnConditionStep<Record> select() {
        return DelegateRows.select(dsl);
    }

    private static Condition condition(long conferenceId, DelegateFilter f) {
        Condition c = DELEGATE.CONFERENCE_ID.eq(conferenceId)
                .and(f.withdrawn() ? DELEGATE.WITHDRAWN_AT.isNotNull() : DELEGATE.WITHDRAWN_AT.isNull());
        if (f.search() != null && !f.search().isBlank()) {
            for (String word : SearchKey.fold(f.search()).split(" ")) {
                c = c.and(DELEGATE.SEARCH_KEY.contains(word));
            }
        }
        if (f.groupId() != null) {
            c = c.and(f.groupId() == 0 ? DELEGATE.GROUP_ID.isNull() : DELEGATE.GROUP_ID.eq(f.groupId()));
        }
        if (f.pointId() != null) {
            c = c.and(DELEGATE.POINT_ID.eq(f.pointId()));
        }
        if (f.unitId() != null) {
            c = c.and(DELEGATE.UNIT_ID.eq(f.unitId()));
        }
        if (f.status() != null) {
            c = c.and(DELEGATE.INVITATION_STATUS.eq(f.status()));
        }
        if (f.checkedIn() != null) {
            c = c.and(f.checkedIn() ? DELEGATE.CHECKED_IN_AT.isNotNull() : DELEGATE.CHECKED_IN_AT.isNull());
        }
        return c;
    }

    private static Map<Field<?>, Object> fields(long conferenceId, DelegateValues v) {
        var map = valueFields(v);
        map.put(DELEGATE.CONFERENCE_ID, conferenceId);
        map.put(DELEGATE.CREATED_AT, Instant.now());
        return map;
    }

    private static Map<Field<?>, Object> valueFields(DelegateValues v) {
        var map = new LinkedHashMap<Field<?>, Object>();
        map.put(DELEGATE.FULL_NAME, v.fullName());
        map.put(DELEGATE.GENDER, v.gender());
        map.put(DELEGATE.TITLE, v.title());
        map.put(DELEGATE.UNIT_ID, v.unitId());
        map.put(DELEGATE.GROUP_ID, v.groupId());
        map.put(DELEGATE.POINT_ID, v.pointId());
        map.put(DELEGATE.PROTOCOL_RANK, v.protocolRank());
        map.put(DELEGATE.PHONE, v.phone());
        map.put(DELEGATE.EMAIL, v.email());
        map.put(DELEGATE.NOTES, v.notes());
        map.put(DELEGATE.NAME_KEY, v.nameKey());
        map.put(DELEGATE.SEARCH_KEY, v.searchKey());
        return map;
    }
}
