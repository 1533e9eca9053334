package vn.hoinghi.health.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.HEALTH_DECLARATION;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.health.HealthDeclaration;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class HealthDeclarationRepository {

    private static final SelectField<HealthDeclaration> DECLARATION = row(HEALTH_DECLARATION.ID,
            HEALTH_DECLARATION.CONFERENCE_ID, HEALTH_DECLARATION.DELEGATE_ID, HEALTH_DECLARATION.ATTENDEE_NAME,
            HEALTH_DECLARATION.QUESTIONS.convertFrom(q -> Arrays.asList(q.split("\n", -1))),
            HEALTH_DECLARATION.ANSWERS.convertFrom(a -> a.chars().mapToObj(c -> c == 'Y').toList()),
            HEALTH_DECLARATION.FLAGGED, HEALTH_DECLARATION.DECLARED_AT, HEALTH_DECLARATION.GATE,
            HEALTH_DECLARATION.DECLARED_BY, HEALTH_DECLARATION.CHECKIN_ID, HEALTH_DECLARATION.CLEARED_AT,
            HEALTH_DECLARATION.CLEARED_BY).mapping(HealthDeclaration::new);

    private final DSLContext dsl;

    HealthDeclarationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long conferenceId, long delegateId, String attendee, List<String> questions, List<Boolean> answers,
                       Instant at, String gate, String by, Long checkinId) {
        return dsl.insertInto(HEALTH_DECLARATION)
                .set(HEALTH_DECLARATION.CONFERENCE_ID, conferenceId)
                .set(HEALTH_DECLARATION.DELEGATE_ID, delegateId)
                .set(HEALTH_DECLARATION.ATTENDEE_NAME, attendee)
                .set(HEALTH_DECLARATION.QUESTIONS, String.join("\n", questions))
                .set(HEALTH_DECLARATION.ANSWERS, answers.stream().map(a -> a ? "Y" : "N").collect(Collectors.joining()))
                .set(HEALTH_DECLARATION.FLAGGED, answers.contains(Boolean.TRUE))
                .set(HEALTH_DECLARATION.DECLARED_AT, at)
                .set(HEALTH_DECLARATION.GATE, gate)
                .set(HEALTH_DECLARATION.DECLARED_BY, by)
                .set(HEALTH_DECLARATION.CHECKIN_ID, checkinId)
                .returningResult(HEALTH_DECLARATION.ID).fetchOne(HEALTH_DECLARATION.ID);
    }

    public Optional<HealthDeclaration> get(long id) {
        return select().where(HEALTH_DECLARATION.ID.eq(id)).fetchOptional(Record1::value1);
    }

    /** The delegate's latest flagged declaration the committee has not cleared yet. */
    public Optional<HealthDeclaration> pending(long delegateId) {
        return select()
                .where(HEALTH_DECLARATION.DELEGATE_ID.eq(delegateId).and(HEALTH_DECLARATION.FLAGGED.isTrue())
                        .and(HEALTH_DECLARATION.CLEARED_AT.isNull()))
                .orderBy(HEALTH_DECLARATION.ID.desc()).limit(1)
                .fetchOptional(Record1::value1);
    }

    /** Flagged first (those still waiting before the cleared ones), then the latest first. */
    public List<HealthDeclaration> list(long conferenceId) {
        return select().where(HEALTH_DECLARATION.CONFERENCE_ID.eq(conferenceId))
                .orderBy(HEALTH_DECLARATION.FLAGGED.desc(), HEALTH_DECLARATION.CLEARED_AT.isNull().desc(),
                        HEALTH_DECLARATION.DECLARED_AT.desc(), HEALTH_DECLARATION.ID.desc())
                .fetch(Record1::value1);
    }

    /** Marks a flagged declaration cleared; false when someone cleared it first. */
    public boolean clear(long id, Instant at, String by) {
        return dsl.update(HEALTH_DECLARATION)
                .set(HEALTH_DECLARATION.CLEARED_AT, at)
                .set(HEALTH_DECLARATION.CLEARED_BY, by)
                .where(HEALTH_DECLARATION.ID.eq(id).and(HEALTH_DECLARATION.FLAGGED.isTrue())
                        .and(HEALTH_DECLARATION.CLEARED_AT.isNull()))
                .execute() == 1;
    }

    public void linkCheckin(long id, long checkinId) {
        dsl.update(HEALTH_DECLARATION).set(HEALTH_DECLARATION.CHECKIN_ID, checkinId)
                .where(HEALTH_DECLARATION.ID.eq(id)).execute();
    }

    private SelectJoinStep<Record1<HealthDeclaration>> select() {
        return dsl.select(DECLARATION).from(HEALTH_DECLARATION);
    }
}
