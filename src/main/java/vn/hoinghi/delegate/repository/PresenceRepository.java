package vn.hoinghi.delegate.repository;

import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Whether a delegate is checked in: {@code delegate.checked_in_at}, the arbiter when gates scan one person at once. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class PresenceRepository {

    private final DSLContext dsl;

    PresenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The single-row conditional update that decides who wins when gates scan the same person at once. */
    public boolean markPresent(long delegateId, Instant at) {
        return dsl.update(DELEGATE)
                .set(DELEGATE.CHECKED_IN_AT, at)
                .where(DELEGATE.ID.eq(delegateId).and(DELEGATE.CHECKED_IN_AT.isNull()))
                .execute() == 1;
    }

    /** Of these delegates, those not checked in yet, their rows locked until the transaction ends. */
    public Set<Long> lockAbsent(Collection<Long> delegateIds) {
        return new HashSet<>(dsl.select(DELEGATE.ID).from(DELEGATE)
                .where(DELEGATE.ID.in(delegateIds).and(DELEGATE.CHECKED_IN_AT.isNull()))
                .orderBy(DELEGATE.ID).forUpdate().fetch(DELEGATE.ID));
    }

    /** Marks delegates locked by {@link #lockAbsent} as checked in; how many rows changed. */
    public int markPresent(Collection<Long> delegateIds, Instant at) {
        return dsl.update(DELEGATE).set(DELEGATE.CHECKED_IN_AT, at)
                .where(DELEGATE.ID.in(delegateIds).and(DELEGATE.CHECKED_IN_AT.isNull())).execute();
    }

    public void markAbsent(long delegateId) {
        dsl.update(DELEGATE).setNull(DELEGATE.CHECKED_IN_AT).where(DELEGATE.ID.eq(delegateId)).execute();
    }
}
