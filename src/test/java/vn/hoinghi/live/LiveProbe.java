package vn.hoinghi.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.hoinghi.LiveDelay;

/**
 * Listens to the screens of two conferences while a change runs, as open views do ({@link LiveHub#subscribe}): the
 * change must wake its own conference's screens of each topic it should, and no screen of the other conference.
 */
@Component
public class LiveProbe {

    /** A change made by the test; it commits before it returns, as a service call does. */
    public interface Change {
        void run() throws Exception;
    }

    private final LiveHub hub;

    LiveProbe(LiveHub hub) {
        this.hub = hub;
    }

    /**
     * Runs the change and checks that it woke the screens of {@code conference} following each of the topics, and
     * none of {@code other}'s.
     */
    public void expect(long conference, long other, Set<LiveTopic> topics, Change change) throws Exception {
        expect(conference, Long.valueOf(other), topics, change);
    }

    /** The same for a change of something all conferences share (the units' directory), which tells them all. */
    public void expect(long conference, Set<LiveTopic> topics, Change change) throws Exception {
        expect(conference, null, topics, change);
    }

    private void expect(long conference, Long other, Set<LiveTopic> topics, Change change) throws Exception {
        Map<LiveTopic, AtomicInteger> heard = new EnumMap<>(LiveTopic.class);
        AtomicInteger elsewhere = new AtomicInteger();
        List<LiveHub.Subscription> subscriptions = new ArrayList<>();
        try {
            for (LiveTopic topic : topics) {
                AtomicInteger count = heard.computeIfAbsent(topic, t -> new AtomicInteger());
                subscriptions.add(hub.subscribe(conference, Set.of(topic), count::incrementAndGet));
            }
            if (other != null) {
                subscriptions.add(hub.subscribe(other, EnumSet.allOf(LiveTopic.class), elsewhere::incrementAndGet));
            }
            change.run();
            LiveDelay.await(() -> heard.values().stream().allMatch(count -> count.get() > 0));
            Thread.sleep(2 * LiveHub.COALESCE.toMillis()); // time for a wrongly addressed change to arrive too
            heard.forEach((topic, count) -> assertThat(count.get()).as(topic + " screens of the conference").isPositive());
            assertThat(elsewhere.get()).as("screens of another conference").isZero();
        } finally {
            subscriptions.forEach(LiveHub.Subscription::close);
        }
    }
}
