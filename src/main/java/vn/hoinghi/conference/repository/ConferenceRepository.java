package vn.hoinghi.conference.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.CONFERENCE;
import static vn.hoinghi.database.jooq.Tables.SELECTED_CONFERENCE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.SearchKey;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceDraft;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ConferenceRepository {

    private static final SelectField<Conference> CONFERENCE_ROW = row(CONFERENCE.ID, CONFERENCE.TITLE,
            CONFERENCE.ORGANIZER, CONFERENCE.PLAN_NUMBER, CONFERENCE.PROVINCE, CONFERENCE.VENUE, CONFERENCE.FORMAT,
            CONFERENCE.FORMAT_NOTE, CONFERENCE.STARTS_AT, CONFERENCE.ENDS_AT, CONFERENCE.EXPECTED_HALL_DELEGATES,
            CONFERENCE.SIGNER_BLOCK, CONFERENCE.SIGNER_NAME, CONFERENCE.SUBMISSION_DEADLINE, CONFERENCE.SUBMISSION_EMAIL,
            CONFERENCE.POINT_SILENCE_MINUTES, CONFERENCE.VERSION).mapping(Conference::new);

    private final DSLContext dsl;
    ConferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Conference> findAll() {
        return find(DSL.noCondition());
    }

    public Optional<Conference> findById(long id) {
        return find(CONFERENCE.ID.eq(id)).stream().findFirst();
    }

    public Optional<Conference> findByTitleAndStart(String title, Instant startsAt) {
        return find(CONFERENCE.SEARCH_KEY.eq(SearchKey.fold(title)).and(CONFERENCE.STARTS_AT.eq(startsAt)))
                .stream().findFirst();
    }

    private List<Conference> find(Condition where) {
        return dsl.select(CONFERENCE_ROW).from(CONFERENCE).where(where).orderBy(CONFERENCE.STARTS_AT.desc())
                .fetch(Record1::value1);
    }

    public long insert(ConferenceDraft d) {
        return dsl.insertInto(CONFERENCE)
                .set(columns(d))
                .set(CONFERENCE.CREATED_AT, Instant.now())
                .returningResult(CONFERENCE.ID)
                .fetchOne(CONFERENCE.ID);
    }

    public boolean update(long id, int version, ConferenceDraft d) {
        return dsl.update(CONFERENCE)
                .set(columns(d))
                .set(CONFERENCE.VERSION, version + 1)
                .where(CONFERENCE.ID.eq(id).and(CONFERENCE.VERSION.eq(version)))
                .execute() == 1;
    }

    public Optional<Long> selectedBy(String username) {
        return dsl.select(SELECTED_CONFERENCE.CONFERENCE_ID).from(SELECTED_CONFERENCE)
                .where(SELECTED_CONFERENCE.USERNAME.eq(username))
                .fetchOptional(SELECTED_CONFERENCE.CONFERENCE_ID);
    }

    public void saveSelection(String username, long conferenceId) {
        // One upsert, written out: jOOQ's MySQL upsert uses a row alias that MariaDB does not know. Not a delete and
        // an insert: deleting a missing row locks the gap around it, and two people opening their first page at
        // once (the point desks in the morning) then deadlock on their inserts.
        dsl.execute("insert into {0} ({1}, {2}) values ({3}, {4}) on duplicate key update {2} = {4}", SELECTED_CONFERENCE,
                SELECTED_CONFERENCE.USERNAME.getUnqualifiedName(), SELECTED_CONFERENCE.CONFERENCE_ID.getUnqualifiedName(),
                DSL.val(username), DSL.val(conferenceId));
    }

    private java.util.Map<Field<?>, Object> columns(ConferenceDraft d) {
        var m = new java.util.LinkedHashMap<Field<?>, Object>();
        m.put(CONFERENCE.TITLE, SearchKey.clean(d.getTitle()));
        m.put(CONFERENCE.ORGANIZER, SearchKey.clean(d.getOrganizer()));
        m.put(CONFERENCE.PLAN_NUMBER, SearchKey.clean(d.getPlanNumber()));
        m.put(CONFERENCE.PROVINCE, SearchKey.clean(d.getProvince()));
        m.put(CONFERENCE.VENUE, SearchKey.clean(d.getVenue()));
        m.put(CONFERENCE.FORMAT, d.getFormat());
        m.put(CONFERENCE.FORMAT_NOTE, SearchKey.clean(d.getFormatNote()));
        m.put(CONFERENCE.STARTS_AT, Times.fromLocal(d.getStartsAt()));
        m.put(CONFERENCE.ENDS_AT, Times.fromLocal(d.getEndsAt()));
        m.put(CONFERENCE.EXPECTED_HALL_DELEGATES, d.getExpectedHallDelegates() == null ? 0 : d.getExpectedHallDelegates());
        m.put(CONFERENCE.SIGNER_BLOCK, SearchKey.clean(d.getSignerBlock()));
        m.put(CONFERENCE.SIGNER_NAME, SearchKey.clean(d.getSignerName()));
        m.put(CONFERENCE.SUBMISSION_DEADLINE, d.getSubmissionDeadline());
        m.put(CONFERENCE.SUBMISSION_EMAIL, SearchKey.clean(d.getSubmissionEmail()));
        m.put(CONFERENCE.POINT_SILENCE_MINUTES, d.getPointSilenceMinutes() == null
                ? ConferenceDraft.DEFAULT_POINT_SILENCE_MINUTES : d.getPointSilenceMinutes());
        m.put(CONFERENCE.SEARCH_KEY, SearchKey.fold(d.getTitle()));
        return m;
    }
}
