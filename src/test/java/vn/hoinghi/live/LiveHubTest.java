package vn.hoinghi.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.checkin.CheckinReason;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.LiveDelay;

@IntegrationTest
@WithMockUser(username = "cong1", roles = AppRoles.STAFF)
class LiveHubTest {

    @Autowired LiveHub hub;
    @Autowired ImportFixture fixture;
    @Autowired CheckinService checkins;
    @Autowired DelegateService delegates;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @Test
    void aCheckInReachesTheScreensOfItsConferenceWithinASecond() throws Exception {
        long conference = fixture.conferenceWithDelegates();
        long other = fixture.conferenceWithDelegates();
        AtomicInteger here = new AtomicInteger();
        AtomicInteger elsewhere = new AtomicInteger();
        AtomicInteger pointsOnly = new AtomicInteger();
        try (var a = hub.subscribe(conference, Set.of(LiveTopic.ATTENDANCE), here::incrementAndGet);
             var b = hub.subscribe(other, Set.of(LiveTopic.ATTENDANCE), elsewhere::incrementAndGet);
             var c = hub.subscribe(conference, Set.of(LiveTopic.POINTS), pointsOnly::incrementAndGet)) {
            Delegate d = delegates.list(conference, DelegateFilter.all()).getFirst();
            long start = System.nanoTime();
            assertThat(checkins.checkInFound(conference, d.id(), "Cổng 1").reason()).isEqualTo(CheckinReason.OK);
            LiveDelay.await(() -> here.get() > 0);
            LiveDelay.since("live-hub-checkin-to-refresh", start);
            assertThat(here.get()).as("refreshed once").isEqualTo(1);
            Thread.sleep(400);
            assertThat(elsewhere.get()).as("another conference's screens").isZero();
            assertThat(pointsOnly.get()).as("a screen of another topic").isZero();
        }
    }

    @Test
    void aBurstOfCheckInsIsOneOrTwoRefreshesAndTheLastIsNotMissed() throws Exception {
        long conference = fixture.conferenceWithDelegates();
        AtomicInteger refreshes = new AtomicInteger();
        AtomicLong lastRefresh = new AtomicLong();
        try (var s = hub.subscribe(conference, Set.of(LiveTopic.ATTENDANCE), () -> {
            refreshes.incrementAndGet();
            lastRefresh.set(System.nanoTime());
        })) {
            long firstStarted = System.nanoTime();
            long lastStarted = 0;
            for (Delegate d : delegates.list(conference, DelegateFilter.all()).subList(0, 20)) {
                lastStarted = System.nanoTime();
                checkins.checkInFound(conference, d.id(), "Cổng 1");
            }
            long last = lastStarted;
            LiveDelay.await(() -> lastRefresh.get() > last);
            assertThat(lastRefresh.get()).as("a refresh after the last check-in").isGreaterThan(lastStarted);
            // However slow the machine, a screen is refreshed at most once per coalescing period (and once more).
            long periods = (lastRefresh.get() - firstStarted) / LiveHub.COALESCE.toNanos();
            assertThat(refreshes.get()).isBetween(1, (int) Math.min(20, periods + 2));
        }
    }

    @Test
    void aRolledBackChangeWakesNoScreenAndAClosedSubscriptionHearsNothing() throws Exception {
        long conference = fixture.conferenceWithDelegates();
        AtomicInteger refreshes = new AtomicInteger();
        var subscription = hub.subscribe(conference, Set.of(LiveTopic.ATTENDANCE), refreshes::incrementAndGet);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ConferenceChanged(conference, LiveTopic.ATTENDANCE));
            status.setRollbackOnly();
        });
        Thread.sleep(2 * LiveHub.COALESCE.toMillis());
        assertThat(refreshes.get()).as("rolled back").isZero();

        subscription.close();
        events.publishEvent(new ConferenceChanged(conference, LiveTopic.ATTENDANCE));
        Thread.sleep(2 * LiveHub.COALESCE.toMillis());
        assertThat(refreshes.get()).as("after close").isZero();
    }
}
