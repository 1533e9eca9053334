package vn.hoinghi.live;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets the screens that refresh at the same moment (all of a conference's screens, right after a change) share
 * one read instead of each reading the same rows. A caller always gets the result of a read that started after
 * it asked, never an older one, so it sees every change committed before it asked. While a read runs, the callers
 * that arrive wait for it to end and then share the next one: 300 screens refreshing at once cost two reads.
 * Reads of different keys do not wait for each other. A read that fails fails only for its own caller.
 */
public final class SharedReads<K, V> {

    private final Function<K, V> read;
    private final ConcurrentHashMap<K, Slot<V>> slots = new ConcurrentHashMap<>();

    public SharedReads(Function<K, V> read) {
        this.read = read;
    }

    /** Reads in a read-only transaction of their own, so each sees only committed rows, whoever calls. */
    public static <K, V> SharedReads<K, V> committed(PlatformTransactionManager transactions, Function<K, V> read) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SharedReads<>(key -> readOnly.execute(status -> read.apply(key)));
    }

    public V get(K key) {
        Slot<V> slot = slots.computeIfAbsent(key, k -> new Slot<>());
        long wanted = slot.started.get() + 1; // the first read that starts from now on
        slot.lock.lock();
        try {
            if (slot.finished >= wanted) {
                return slot.value; // a read that started after this call, finished while it waited
            }
            long number = slot.started.incrementAndGet();
            V value = read.apply(key);
            slot.value = value;
            slot.finished = number;
            return value;
        } finally {
            slot.lock.unlock();
        }
    }

    /** One key's reads, one at a time: {@code started} counts the reads begun; the rest is guarded by the lock. */
    private static final class Slot<V> {
        final ReentrantLock lock = new ReentrantLock();
        final AtomicLong started = new AtomicLong();
        long finished;
        V value;
    }
}
