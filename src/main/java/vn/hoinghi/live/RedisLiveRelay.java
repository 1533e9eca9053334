package vn.hoinghi.live;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Live changes between instances over Redis pub/sub: each committed change goes out as one short message
 * ({@code instance conference TOPIC}); a message from another instance reaches this one's screens through the hub's
 * own coalescing, and this instance's own messages, heard back, are skipped (its screens already had them).
 * Sending happens on a thread of its own, so a slow or absent Redis never holds up a commit; while Redis is down the
 * messages are dropped (other instances' screens catch up at the next change) and a warning is logged each minute.
 */
final class RedisLiveRelay implements LiveRelay, MessageListener {

    /** An instance id, a conference id and a topic name are far shorter; anything longer is not ours. */
    static final int MAX_MESSAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(RedisLiveRelay.class);

    private final String instance = UUID.randomUUID().toString();
    private final StringRedisTemplate redis;
    private final LiveHub hub;
    private final ApplicationEventPublisher events;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(1));
    /** One sender, at most 10,000 changes waiting: the oldest go first when Redis cannot keep up. */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), Thread.ofPlatform().daemon().name("live-relay").factory(),
            new ThreadPoolExecutor.DiscardOldestPolicy());

    RedisLiveRelay(StringRedisTemplate redis, LiveHub hub, ApplicationEventPublisher events) {
        this.redis = redis;
        this.hub = hub;
        this.events = events;
    }

    @Override
    public void publish(ConferenceChanged change) {
        String message = instance + " " + change.conferenceId() + " " + change.topic().name();
        sender.execute(() -> {
            try {
                redis.convertAndSend(RedisBroker.CHANGES.getTopic(), message);
            } catch (RuntimeException e) {
                warnAtMostEachMinute(e);
            }
        });
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        byte[] body = message.getBody();
        if (body == null || body.length > MAX_MESSAGE) {
            return;
        }
        String[] parts = new String(body, StandardCharsets.UTF_8).split(" ");
        if (parts.length != 3 || parts[0].equals(instance)) {
            return;
        }
        ConferenceChanged change;
        try {
            change = new ConferenceChanged(Long.parseLong(parts[1]), LiveTopic.valueOf(parts[2]));
        } catch (IllegalArgumentException notOurs) { // a newer instance's topic, or not a change at all
            return;
        }
        try {
            events.publishEvent(new ChangedElsewhere(change));
        } catch (RuntimeException e) { // a bean that could not forget: its screens still refresh
            log.warn("A change from another instance was not heard by every bean: {}", e.toString());
        }
        hub.fanOut(change);
    }

    private void warnAtMostEachMinute(RuntimeException e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= TimeUnit.MINUTES.toNanos(1) && lastWarning.compareAndSet(last, now)) {
            log.warn("Live changes do not reach the other instances: Redis refused them ({})", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
