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
        return repository.forSubject(subjectType, subjectId);
    }

    public record AuditEntry(Instant occurredAt, String actor, String action, String detail) {
    }
}
