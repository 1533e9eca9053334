package vn.hoinghi.submission.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION;
import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION_REVIEW;
import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION_VERSION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import vn.hoinghi.submission.AssignmentDraft;
import vn.hoinghi.submission.Contribution;
import vn.hoinghi.submission.ContributionStatus;
import vn.hoinghi.submission.Delivery;
import vn.hoinghi.submission.ReviewDecision;
import vn.hoinghi.submission.SpeakerDraft;

/** Contributions with their latest version and latest decision, in one query per list. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ContributionRepository {

    private static final Field<Integer> LATEST_VERSION = DSL.coalesce(DSL.field(DSL.select(
            DSL.max(CONTRIBUTION_VERSION.NUMBER)).from(CONTRIBUTION_VERSION)
            .where(CONTRIBUTION_VERSION.CONTRIBUTION_ID.eq(CONTRIBUTION.ID))), 0).as("latest_version");
    private static final Field<Instant> LATEST_AT = DSL.field(DSL.select(DSL.max(CONTRIBUTION_VERSION.SUBMITTED_AT))
            .from(CONTRIBUTION_VERSION).where(CONTRIBUTION_VERSION.CONTRIBUTION_ID.eq(CONTRIBUTION.ID))).as("latest_at");
    private static final Field<ReviewDecision> LAST_DECISION = DSL.field(DSL.select(CONTRIBUTION_REVIEW.DECISION)
            .from(CONTRIBUTION_REVIEW).where(CONTRIBUTION_REVIEW.CONTRIBUTION_ID.eq(CONTRIBUTION.ID))
            .orderBy(CONTRIBUTION_REVIEW.ID.desc()).limit(1)).as("last_decision");
    private static final Field<String> LAST_COMMENT = DSL.field(DSL.select(CONTRIBUTION_REVIEW.COMMENT)
            .from(CONTRIBUTION_REVIEW).where(CONTRIBUTION_REVIEW.CONTRIBUTION_ID.eq(CONTRIBUTION.ID))
            .orderBy(CONTRIBUTION_REVIEW.ID.desc()).limit(1)).as("last_comment");
    /** The unit's and the point's names are their features': {@code ContributionReader} puts them on. */
    private static final Field<String> NAMED_LATER = DSL.inline(null, String.class);
    private static final SelectField<Contribution> CONTRIBUTION_ROW = row(CONTRIBUTION.ID, CONTRIBUTION.CONFERENCE_ID,
            CONTRIBUTION.POSITION, CONTRIBUTION.UNIT_ID, NAMED_LATER, CONTRIBUTION.TOPIC, CONTRIBUTION.DEADLINE,
            CONTRIBUTION.NOTES, CONTRIBUTION.STATUS, CONTRIBUTION.SPEAKER_NAME, CONTRIBUTION.SPEAKER_TITLE,
            CONTRIBUTION.SPEAKER_MINUTES, CONTRIBUTION.SPEAKS_FROM_POINT_ID, NAMED_LATER, CONTRIBUTION.DELIVERY,
            CONTRIBUTION.AGENDA_ITEM_ID, CONTRIBUTION.REMINDED_AT, CONTRIBUTION.VERSION, LATEST_VERSION, LATEST_AT,
            LAST_DECISION, LAST_COMMENT).mapping(Contribution::new);

    private final DSLContext dsl;

    ContributionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The conference's contributions in order; only one unit's when {@code unitId} is given. */
    public List<Contribution> list(long conferenceId, Long unitId) {
        Condition where = CONTRIBUTION.CONFERENCE_ID.eq(conferenceId);
        if (unitId != null) {
            where = where.and(CONTRIBUTION.UNIT_ID.eq(unitId));
        }
        return select(where).orderBy(CONTRIBUTION.POSITION, CONTRIBUTION.ID).fetch(Record1::value1);
    }

    public Optional<Contribution> get(long id) {
        return select(CONTRIBUTION.ID.eq(id)).fetchOptional(Record1::value1);
    }

    /** Waits for anyone else changing this contribution (a second upload, a decision) until this transaction ends. */
    public void lock(long id) {
        dsl.select(CONTRIBUTION.ID).from(CONTRIBUTION).where(CONTRIBUTION.ID.eq(id)).forUpdate().fetch();
    }

    private SelectConditionStep<Record1<Contribution>> select(Condition where) {
        return dsl.select(CONTRIBUTION_ROW).from(CONTRIBUTION).where(where);
    }

    /** Adds the assignments after the conference's last one, in the given order; returns their ids. */
    public List<Long> insert(long conferenceId, List<AssignmentDraft> drafts, Instant at, String by) {
        int position = dsl.select(DSL.coalesce(DSL.max(CONTRIBUTION.POSITION), 0)).from(CONTRIBUTION)
                .where(CONTRIBUTION.CONFERENCE_ID.eq(conferenceId)).forUpdate().fetchOne(0, Integer.class);
        List<Long> ids = new ArrayList<>(drafts.size());
        for (AssignmentDraft d : drafts) {
            ids.add(dsl.insertInto(CONTRIBUTION)
                    .set(CONTRIBUTION.CONFERENCE_ID, conferenceId)
                    .set(CONTRIBUTION.POSITION, ++position)
                    .set(CONTRIBUTION.UNIT_ID, d.unitId())
                    .set(CONTRIBUTION.TOPIC, d.topic())
                    .set(CONTRIBUTION.DEADLINE, d.deadline())
                    .set(CONTRIBUTION.NOTES, d.notes())
                    .set(CONTRIBUTION.STATUS, ContributionStatus.ASSIGNED)
                    .set(CONTRIBUTION.CREATED_AT, at)
                    .set(CONTRIBUTION.CHANGED_AT, at)
                    .set(CONTRIBUTION.CHANGED_BY, by)
                    .returningResult(CONTRIBUTION.ID).fetchOne(CONTRIBUTION.ID));
        }
        return ids;
    }

    public boolean update(long id, int version, AssignmentDraft d, Instant at, String by) {
        return changed(dsl.update(CONTRIBUTION).set(CONTRIBUTION.UNIT_ID, d.unitId()).set(CONTRIBUTION.TOPIC, d.topic())
                .set(CONTRIBUTION.DEADLINE, d.deadline()).set(CONTRIBUTION.NOTES, d.notes()), id, version, at, by);
    }

    public boolean setStatus(long id, int version, ContributionStatus status, Instant at, String by) {
        return changed(dsl.update(CONTRIBUTION).set(CONTRIBUTION.STATUS, status), id, version, at, by);
    }

    public boolean setSpeaker(long id, int version, SpeakerDraft d, Instant at, String by) {
        return changed(dsl.update(CONTRIBUTION).set(CONTRIBUTION.SPEAKER_NAME, d.name())
                .set(CONTRIBUTION.SPEAKER_TITLE, d.title()).set(CONTRIBUTION.SPEAKER_MINUTES, d.minutes())
                .set(CONTRIBUTION.SPEAKS_FROM_POINT_ID, d.pointId()), id, version, at, by);
    }

    public boolean setDelivery(long id, int version, Delivery delivery, Long agendaItemId, Instant at, String by) {
        return changed(dsl.update(CONTRIBUTION).set(CONTRIBUTION.DELIVERY, delivery)
                .set(CONTRIBUTION.AGENDA_ITEM_ID, agendaItemId), id, version, at, by);
    }

    private static boolean changed(org.jooq.UpdateSetMoreStep<?> update, long id, int version, Instant at, String by) {
        return update.set(CONTRIBUTION.VERSION, version + 1)
                .set(CONTRIBUTION.CHANGED_AT, at).set(CONTRIBUTION.CHANGED_BY, by)
                .where(CONTRIBUTION.ID.eq(id).and(CONTRIBUTION.VERSION.eq(version))).execute() == 1;
    }

    /**
     * Records a reminder unless one was already sent since {@code dayStart}: true only for the caller that wins, so
     * two senders at once (the daily job and the button) never mail the same unit twice in a day.
     */
    public boolean markReminded(long id, Instant at, Instant dayStart) {
        return dsl.update(CONTRIBUTION).set(CONTRIBUTION.REMINDED_AT, at)
                .where(CONTRIBUTION.ID.eq(id).and(CONTRIBUTION.REMINDED_AT.isNull()
                        .or(CONTRIBUTION.REMINDED_AT.lt(dayStart)))).execute() == 1;
    }

    /** Deletes the contribution if it is still at that version, and numbers the others 1…n again. */
    public boolean delete(long id, long conferenceId, int version) {
        if (dsl.deleteFrom(CONTRIBUTION).where(CONTRIBUTION.ID.eq(id).and(CONTRIBUTION.VERSION.eq(version))).execute() != 1) {
            return false;
        }
        List<Long> ids = dsl.select(CONTRIBUTION.ID).from(CONTRIBUTION).where(CONTRIBUTION.CONFERENCE_ID.eq(conferenceId))
                .orderBy(CONTRIBUTION.POSITION, CONTRIBUTION.ID).forUpdate().fetch(CONTRIBUTION.ID);
        for (int i = 0; i < ids.size(); i++) {
            dsl.update(CONTRIBUTION).set(CONTRIBUTION.POSITION, i + 1).where(CONTRIBUTION.ID.eq(ids.get(i))).execute();
        }
        return true;
    }

    /** The agenda items the conference's contributions are delivered as. */
    public java.util.Set<Long> agendaItemsInUse(long conferenceId) {
        return new java.util.HashSet<>(dsl.select(CONTRIBUTION.AGENDA_ITEM_ID).from(CONTRIBUTION)
                .where(CONTRIBUTION.CONFERENCE_ID.eq(conferenceId).and(CONTRIBUTION.AGENDA_ITEM_ID.isNotNull()))
                .fetch(CONTRIBUTION.AGENDA_ITEM_ID));
    }
}
