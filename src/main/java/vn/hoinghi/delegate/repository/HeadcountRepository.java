package vn.hoinghi.delegate.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.Headcount;
import vn.hoinghi.delegate.InvitationStatus;

/** The conference's delegates counted in the database, by composition group and meeting point, in one query. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class HeadcountRepository {

    private static final Condition DECLINED = DELEGATE.INVITATION_STATUS.eq(InvitationStatus.DECLINED);
    private static final Condition CONFIRMED = DELEGATE.INVITATION_STATUS.in(InvitationStatus.CONFIRMED,
            InvitationStatus.SUBSTITUTE);
    private static final Condition PRESENT = DELEGATE.CHECKED_IN_AT.isNotNull();

    private final DSLContext dsl;

    HeadcountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Headcount> byGroupAndPoint(long conferenceId) {
        return byGroupAndPoint(DELEGATE.CONFERENCE_ID.eq(conferenceId));
    }

    /** As {@link #byGroupAndPoint(long)}, only these points' delegates. */
    public List<Headcount> byGroupAndPoint(long conferenceId, Collection<Long> pointIds) {
        return byGroupAndPoint(DELEGATE.CONFERENCE_ID.eq(conferenceId).and(DELEGATE.POINT_ID.in(pointIds)));
    }

    private List<Headcount> byGroupAndPoint(Condition which) {
        return dsl.select(row(DELEGATE.GROUP_ID, DELEGATE.POINT_ID, DSL.count(), count(CONFIRMED), count(DECLINED),
                        count(DELEGATE.SUBSTITUTE_NAME.isNotNull().and(DECLINED.not())), count(DECLINED.not()),
                        count(PRESENT), count(DECLINED.not().and(PRESENT.not()))).mapping(Headcount::new))
                .from(DELEGATE)
                .where(which.and(DELEGATE.WITHDRAWN_AT.isNull()))
                .groupBy(DELEGATE.GROUP_ID, DELEGATE.POINT_ID)
                .fetch(Record1::value1);
    }

    private static Field<Integer> count(Condition when) {
        return DSL.count().filterWhere(when);
    }
}
