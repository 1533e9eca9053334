package vn.hoinghi.submission.repository;

import static vn.hoinghi.database.jooq.Tables.CONTRIBUTION;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.submission.ContributionStatus;
import vn.hoinghi.submission.ReminderTarget;

/**
 * The contributions units still owe (nothing sent, or changes asked for). The conference's title and the unit's name
 * and e-mail address are their features': {@code ReminderService} puts them on the target.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ReminderRepository {

    private static final List<ContributionStatus> WAITING = List.of(ContributionStatus.ASSIGNED,
            ContributionStatus.CHANGES_REQUESTED);
    private static final Field<String> ADDRESSED_LATER = DSL.inline(null, String.class);

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every contribution of the conference still owed, whatever its deadline. */
    public List<ReminderTarget> owed(long conferenceId) {
        return select(CONTRIBUTION.CONFERENCE_ID.eq(conferenceId));
    }

    /** In every conference, those owed whose deadline falls between the two days (both included). */
    public List<ReminderTarget> owedWithDeadline(LocalDate from, LocalDate to) {
        return select(CONTRIBUTION.DEADLINE.between(from, to));
    }

    private List<ReminderTarget> select(Condition where) {
        return dsl.select(CONTRIBUTION.ID, CONTRIBUTION.CONFERENCE_ID, ADDRESSED_LATER, CONTRIBUTION.UNIT_ID,
                        ADDRESSED_LATER, ADDRESSED_LATER, CONTRIBUTION.TOPIC, CONTRIBUTION.DEADLINE,
                        CONTRIBUTION.STATUS, CONTRIBUTION.REMINDED_AT)
                .from(CONTRIBUTION)
                .where(where.and(CONTRIBUTION.STATUS.in(WAITING)))
                .orderBy(CONTRIBUTION.CONFERENCE_ID, CONTRIBUTION.POSITION)
                .fetch(Records.mapping(ReminderTarget::new));
    }
}
