package vn.hoinghi.checkin;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.checkin.repository.CheckinRepository;
import vn.hoinghi.checkin.repository.CheckinRepository.NewCheckin;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.live.ConferenceChanged;
import vn.hoinghi.live.LiveTopic;

/**
 * The scanner API's check-ins, written in groups (decision 013). One writer thread takes every scan waiting and
 * checks them in with one transaction: one read of their delegates, one locking read of those not in yet, one
 * update, one insert, one read of their check-ins, one commit. At a quiet gate a group is a single scan, written as
 * {@link CheckinService} writes a gate's; when forty kiosks post at once, the database and the driver do a fraction
 * of the work per scan. Each device gets its answer
 * only after its group has committed. A group that fails (a request id reused for another delegate, a deadlock with
 * another server) is done again scan by scan through {@link CheckinService}, so one bad request cannot fail its
 * neighbours.
 */
@Component
class DeviceCheckins {

    /** More scans than this waiting means the database has stopped answering: the devices are told to retry. */
    static final int MAX_WAITING = 10_000;
    static final int MAX_GROUP = 200;
    static final String METHOD = "API";
    private static final Logger log = LoggerFactory.getLogger(DeviceCheckins.class);

    private record Scan(ScannerDevice device, String code, String requestId, CompletableFuture<CheckinResult> answer) {

        long conferenceId() {
            return device.conferenceId();
        }

        String by() {
            return "thiết bị: " + device.name();
        }
    }

    private final BlockingQueue<Scan> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
    private final CheckinRepository checkins;
    private final CheckinService single;
    private final DelegateCodes codes;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Thread writer;

    DeviceCheckins(CheckinRepository checkins, CheckinService single, DelegateCodes codes,
                   PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.checkins = checkins;
        this.single = single;
        this.codes = codes;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.writer = Thread.ofPlatform().daemon().name("device-checkins").start(this::writeWhileRunning);
    }

    /** A device's scan, answered once its group has committed (or failed: nothing acknowledged, the device retries). */
    CompletableFuture<CheckinResult> checkIn(ScannerDevice device, String code, String requestId) {
        Scan scan = new Scan(device, code, requestId, new CompletableFuture<>());
        if (!waiting.offer(scan)) {
            scan.answer().completeExceptionally(
                    new IllegalStateException("Quá nhiều lượt quét đang chờ ghi; thiết bị hãy gửi lại sau giây lát."));
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
            left.answer().completeExceptionally(new IllegalStateException("Máy chủ đang dừng; thiết bị hãy gửi lại."));
        }
    }

    private void write(List<Scan> group) {
        if (group.size() == 1) { // a quiet gate: the single-scan path asks the database less (4 requests, not 6)
            alone(group.getFirst());
            return;
        }
        Map<Scan, CheckinResult> results;
        try {
            results = tx.execute(status -> together(group));
        } catch (RuntimeException e) {
            log.debug("A group of {} scans is written one by one: {}", group.size(), e.toString());
            group.forEach(this::alone);
            return;
        }
        group.forEach(scan -> scan.answer().complete(results.get(scan)));
    }

    private void alone(Scan scan) {
        try {
            scan.answer().complete(tx.execute(status -> single.scan(scan.conferenceId(), scan.code(),
                    scan.device().gate(), METHOD, scan.by(), scan.requestId())));
        } catch (DuplicateKeyException e) { // the only unique key a check-in can break: (conference, request id)
            scan.answer().completeExceptionally(new RequestIdReusedException(scan.requestId(), e));
        } catch (RuntimeException e) {
            scan.answer().completeExceptionally(e);
        }
    }

    /** The rules of {@link CheckinService} for a whole group, inside one transaction. */
    private Map<Scan, CheckinResult> together(List<Scan> group) {
        List<DelegateCodes.Inspection> inspections = codes.inspectAll(group.stream().map(Scan::code).toList());
        Map<Scan, CheckinResult> results = new IdentityHashMap<>();
        Map<Scan, Delegate> eligible = new IdentityHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            Scan scan = group.get(i);
            CheckinResult refused = CheckinService.refusal(scan.conferenceId(), inspections.get(i));
            if (refused != null) {
                results.put(scan, refused);
            } else {
                eligible.put(scan, inspections.get(i).delegate());
            }
        }
        if (eligible.isEmpty()) {
            return results;
        }
        Set<Long> ids = new LinkedHashSet<>();
        eligible.values().forEach(d -> ids.add(d.id()));
        Set<Long> notIn = checkins.lockNotCheckedIn(ids);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<Scan, Delegate> winners = new IdentityHashMap<>();
        Set<Long> taken = new HashSet<>();
        for (Scan scan : group) { // in arrival order: of two scans of one delegate, the first wins
            Delegate d = eligible.get(scan);
            if (d != null && notIn.contains(d.id()) && taken.add(d.id())) {
                winners.put(scan, d);
            }
        }
        if (!winners.isEmpty()) {
            if (checkins.markCheckedIn(taken, now) != taken.size()) {
                throw new IllegalStateException("A locked delegate row changed under its lock");
            }
            checkins.insertAll(group.stream().filter(winners::containsKey).map(scan -> {
                Delegate d = winners.get(scan);
                return new NewCheckin(scan.conferenceId(), d.id(), d.attendeeName(), d.hasSubstitute(),
                        CheckinService.gateName(scan.device().gate()), METHOD, now, scan.by(), scan.requestId());
            }).toList());
        }
        Map<Long, Checkin> active = checkins.active(ids);
        Set<Long> changedConferences = new HashSet<>();
        eligible.forEach((scan, d) -> {
            Checkin in = active.get(d.id());
            if (winners.containsKey(scan)) {
                results.put(scan, new CheckinResult(CheckinReason.OK, d, in));
                changedConferences.add(scan.conferenceId());
            } else if (in != null && scan.requestId() != null && scan.requestId().equals(in.requestId())) {
                results.put(scan, new CheckinResult(CheckinReason.OK, d, in)); // a repeated request: the answer it missed
            } else {
                results.put(scan, new CheckinResult(CheckinReason.ALREADY, d, in));
            }
        });
        changedConferences.forEach(c -> events.publishEvent(new ConferenceChanged(c, LiveTopic.ATTENDANCE)));
        return results;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.interrupt();
        writer.join(5_000);
    }
}
