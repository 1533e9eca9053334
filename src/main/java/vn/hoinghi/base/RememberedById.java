package vn.hoinghi.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values by id that the delegate reads ask for at every scan (the names of units and points): remembered for a while,
 * and forgotten on this server as soon as the transaction that saves one ends, so a rename shows at once here and
 * within that while on another server sharing the database. An id of nothing is not remembered (decision 018).
 */
public final class RememberedById<V> {

    private final Cache<Long, V> values;

    public RememberedById(Duration lifetime) {
        this.values = Caffeine.newBuilder().expireAfterWrite(lifetime).build();
    }

    /** The values of these ids; those not remembered are read together, with one call of {@code read}. */
    public Map<Long, V> get(Set<Long> ids, Function<Set<Long>, Map<Long, V>> read) {
        return values.getAll(ids, missing -> read.apply(Set.copyOf(missing)));
    }

    /** Forgets the id's value when the running transaction ends, committed or not (at once without one). */
    public void forgetAfterTransaction(long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            values.invalidate(id);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                values.invalidate(id);
            }
        });
    }
}
