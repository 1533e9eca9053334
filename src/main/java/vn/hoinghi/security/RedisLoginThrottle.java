package vn.hoinghi.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import vn.hoinghi.live.RedisConfigured;

/**
 * The {@link LoginThrottle} of instances sharing a Redis: a counter per name and address that expires
 * {@link #FORGET_AFTER} after its last failure, and a lock key that expires when the lock ends, so every instance
 * sees the same count and lock. While Redis cannot be reached, each instance counts in its own memory (as a lone
 * one does) and the stricter of the two locks holds: a guesser is slowed down either way, nobody is locked out.
 */
@Component
@Conditional(RedisConfigured.class)
class RedisLoginThrottle implements LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(RedisLoginThrottle.class);
    private static final String PREFIX = "hoinghi:login:";

    private final StringRedisTemplate redis;
    private final MemoryLoginThrottle whileDown;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(1));

    RedisLoginThrottle(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.whileDown = new MemoryLoginThrottle(clock);
    }

    @Override
    public Duration lockedFor(Key key) {
        Duration local = whileDown.lockedFor(key);
        try {
            Long millis = redis.getExpire(lockKey(key), TimeUnit.MILLISECONDS);
            Duration shared = millis != null && millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
            return shared.compareTo(local) > 0 ? shared : local;
        } catch (DataAccessException e) {
            warn(e);
            return local;
        }
    }

    @Override
    public void failed(Key key) {
        try {
            Long count = redis.opsForValue().increment(countKey(key));
            redis.expire(countKey(key), FORGET_AFTER);
            Duration lock = LoginThrottle.lockAfter(count == null ? 1 : (int) Math.min(count, Integer.MAX_VALUE));
            if (!lock.isZero()) {
                redis.opsForValue().set(lockKey(key), "1", lock);
            }
        } catch (DataAccessException e) {
            warn(e);
            whileDown.failed(key);
        }
    }

    @Override
    public void succeeded(Key key) {
        whileDown.succeeded(key);
        try {
            redis.delete(List.of(countKey(key), lockKey(key)));
        } catch (DataAccessException e) {
            warn(e);
        }
    }

    private static String countKey(Key key) {
        return PREFIX + "failures:" + key.address() + "|" + key.username();
    }

    private static String lockKey(Key key) {
        return PREFIX + "locked:" + key.address() + "|" + key.username();
    }

    private void warn(DataAccessException e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= TimeUnit.MINUTES.toNanos(1) && lastWarning.compareAndSet(last, now)) {
            log.warn("The login throttle counts on this instance only: Redis cannot be reached ({})", e.toString());
        }
    }
}
