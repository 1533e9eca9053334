package vn.hoinghi.security;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.security.repository.AuditRepository;

/** Who changed what and when. Written in the caller's transaction: no change without its record. */
@Service
public class AuditLog {

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Long subjectId, String detail) {
        repository.insert(Instant.now(), CurrentUser.usernameOrSystem(), action, subjectType, subjectId, detail);
    }

    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> forSubject(String subjectType, long subjectId) {
        return repository.forSubjects(subjectType, java.util.List.of(subjectId));
    }

    /** The records of many subjects of one type (a conference's nominations), newest first. */
    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> forSubjects(String subjectType, java.util.Collection<Long> subjectIds) {
        return subjectIds.isEmpty() ? java.util.List.of()
                : repository.forSubjects(subjectType, subjectIds).reversed();
    }

    /** {@code id} orders entries written in the same millisecond. */
    public record AuditEntry(Instant occurredAt, String actor, String action, String detail, String subjectType,
                             Long subjectId, long id) {
    }
}
