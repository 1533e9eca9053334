package vn.hoinghi.live;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans committed changes out to the open screens of a conference. A burst of changes (forty gates scanning at
 * once) reaches each screen as at most one refresh per {@link #COALESCE} window, so screens stay responsive
 * and the server does not push forty times a second to every browser.
 */
@Component
public class LiveHub {

    /** Short enough that a screen shows a scan well within a second. */
    static final Duration COALESCE = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

    /** A screen's interest; closing it stops the refreshes (call it when the screen detaches). */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-hub").factory());

    /** Calls {@code refresh} (on a background thread) after committed changes of these topics in this conference. */
    public Subscription subscribe(long conferenceId, Set<LiveTopic> topics, Runnable refresh) {
        Subscriber s = new Subscriber(conferenceId, Set.copyOf(topics), refresh);
        subscribers.add(s);
        return () -> subscribers.remove(s);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(ConferenceChanged change) {
        for (Subscriber s : subscribers) {
            if (s.conferenceId == change.conferenceId() && s.topics.contains(change.topic())
                    && s.pending.compareAndSet(false, true)) {
                timer.schedule(() -> deliver(s), COALESCE.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private void deliver(Subscriber s) {
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
    }

    private record Subscriber(long conferenceId, Set<LiveTopic> topics, Runnable refresh, AtomicBoolean pending) {
        Subscriber(long conferenceId, Set<LiveTopic> topics, Runnable refresh) {
            this(conferenceId, topics, refresh, new AtomicBoolean());
        }
    }
}
