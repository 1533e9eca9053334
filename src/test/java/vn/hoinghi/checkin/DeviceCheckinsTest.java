package vn.hoinghi.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.gate.ScannerService;

/** The scanner API's check-ins are written in groups; every scan in a group still gets its own, right answer. */
@IntegrationTest
class DeviceCheckinsTest {

    @Autowired ImportFixture fixture;
    @Autowired ScannerService scanners;
    @Autowired DeviceCheckins grouped;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;
    @Autowired DataSource dataSource;

    private Delegate someone(long conference, String name) {
        return delegates.list(conference, new DelegateFilter(name, null, null, null, null, null, false)).getFirst();
    }

    @Test
    void fortyKiosksScanningTheSamePersonAtOnceCheckHimInOnce() throws Exception {
        long conference = runAs.committee("bantochuc", fixture::conferenceWithDelegates);
        String code = runAs.committee("bantochuc", () -> codes.code(someone(conference, "Mai Công Tâm")));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int gate = i;
            tokens.add(runAs.committee("bantochuc", () -> scanners.register(conference, "Kiosk " + gate, "Cổng " + gate).token()));
        }
        List<Callable<CheckinResult>> scans = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String token = tokens.get(i);
            String request = "k" + i;
            scans.add(() -> scanners.scan(token, code, request).orElseThrow());
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<CheckinResult> results = new ArrayList<>();
        for (Future<CheckinResult> f : pool.invokeAll(scans)) {
            results.add(f.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn(CheckinResult::ok).hasSize(1);
        assertThat(results).filteredOn(r -> r.reason() == CheckinReason.ALREADY).hasSize(39)
                .allSatisfy(r -> assertThat(r.checkin().gate()).isEqualTo(results.stream().filter(CheckinResult::ok)
                        .findFirst().orElseThrow().checkin().gate()));
        assertThat(rows("SELECT COUNT(*) FROM checkin WHERE conference_id = ?", conference)).isEqualTo(1);
    }

    @Test
    void eachScanOfAGroupGetsItsOwnAnswer() throws Exception {
        long conference = runAs.committee("bantochuc", fixture::conferenceWithDelegates);
        long other = runAs.committee("bantochuc", fixture::conferenceWithDelegates);
        Map<String, String> code = runAs.committee("bantochuc", () -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("tam", codes.code(someone(conference, "Mai Công Tâm")));
            m.put("an", codes.code(someone(conference, "Đinh Hữu An")));
            m.put("stranger", codes.code(someone(other, "Đinh Hữu An")));
            Delegate leaving = someone(conference, "Trương Quốc Kiên");
            m.put("leaving", codes.code(leaving));
            delegates.withdraw(leaving.id(), leaving.version());
            return m;
        });
        String token = runAs.committee("bantochuc", () -> scanners.register(conference, "Kiosk sảnh", "Cổng chính").token());
        long an = runAs.committee("bantochuc", () -> someone(conference, "Đinh Hữu An").id());
        String forged = code.get("tam").substring(0, code.get("tam").length() - 2) + "xx";

        ExecutorService pool = Executors.newCachedThreadPool();
        List<Future<CheckinResult>> group;
        Future<CheckinResult> held;
        try (Connection lock = dataSource.getConnection()) {
            // Hold An's row: the writer's first group (An alone) waits, and the next scans gather behind it.
            holdRow(lock, an);
            held = pool.submit(() -> scanners.scan(token, code.get("an"), "an-1").orElseThrow());
            waitUntil(() -> lockWaits() == 1); // the writer took it and waits for the row
            group = new ArrayList<>();
            String[][] scans = {{"tam", "t-1"}, {"tam", "t-2"}, {"tam", "t-1"}, {"forged", null}, {"leaving", null},
                    {"stranger", null}, {"nonsense", null}, {"an", "an-2"}};
            for (String[] s : scans) {
                String text = s[0].equals("forged") ? forged : s[0].equals("nonsense") ? "xin chào" : code.get(s[0]);
                group.add(pool.submit(() -> scanners.scan(token, text, s[1]).orElseThrow()));
                int queued = group.size();
                waitUntil(() -> grouped.waiting() == queued); // one after another: the group keeps this order
            }
            lock.commit();
        }
        CheckinResult first = held.get();
        List<CheckinResult> r = new ArrayList<>();
        for (Future<CheckinResult> f : group) {
            r.add(f.get());
        }
        pool.shutdown();

        assertThat(first.reason()).isEqualTo(CheckinReason.OK);
        assertThat(r.get(0).reason()).isEqualTo(CheckinReason.OK);
        assertThat(r.get(0).checkin().gate()).isEqualTo("Cổng chính");
        assertThat(r.get(1).reason()).as("the same person later in the group").isEqualTo(CheckinReason.ALREADY);
        assertThat(r.get(1).checkin().id()).isEqualTo(r.get(0).checkin().id());
        assertThat(r.get(2).reason()).as("a repeated request gets the answer it missed").isEqualTo(CheckinReason.OK);
        assertThat(r.get(2).checkin().id()).isEqualTo(r.get(0).checkin().id());
        assertThat(r.get(3).reason()).isEqualTo(CheckinReason.INVALID);
        assertThat(r.get(4).reason()).isEqualTo(CheckinReason.REVOKED);
        assertThat(r.get(5).reason()).isEqualTo(CheckinReason.OTHER_CONFERENCE);
        assertThat(r.get(5).delegate()).as("another conference's delegate is not named").isNull();
        assertThat(r.get(6).reason()).isEqualTo(CheckinReason.UNKNOWN);
        assertThat(r.get(7).reason()).as("checked in by the group before").isEqualTo(CheckinReason.ALREADY);
        assertThat(r.get(7).checkin().id()).isEqualTo(first.checkin().id());
        assertThat(rows("SELECT COUNT(*) FROM checkin WHERE conference_id = ?", conference)).isEqualTo(2);
        assertThat(rows("SELECT COUNT(*) FROM delegate WHERE conference_id = ? AND checked_in_at IS NOT NULL", conference))
                .isEqualTo(2);
    }

    @Test
    void aRequestIdReusedForAnotherDelegateFailsAloneNotItsGroup() throws Exception {
        long conference = runAs.committee("bantochuc", fixture::conferenceWithDelegates);
        List<String> three = runAs.committee("bantochuc", () -> delegates.list(conference, DelegateFilter.all()).stream()
                .limit(3).map(codes::code).toList());
        String token = runAs.committee("bantochuc", () -> scanners.register(conference, "Kiosk lỗi", "Cổng phụ").token());
        long firstId = runAs.committee("bantochuc", () -> delegates.list(conference, DelegateFilter.all()).getFirst().id());

        ExecutorService pool = Executors.newCachedThreadPool();
        List<Future<CheckinResult>> group = new ArrayList<>();
        try (Connection lock = dataSource.getConnection()) {
            holdRow(lock, firstId);
            Future<CheckinResult> held = pool.submit(() -> scanners.scan(token, three.get(0), "x-0").orElseThrow());
            waitUntil(() -> lockWaits() == 1); // the writer took it and waits for the row
            group.add(pool.submit(() -> scanners.scan(token, three.get(1), "same").orElseThrow()));
            waitUntil(() -> grouped.waiting() == 1);
            group.add(pool.submit(() -> scanners.scan(token, three.get(2), "same").orElseThrow()));
            waitUntil(() -> grouped.waiting() == 2);
            lock.commit();
            assertThat(held.get().reason()).isEqualTo(CheckinReason.OK);
        }
        CheckinResult kept = group.get(0).get();
        Throwable refused = null;
        try {
            group.get(1).get();
        } catch (java.util.concurrent.ExecutionException e) {
            refused = e.getCause();
        }
        pool.shutdown();

        assertThat(kept.reason()).as("written again on its own").isEqualTo(CheckinReason.OK);
        assertThat(refused).as("the reused request id").isInstanceOf(RequestIdReusedException.class);
        assertThat(rows("SELECT COUNT(*) FROM checkin WHERE conference_id = ?", conference)).isEqualTo(2);
    }

    private int rows(String sql, long conference) {
        return new JdbcTemplate(dataSource).queryForObject(sql, Integer.class, conference);
    }

    /** Locks a delegate's row in the connection's open transaction, until it commits. */
    private static void holdRow(Connection lock, long delegateId) throws java.sql.SQLException {
        lock.setAutoCommit(false);
        try (PreparedStatement s = lock.prepareStatement("SELECT id FROM delegate WHERE id = ? FOR UPDATE")) {
            s.setLong(1, delegateId);
            s.executeQuery().close();
        }
    }

    private int lockWaits() {
        return new JdbcTemplate(dataSource).query("SHOW GLOBAL STATUS LIKE 'Innodb_row_lock_current_waits'",
                rs -> rs.next() ? rs.getInt(2) : 0);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }
}
