package vn.hoinghi.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SharedReadsTest {

    @Test
    void threeHundredScreensAskingAtOnceShareAFewReads() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        SharedReads<Long, String> shared = new SharedReads<>(id -> {
            reads.incrementAndGet();
            sleep(50);
            return "conference " + id;
        });
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService screens = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 300; i++) {
                answers.add(screens.submit(() -> {
                    go.await();
                    return shared.get(7L);
                }));
            }
            go.countDown();
        }
        for (Future<String> a : answers) {
            assertThat(a.get()).isEqualTo("conference 7");
        }
        assertThat(reads.get()).isBetween(1, 3);
    }

    @Test
    void noCallerGetsAReadThatStartedBeforeItAsked() throws Exception {
        AtomicLong committed = new AtomicLong();
        SharedReads<Long, Long> shared = new SharedReads<>(id -> {
            long seen = committed.get(); // what the read sees is what was committed when it started
            sleep(2);
            return seen;
        });
        List<Future<Boolean>> fresh = new ArrayList<>();
        try (ExecutorService screens = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 400; i++) {
                fresh.add(screens.submit(() -> {
                    long mine = committed.incrementAndGet(); // a change commits, then this screen asks
                    return shared.get(1L) >= mine;
                }));
            }
        }
        for (Future<Boolean> f : fresh) {
            assertThat(f.get()).as("saw the change committed before it asked").isTrue();
        }
    }

    @Test
    void aFailedReadFailsOnlyItsCallerAndKeysAreReadApart() {
        AtomicInteger calls = new AtomicInteger();
        SharedReads<Long, String> shared = new SharedReads<>(id -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            return "conference " + id;
        });
        assertThatThrownBy(() -> shared.get(1L)).hasMessage("database away");
        assertThat(shared.get(1L)).isEqualTo("conference 1");
        assertThat(shared.get(2L)).isEqualTo("conference 2");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
