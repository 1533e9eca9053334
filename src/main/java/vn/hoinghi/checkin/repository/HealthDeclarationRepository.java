package vn.hoinghi.checkin.repository;

import static vn.hoinghi.database.jooq.Tables.HEALTH_DECLARATION;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Times;
import vn.hoinghi.checkin.HealthDeclaration;
import vn.hoinghi.database.jooq.tables.records.HealthDeclarationRecord;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class HealthDeclarationRepository {

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
                .set(HEALTH_DECLARATION.DECLARED_AT, Times.toUtc(at))
                .set(HEALTH_DECLARATION.GATE, gate)
                .set(HEALTH_DECLARATION.DECLARED_BY, by)
                .set(HEALTH_DECLARATION.CHECKIN_ID, checkinId)
                .returningResult(HEALTH_DECLARATION.ID).fetchOne(HEALTH_DECLARATION.ID);
    }

    public Optional<HealthDeclaration> get(long id) {
        return dsl.selectFrom(HEALTH_DECLARATION).where(HEALTH_DECLARATION.ID.eq(id))
                .fetchOptional(HealthDeclarationRepository::toDeclaration);
    }

    /** The delegate's latest flagged declaration the committee has not cleared yet. */
    public Optional<HealthDeclaration> pending(long delegateId) {
        return dsl.selectFrom(HEALTH_DECLARATION)
                .where(HEALTH_DECLARATION.DELEGATE_ID.eq(delegateId).and(HEALTH_DECLARATION.FLAGGED.isTrue())
                        .and(HEALTH_DECLARATION.CLEARED_AT.isNull()))
                .orderBy(HEALTH_DECLARATION.ID.desc()).limit(1)
                .fetchOptional(HealthDeclarationRepository::toDeclaration);
    }

    /** Flagged first (those still waiting before the cleared ones), then the latest first. */
    public List<HealthDeclaration> list(long conferenceId) {
        return dsl.selectFrom(HEALTH_DECLARATION).where(HEALTH_DECLARATION.CONFERENCE_ID.eq(conferenceId))
                .orderBy(HEALTH_DECLARATION.FLAGGED.desc(), HEALTH_DECLARATION.CLEARED_AT.isNull().desc(),
                        HEALTH_DECLARATION.DECLARED_AT.desc(), HEALTH_DECLARATION.ID.desc())
                .fetch(HealthDeclarationRepository::toDeclaration);
    }

    /** Marks a flagged declaration cleared; false when someone cleared it first. */
    public boolean clear(long id, Instant at, String by) {
        return dsl.update(HEALTH_DECLARATION)
                .set(HEALTH_DECLARATION.CLEARED_AT, Times.toUtc(at))
                .set(HEALTH_DECLARATION.CLEARED_BY, by)
                .where(HEALTH_DECLARATION.ID.eq(id).and(HEALTH_DECLARATION.FLAGGED.isTrue())
                        .and(HEALTH_DECLARATION.CLEARED_AT.isNull()))
                .execute() == 1;
    }

    public void linkCheckin(long id, long checkinId) {
        dsl.update(HEALTH_DECLARATION).set(HEALTH_DECLARATION.CHECKIN_ID, checkinId)
                .where(HEALTH_DECLARATION.ID.eq(id)).execute();
    }

    private static HealthDeclaration toDeclaration(HealthDeclarationRecord r) {
        List<Boolean> answers = r.getAnswers().chars().mapToObj(c -> c == 'Y').toList();
        return new HealthDeclaration(r.getId(), r.getConferenceId(), r.getDelegateId(), r.getAttendeeName(),
                Arrays.asList(r.getQuestions().split("\n", -1)), answers, r.getFlagged(),
                Times.fromUtc(r.getDeclaredAt()), r.getGate(), r.getDeclaredBy(), r.getCheckinId(),
                instant(r.getClearedAt()), r.getClearedBy());
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : Times.fromUtc(utc);
    }
}
