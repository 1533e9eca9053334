package vn.hoinghi.award.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.AWARD_DECISION;
import static vn.hoinghi.database.jooq.Tables.NOMINATION;

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
import vn.hoinghi.award.AwardDecision;
import vn.hoinghi.award.DecisionDraft;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DecisionRepository {

    private static final Field<Integer> COUNT = DSL.field(DSL.selectCount().from(NOMINATION)
            .where(NOMINATION.DECISION_ID.eq(AWARD_DECISION.ID))).as("nominations");
    private static final SelectField<AwardDecision> DECISION = row(AWARD_DECISION.ID, AWARD_DECISION.CONFERENCE_ID,
            AWARD_DECISION.DECISION_NUMBER, AWARD_DECISION.SIGNED_ON, AWARD_DECISION.ISSUER,
            AWARD_DECISION.SIGNER_TITLE, AWARD_DECISION.SIGNER_NAME, COUNT, AWARD_DECISION.VERSION)
            .mapping(AwardDecision::new);

    private final DSLContext dsl;

    DecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AwardDecision> list(long conferenceId) {
        return dsl.select(DECISION).from(AWARD_DECISION)
                .where(AWARD_DECISION.CONFERENCE_ID.eq(conferenceId))
                .orderBy(AWARD_DECISION.SIGNED_ON, AWARD_DECISION.ID).fetch(Record1::value1);
    }

    public Optional<AwardDecision> get(long id) {
        return dsl.select(DECISION).from(AWARD_DECISION)
                .where(AWARD_DECISION.ID.eq(id)).fetchOptional(Record1::value1);
    }

    public long insert(long conferenceId, DecisionDraft d, Instant at) {
        return dsl.insertInto(AWARD_DECISION)
                .set(AWARD_DECISION.CONFERENCE_ID, conferenceId)
                .set(AWARD_DECISION.DECISION_NUMBER, d.number())
                .set(AWARD_DECISION.SIGNED_ON, d.signedOn())
                .set(AWARD_DECISION.ISSUER, d.issuer())
                .set(AWARD_DECISION.SIGNER_TITLE, d.signerTitle())
                .set(AWARD_DECISION.SIGNER_NAME, d.signerName())
                .set(AWARD_DECISION.CREATED_AT, at)
                .returningResult(AWARD_DECISION.ID)
                .fetchOne(AWARD_DECISION.ID);
    }

    public boolean update(long id, int version, DecisionDraft d) {
        return dsl.update(AWARD_DECISION)
                .set(AWARD_DECISION.DECISION_NUMBER, d.number())
                .set(AWARD_DECISION.SIGNED_ON, d.signedOn())
                .set(AWARD_DECISION.ISSUER, d.issuer())
                .set(AWARD_DECISION.SIGNER_TITLE, d.signerTitle())
                .set(AWARD_DECISION.SIGNER_NAME, d.signerName())
                .set(AWARD_DECISION.VERSION, version + 1)
                .where(AWARD_DECISION.ID.eq(id).and(AWARD_DECISION.VERSION.eq(version)))
                .execute() == 1;
    }

    public boolean numberTaken(long conferenceId, String number, Long exceptId) {
        Condition c = AWARD_DECISION.CONFERENCE_ID.eq(conferenceId).and(AWARD_DECISION.DECISION_NUMBER.eq(number));
        return dsl.fetchExists(AWARD_DECISION, exceptId == null ? c : c.and(AWARD_DECISION.ID.ne(exceptId)));
    }
}
