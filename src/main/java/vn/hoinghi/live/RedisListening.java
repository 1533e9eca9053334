package vn.hoinghi.live;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts listening to the other instances once Redis answers, from a thread of its own: an instance starts while
 * Redis is down (its screens then follow only its own changes) and joins the others when Redis comes up. Once
 * listening, the container itself subscribes again after a lost connection.
 */
final class RedisListening implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisListening.class);
    private static final long MAX_WAIT_MS = 5_000;

    private final RedisMessageListenerContainer container;
    private final RedisConnectionFactory redis;
    private volatile Thread starter;

    RedisListening(RedisMessageListenerContainer container, RedisConnectionFactory redis) {
        this.container = container;
        this.redis = redis;
    }

    @Override
    public void start() {
        starter = Thread.ofVirtual().name("live-listen").start(this::listenWhenRedisAnswers);
    }

    private void listenWhenRedisAnswers() {
        long wait = 250;
        long lastWarning = System.nanoTime() - TimeUnit.MINUTES.toNanos(1);
        while (!Thread.currentThread().isInterrupted()) {
            try (RedisConnection connection = redis.getConnection()) {
                connection.ping();
                container.start();
                log.info("Listening to the other instances' live changes on Redis");
                return;
            } catch (RuntimeException e) {
                container.stop();
                if (System.nanoTime() - lastWarning >= TimeUnit.MINUTES.toNanos(1)) {
                    lastWarning = System.nanoTime();
                    log.warn("Redis cannot be reached: this instance's screens follow only its own changes for now ({})",
                            e.toString());
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
            wait = Math.min(wait * 2, MAX_WAIT_MS);
        }
    }

    @Override
    public void stop() {
        Thread t = starter;
        if (t != null) {
            t.interrupt();
        }
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return starter != null && (starter.isAlive() || container.isRunning());
    }
}
