package vn.hoinghi.delegate;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.delegate.repository.PresenceRepository;

/**
 * Whether a delegate is checked in, as the check-in feature records it. The delegate's row decides who wins when
 * several gates scan one person at once (decision 013). Only the check-in feature's writer calls this, inside its
 * own transaction and after its own rules and rights: nothing here is an entry point.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DelegatePresence {

    private final PresenceRepository presence;

    DelegatePresence(PresenceRepository presence) {
        this.presence = presence;
    }

    /** True when this call checked the delegate in; false when someone else already had. */
    public boolean markPresent(long delegateId, Instant at) {
        return presence.markPresent(delegateId, at);
    }

    /** Of these delegates, those not checked in yet, their rows locked until the transaction ends. */
    public Set<Long> lockAbsent(Collection<Long> delegateIds) {
        return presence.lockAbsent(delegateIds);
    }

    /** Marks delegates locked by {@link #lockAbsent} as checked in; how many rows changed. */
    public int markPresent(Collection<Long> delegateIds, Instant at) {
        return presence.markPresent(delegateIds, at);
    }

    /** An annulled check-in: the delegate is expected again. */
    public void markAbsent(long delegateId) {
        presence.markAbsent(delegateId);
    }
}
