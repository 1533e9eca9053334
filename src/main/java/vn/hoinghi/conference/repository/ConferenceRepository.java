package vn.hoinghi.conference.repository;

import static vn.hoinghi.database.jooq.Tables.AWARD_QUOTA;
import static vn.hoinghi.database.jooq.Tables.CONFERENCE;
import static vn.hoinghi.database.jooq.Tables.SELECTED_CONFERENCE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
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

    private static final String COLLECTIVE = "COLLECTIVE";
    private static final String INDIVIDUAL = "INDIVIDUAL";
    /** Read as text: its enum is the award feature's, and that feature depends on this one. */
    private static final Field<String> RECIPIENT_TYPE = DSL.field(AWARD_QUOTA.RECIPIENT_TYPE.getQualifiedName(),
            String.class);

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

    /**
     * The quotas are the award feature's (award_quota); a conference shows its first form's as a plan fact.
     * Two queries, not one per row: multiset's MySQL emulation does not run on MariaDB (see docs/decisions/002). */
    private List<Conference> find(Condition where) {
        var rows = dsl.selectFrom(CONFERENCE).where(where).orderBy(CONFERENCE.STARTS_AT.desc()).fetch();
        Map<Long, List<Record3<String, String, Integer>>> quotas = dsl
                .select(AWARD_QUOTA.AWARD_FORM, RECIPIENT_TYPE, AWARD_QUOTA.QUOTA, AWARD_QUOTA.CONFERENCE_ID)
                .from(AWARD_QUOTA)
                .where(AWARD_QUOTA.CONFERENCE_ID.in(rows.getValues(CONFERENCE.ID)))
                .orderBy(AWARD_QUOTA.ID)
                .fetchGroups(AWARD_QUOTA.CONFERENCE_ID,
                        r -> r.into(AWARD_QUOTA.AWARD_FORM, RECIPIENT_TYPE, AWARD_QUOTA.QUOTA));
        return rows.map(r -> toConference(r, quotas.getOrDefault(r.getId(), List.of())));
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
        // Delete + insert: jOOQ's MySQL upsert uses a row alias that MariaDB does not know.
        dsl.deleteFrom(SELECTED_CONFERENCE).where(SELECTED_CONFERENCE.USERNAME.eq(username)).execute();
        dsl.insertInto(SELECTED_CONFERENCE)
                .set(SELECTED_CONFERENCE.USERNAME, username)
                .set(SELECTED_CONFERENCE.CONFERENCE_ID, conferenceId)
                .execute();
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
        m.put(CONFERENCE.SEARCH_KEY, SearchKey.fold(d.getTitle()));
        return m;
    }

    private static Conference toConference(Record r, List<Record3<String, String, Integer>> q) {
        String form = q.isEmpty() ? null : q.get(0).value1();
        int collectives = quota(q, form, COLLECTIVE);
        int individuals = quota(q, form, INDIVIDUAL);
        return new Conference(r.get(CONFERENCE.ID), r.get(CONFERENCE.TITLE), r.get(CONFERENCE.ORGANIZER),
                r.get(CONFERENCE.PLAN_NUMBER), r.get(CONFERENCE.PROVINCE), r.get(CONFERENCE.VENUE),
                r.get(CONFERENCE.FORMAT), r.get(CONFERENCE.FORMAT_NOTE),
                r.get(CONFERENCE.STARTS_AT), r.get(CONFERENCE.ENDS_AT),
                r.get(CONFERENCE.EXPECTED_HALL_DELEGATES), r.get(CONFERENCE.SIGNER_BLOCK), r.get(CONFERENCE.SIGNER_NAME),
                r.get(CONFERENCE.SUBMISSION_DEADLINE), r.get(CONFERENCE.SUBMISSION_EMAIL), form,
                collectives, individuals, r.get(CONFERENCE.VERSION));
    }

    private static int quota(List<Record3<String, String, Integer>> quotas, String form, String type) {
        return quotas.stream()
                .filter(q -> q.value1().equals(form) && q.value2().equals(type))
                .mapToInt(Record3::value3).findFirst().orElse(0);
    }
}
