package vn.hoinghi.live;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans committed changes out to the open screens of a conference. A lone change reaches a screen at once; a
 * burst (forty gates scanning together) reaches it as at most one refresh per {@link #COALESCE} window, the
 * last one after the burst's last change, so screens stay current without being pushed forty times a second.
 * With several app instances ({@code HOINGHI_REDIS_URL}), a change committed here also goes to the others through a
 * {@link LiveRelay}, and theirs come in through {@link #fanOut}: pages subscribe here either way.
 */
@Component
public class LiveHub {

    /** At most four refreshes a second per screen. */
    static final Duration COALESCE = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

    /** A screen's interest; closing it stops the refreshes (call it when the screen detaches). */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-hub").factory());
    /** Each refresh queries the database; one screen's refresh must not wait for another's. */
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ObjectProvider<LiveRelay> relay;

    LiveHub(ObjectProvider<LiveRelay> relay) {
        this.relay = relay;
    }

    /** Calls {@code refresh} (on a background thread) after committed changes of these topics in this conference. */
    public Subscription subscribe(long conferenceId, Set<LiveTopic> topics, Runnable refresh) {
        Subscriber s = new Subscriber(conferenceId, Set.copyOf(topics), refresh);
        subscribers.add(s);
        return () -> subscribers.remove(s);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(ConferenceChanged change) {
        fanOut(change);
        relay.ifAvailable(r -> r.publish(change));
    }

    /** Refreshes this instance's screens that follow the change (a change from here or from another instance). */
    void fanOut(ConferenceChanged change) {
        for (Subscriber s : subscribers) {
            if (s.conferenceId == change.conferenceId() && s.topics.contains(change.topic())
                    && s.pending.compareAndSet(false, true)) {
                long wait = Math.max(0, s.lastDelivery.get() + COALESCE.toNanos() - System.nanoTime());
                timer.schedule(() -> workers.execute(() -> deliver(s)), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** How many open screens follow this conference now (for monitoring and the screens benchmark). */
    public int subscriberCount(long conferenceId) {
        return (int) subscribers.stream().filter(s -> s.conferenceId == conferenceId).count();
    }

    private void deliver(Subscriber s) {
        s.lastDelivery.set(System.nanoTime());
        s.pending.set(false);
        if (!subscribers.contains(s)) {
            return;
        }
        try {
            s.refresh.run();
        } catch (RuntimeException e) {
            log.warn("A live screen could not be refreshed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    /** Compared by identity: two screens with the same interest are still two subscribers. */
    private static final class Subscriber {
        final long conferenceId;
        final Set<LiveTopic> topics;
        final Runnable refresh;
        final AtomicBoolean pending = new AtomicBoolean();
        final AtomicLong lastDelivery = new AtomicLong(System.nanoTime() - COALESCE.toNanos());

        Subscriber(long conferenceId, Set<LiveTopic> topics, Runnable refresh) {
            this.conferenceId = conferenceId;
            this.topics = topics;
            this.refresh = refresh;
        }
    }
}
