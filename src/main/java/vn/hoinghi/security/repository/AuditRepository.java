package vn.hoinghi.security.repository;

import static vn.hoinghi.database.jooq.Tables.AUDIT_LOG;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.AuditLog.AuditEntry;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Instant at, String actor, String action, String subjectType, Long subjectId, String detail) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, at)
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.SUBJECT_TYPE, subjectType)
                .set(AUDIT_LOG.SUBJECT_ID, subjectId)
                .set(AUDIT_LOG.DETAIL, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000))
                .execute();
    }

    /** Oldest first. */
    public List<AuditEntry> forSubjects(String subjectType, Collection<Long> subjectIds) {
        return dsl.select(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION, AUDIT_LOG.DETAIL,
                        AUDIT_LOG.SUBJECT_TYPE, AUDIT_LOG.SUBJECT_ID, AUDIT_LOG.ID)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.SUBJECT_TYPE.eq(subjectType).and(AUDIT_LOG.SUBJECT_ID.in(subjectIds)))
                .orderBy(AUDIT_LOG.ID)
                .fetch(Records.mapping(AuditEntry::new));
    }
}
