package vn.hoinghi.checkin;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.delegate.DelegateCodes;

/**
 * The scanner devices' check-ins, written in groups (decision 013). One writer thread takes every scan waiting and
 * hands them to {@link CheckinWriter} in one transaction: one read of their delegates, one locking read of those not
 * in yet, one update, one insert, one read of their check-ins, one commit. At a quiet gate a group is a single scan,
 * written as a gate's is; when forty kiosks post at once, the database and the driver do a fraction of the work per
 * scan. Each device gets its answer only after its group has committed. A group that fails (a request id reused for
 * another delegate, a deadlock with another server) is done again scan by scan, so one bad request cannot fail its
 * neighbours.
 */
@Component
class DeviceCheckins {

    /** More scans than this waiting means the database has stopped answering: the devices are told to retry. */
    static final int MAX_WAITING = 10_000;
    static final int MAX_GROUP = 200;
    private static final Logger log = LoggerFactory.getLogger(DeviceCheckins.class);

    private record Scan(DeviceCall call, CompletableFuture<CheckinResult> answer) {
    }

    private final BlockingQueue<Scan> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
    private final CheckinWriter writer;
    private final DelegateCodes codes;
    private final TransactionTemplate tx;
    private final Thread thread;

    DeviceCheckins(CheckinWriter writer, DelegateCodes codes, PlatformTransactionManager transactions) {
        this.writer = writer;
        this.codes = codes;
        this.tx = new TransactionTemplate(transactions);
        this.thread = Thread.ofPlatform().daemon().name("device-checkins").start(this::writeWhileRunning);
    }

    /** A device's scan, answered once its group has committed (or failed: nothing acknowledged, the device retries). */
    CompletableFuture<CheckinResult> checkIn(DeviceCall call) {
        Scan scan = new Scan(call, new CompletableFuture<>());
        if (!waiting.offer(scan)) {
            scan.answer().completeExceptionally(
                    new IllegalStateException("Too many scans waiting to be written; the device should send again shortly."));
        }
        return scan.answer();
    }

    /** Scans waiting for the next group (for monitoring and tests). */
    int waiting() {
        return waiting.size();
    }

    private void writeWhileRunning() {
        List<Scan> group = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                group.add(waiting.take());
            } catch (InterruptedException e) {
                break;
            }
            waiting.drainTo(group, MAX_GROUP - 1);
            try {
                write(group);
            } catch (Throwable t) { // the writer must outlive any one group, or every later scan would wait forever
                log.error("A group of {} scans could not be written", group.size(), t);
                group.forEach(scan -> scan.answer().completeExceptionally(t));
            }
            group.clear();
        }
        Scan left;
        while ((left = waiting.poll()) != null) {
            left.answer().completeExceptionally(
                    new IllegalStateException("The server is stopping; the device should send again."));
        }
    }

    private void write(List<Scan> group) {
        if (group.size() == 1) {
            alone(group.getFirst());
            return;
        }
        List<CheckinResult> results;
        try {
            results = tx.execute(status -> writer.write(attempts(group)));
        } catch (RuntimeException e) {
            log.debug("A group of {} scans is written one by one: {}", group.size(), e.toString());
            group.forEach(this::alone);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).answer().complete(results.get(i));
        }
    }

    private void alone(Scan scan) {
        try {
            scan.answer().complete(tx.execute(status -> writer.write(attempts(List.of(scan))).getFirst()));
        } catch (DuplicateKeyException e) { // the only unique key a check-in can break: (conference, request id)
            scan.answer().completeExceptionally(new RequestIdReusedException(scan.call().requestId(), e));
        } catch (RuntimeException e) {
            scan.answer().completeExceptionally(e);
        }
    }

    /** The group's codes, read together. */
    private List<CheckinWriter.Attempt> attempts(List<Scan> group) {
        List<DelegateCodes.Inspection> inspections = codes.inspectAll(group.stream().map(s -> s.call().code()).toList());
        List<CheckinWriter.Attempt> attempts = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            attempts.add(CheckinService.byDevice(group.get(i).call(), inspections.get(i)));
        }
        return attempts;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.interrupt();
        thread.join(5_000);
    }
}
