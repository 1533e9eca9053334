package vn.hoinghi.invitation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing delegate links: after {@value #ALLOWED_FAILURES} codes that open nothing from one client address
 * ({@code hoinghi.delegate-links.allowed-failures}; the tests, which open many void links from one address, allow more),
 * that address is refused for {@link #LOCK} after its last failure, without a look-up (a refused try does not count
 * again, so the lock ends on time). A code that opens counts nothing and clears nothing: a guesser cannot reset the
 * count with a link of their own. Memory is bounded by {@value #MAX_TRACKED} addresses, the least recent forgotten
 * first. The numbers are in decision 038. One place for every door that opens a delegate's link: the page and the
 * offline card.
 */
@Component
class CodeGuessThrottle {

    static final int ALLOWED_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(10);
    static final int MAX_TRACKED = 100_000;

    private final Cache<String, AtomicInteger> failures;
    private final int allowedFailures;

    @Autowired
    CodeGuessThrottle(Clock clock,
                      @Value("${hoinghi.delegate-links.allowed-failures:" + ALLOWED_FAILURES + "}") int allowedFailures) {
        this(clock, MAX_TRACKED, allowedFailures);
    }

    CodeGuessThrottle(Clock clock, int maxTracked, int allowedFailures) {
        this.allowedFailures = allowedFailures;
        this.failures = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(LOCK)
                .maximumSize(maxTracked)
                .build();
    }

    /** Whether a code from this address may be looked up now. */
    boolean allows(String address) {
        AtomicInteger count = failures.getIfPresent(key(address));
        return count == null || count.get() < allowedFailures;
    }

    /** A code from this address opened nothing; the address's failures are kept {@link #LOCK} from now. */
    void failed(String address) {
        failures.asMap().compute(key(address), (k, count) -> {
            AtomicInteger c = count == null ? new AtomicInteger() : count;
            c.incrementAndGet();
            return c;
        });
    }

    int allowedFailures() {
        return allowedFailures;
    }

    /** How many addresses are kept now (for the bound's test). */
    long tracked() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
