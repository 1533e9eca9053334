package vn.hoinghi.award.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.AWARD_QUOTA;
import static vn.hoinghi.database.jooq.Tables.CEREMONY;
import static vn.hoinghi.database.jooq.Tables.CEREMONY_BATCH;
import static vn.hoinghi.database.jooq.Tables.CEREMONY_RECIPIENT;
import static vn.hoinghi.database.jooq.Tables.NOMINATION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.award.CeremonyBatch;
import vn.hoinghi.award.CeremonyOrder;
import vn.hoinghi.award.CeremonyRecipient;
import vn.hoinghi.award.CeremonySettings;

/** The ceremony's settings and live batch, its batches and their recipients. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class CeremonyRepository {

    private static final SelectField<CeremonySettings> SETTINGS = row(CEREMONY.CONFERENCE_ID, CEREMONY.BATCH_SIZE,
            CEREMONY.ORDER_RULE, CEREMONY.GENERATED_AT, CEREMONY.GENERATED_BY, CEREMONY.CURRENT_BATCH, CEREMONY.VERSION)
            .mapping(CeremonySettings::new);

    private static final Field<String> NAMED_LATER = DSL.inline(null, String.class);
    private static final Field<Instant> CHECKED_IN_LATER = DSL.inline(null, CEREMONY.GENERATED_AT.getDataType());

    private final DSLContext dsl;

    CeremonyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<CeremonySettings> settings(long conferenceId) {
        return dsl.select(SETTINGS).from(CEREMONY).where(CEREMONY.CONFERENCE_ID.eq(conferenceId))
                .fetchOptional(Record1::value1);
    }

    /** The settings row, made if missing, locked until the transaction ends (one step or one re-plan at a time). */
    public CeremonySettings lock(long conferenceId) {
        dsl.insertInto(CEREMONY).set(CEREMONY.CONFERENCE_ID, conferenceId)
                .set(CEREMONY.ORDER_RULE, CeremonySettings.none(conferenceId).order())
                .onDuplicateKeyIgnore().execute();
        return dsl.select(SETTINGS).from(CEREMONY).where(CEREMONY.CONFERENCE_ID.eq(conferenceId)).forUpdate()
                .fetchOne(Record1::value1);
    }

    public boolean saveSettings(long conferenceId, int version, int batchSize, CeremonyOrder order, Instant at, String by) {
        return dsl.update(CEREMONY)
                .set(CEREMONY.BATCH_SIZE, batchSize)
                .set(CEREMONY.ORDER_RULE, order)
                .set(CEREMONY.GENERATED_AT, at)
                .set(CEREMONY.GENERATED_BY, by)
                .set(CEREMONY.VERSION, version + 1)
                .where(CEREMONY.CONFERENCE_ID.eq(conferenceId).and(CEREMONY.VERSION.eq(version)))
                .execute() == 1;
    }

    public void setCurrent(long conferenceId, Integer batch, Instant at, String by) {
        dsl.update(CEREMONY)
                .set(CEREMONY.CURRENT_BATCH, batch)
                .set(CEREMONY.LIVE_CHANGED_AT, at)
                .set(CEREMONY.LIVE_CHANGED_BY, by)
                .where(CEREMONY.CONFERENCE_ID.eq(conferenceId))
                .execute();
    }

    public int batchCount(long conferenceId) {
        return dsl.fetchCount(CEREMONY_BATCH, CEREMONY_BATCH.CONFERENCE_ID.eq(conferenceId));
    }

    /** Every batch with its recipients, in order. */
    public List<CeremonyBatch> batches(long conferenceId) {
        return batches(CEREMONY_BATCH.CONFERENCE_ID.eq(conferenceId));
    }

    /** The batches with these numbers (the one on stage and the next), with their recipients. */
    public List<CeremonyBatch> batches(long conferenceId, List<Integer> numbers) {
        return batches(CEREMONY_BATCH.CONFERENCE_ID.eq(conferenceId).and(CEREMONY_BATCH.NUMBER.in(numbers)));
    }

    public Optional<CeremonyRecipient> recipient(long nominationId) {
        return recipients(CEREMONY_RECIPIENT.NOMINATION_ID.eq(nominationId)).stream().findFirst();
    }

    /** Drops the batches and their recipients (before they are made again). */
    public void clear(long conferenceId) {
        dsl.deleteFrom(CEREMONY_BATCH).where(CEREMONY_BATCH.CONFERENCE_ID.eq(conferenceId)).execute();
    }

    public long insertBatch(long conferenceId, int number, Long presenterId) {
        return dsl.insertInto(CEREMONY_BATCH)
                .set(CEREMONY_BATCH.CONFERENCE_ID, conferenceId)
                .set(CEREMONY_BATCH.NUMBER, number)
                .set(CEREMONY_BATCH.PRESENTER_DELEGATE_ID, presenterId)
                .returningResult(CEREMONY_BATCH.ID)
                .fetchOne(CEREMONY_BATCH.ID);
    }

    /** What a recipient keeps across a re-plan: its delegate and stand-in. */
    public record Kept(Long delegateId, String standInName, String standInTitle) {
    }

    public void insertRecipients(long batchId, List<Long> nominationIds, Map<Long, Kept> kept) {
        var insert = dsl.insertInto(CEREMONY_RECIPIENT, CEREMONY_RECIPIENT.NOMINATION_ID, CEREMONY_RECIPIENT.BATCH_ID,
                CEREMONY_RECIPIENT.POSITION, CEREMONY_RECIPIENT.DELEGATE_ID, CEREMONY_RECIPIENT.STAND_IN_NAME,
                CEREMONY_RECIPIENT.STAND_IN_TITLE);
        for (int i = 0; i < nominationIds.size(); i++) {
            Kept k = kept.getOrDefault(nominationIds.get(i), new Kept(null, null, null));
            insert = insert.values(nominationIds.get(i), batchId, i + 1, k.delegateId(), k.standInName(), k.standInTitle());
        }
        insert.execute();
    }

    public boolean setPresenter(long batchId, int version, Long delegateId) {
        return dsl.update(CEREMONY_BATCH)
                .set(CEREMONY_BATCH.PRESENTER_DELEGATE_ID, delegateId)
                .set(CEREMONY_BATCH.VERSION, version + 1)
                .where(CEREMONY_BATCH.ID.eq(batchId).and(CEREMONY_BATCH.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean updateRecipient(long nominationId, int version, Kept values) {
        return dsl.update(CEREMONY_RECIPIENT)
                .set(CEREMONY_RECIPIENT.DELEGATE_ID, values.delegateId())
                .set(CEREMONY_RECIPIENT.STAND_IN_NAME, values.standInName())
                .set(CEREMONY_RECIPIENT.STAND_IN_TITLE, values.standInTitle())
                .set(CEREMONY_RECIPIENT.VERSION, version + 1)
                .where(CEREMONY_RECIPIENT.NOMINATION_ID.eq(nominationId).and(CEREMONY_RECIPIENT.VERSION.eq(version)))
                .execute() == 1;
    }

    /** Puts the recipient at the end of another batch. */
    public boolean move(long nominationId, int version, long toBatchId) {
        Integer last = dsl.select(DSL.max(CEREMONY_RECIPIENT.POSITION)).from(CEREMONY_RECIPIENT)
                .where(CEREMONY_RECIPIENT.BATCH_ID.eq(toBatchId)).fetchOne(0, Integer.class);
        return dsl.update(CEREMONY_RECIPIENT)
                .set(CEREMONY_RECIPIENT.BATCH_ID, toBatchId)
                .set(CEREMONY_RECIPIENT.POSITION, last == null ? 1 : last + 1)
                .set(CEREMONY_RECIPIENT.VERSION, version + 1)
                .where(CEREMONY_RECIPIENT.NOMINATION_ID.eq(nominationId).and(CEREMONY_RECIPIENT.VERSION.eq(version)))
                .execute() == 1;
    }

    public int recipientCount(long batchId) {
        return dsl.fetchCount(CEREMONY_RECIPIENT, CEREMONY_RECIPIENT.BATCH_ID.eq(batchId));
    }

    /** The batches with their recipients; the presenters' names are the delegate feature's, left empty here. */
    private List<CeremonyBatch> batches(Condition where) {
        Map<Long, List<CeremonyRecipient>> byBatch = new LinkedHashMap<>();
        recipients(where).forEach(r -> byBatch.computeIfAbsent(r.batchId(), k -> new ArrayList<>()).add(r));
        return dsl.select(CEREMONY_BATCH.ID, CEREMONY_BATCH.NUMBER, CEREMONY_BATCH.PRESENTER_DELEGATE_ID,
                        CEREMONY_BATCH.VERSION)
                .from(CEREMONY_BATCH)
                .where(where).orderBy(CEREMONY_BATCH.NUMBER)
                .fetch(Records.mapping((id, number, presenterId, version) -> new CeremonyBatch(id, number, presenterId,
                        null, null, version, List.copyOf(byBatch.getOrDefault(id, List.of())))));
    }

    /**
     * The recipients in order. The proposing unit's name and the linked delegate's name, title and check-in are the
     * unit and delegate features': left empty here, {@code CeremonyReader} puts them on the recipient.
     */
    private List<CeremonyRecipient> recipients(Condition where) {
        return dsl.select(CEREMONY_RECIPIENT.NOMINATION_ID, CEREMONY_RECIPIENT.BATCH_ID, CEREMONY_BATCH.NUMBER,
                        CEREMONY_RECIPIENT.POSITION, AWARD_QUOTA.AWARD_FORM, AWARD_QUOTA.RECIPIENT_TYPE,
                        NOMINATION.FULL_NAME, NOMINATION.TITLE, NOMINATION.WORK_UNIT, NOMINATION.PROPOSING_UNIT_ID,
                        NAMED_LATER, NOMINATION.STATUS, CEREMONY_RECIPIENT.DELEGATE_ID, NAMED_LATER, NAMED_LATER,
                        CHECKED_IN_LATER, CEREMONY_RECIPIENT.STAND_IN_NAME, CEREMONY_RECIPIENT.STAND_IN_TITLE,
                        CEREMONY_RECIPIENT.VERSION)
                .from(CEREMONY_RECIPIENT)
                .join(CEREMONY_BATCH).on(CEREMONY_BATCH.ID.eq(CEREMONY_RECIPIENT.BATCH_ID))
                .join(NOMINATION).on(NOMINATION.ID.eq(CEREMONY_RECIPIENT.NOMINATION_ID))
                .join(AWARD_QUOTA).on(AWARD_QUOTA.ID.eq(NOMINATION.QUOTA_ID))
                .where(where)
                .orderBy(CEREMONY_BATCH.NUMBER, CEREMONY_RECIPIENT.POSITION)
                .fetch(Records.mapping(CeremonyRecipient::new));
    }
}
