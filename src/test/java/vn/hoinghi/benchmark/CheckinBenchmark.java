package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import java.net.URI;
import vn.hoinghi.benchmark.HttpLoad.Post;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.gate.ScannerService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;

/**
 * 40 scanners posting to /api/scan at once (2,000 delegates, one in ten scanned twice), against a raw JDBC
 * loop of the same single-row update in the same run. Goals: p99 ≤ 15 ms, throughput ≥ 50 % of the raw loop.
 * The figures are those of the server's steady state: 40-client rounds are run until the JIT compilers are done with the
 * scan path (checkin-warmup-N-*); the first round, on a cold app, is printed as checkin-cold-*.
 * Run: ./mvnw test -Dtest=CheckinBenchmark -Dbenchmark=true
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CheckinBenchmark {

    private static final int DELEGATES = 2000;
    private static final int CLIENTS = 40;
    /**
     * The measured round scans this many conferences one after the other (11,000 scans, 2–3 s): in a round of one
     * (0.4 s), a single stall of the machine, the JIT or the collector holds all 40 requests in flight, nearly 2 % of
     * the scans, and so sets the p99 by itself.
     */
    private static final int MEASURED_CONFERENCES = 5;
    /** Warm-up ends after this many rounds in a row where the JIT compilers took at most QUIET_JIT_SHARE of the CPU. */
    private static final int QUIET_ROUNDS = 5;
    private static final double QUIET_JIT_SHARE = 0.05;
    /** At most this many warm-up rounds (-Dcheckin.maxWarmupRounds; 0 measures the second round, as before). */
    private static final int MAX_WARMUP_ROUNDS = Integer.getInteger("checkin.maxWarmupRounds", 150);
    /** Scans per second in the open-loop round (-Dcheckin.openLoopRate): 40 gates, one scan each per 0.4 s. */
    private static final int OPEN_LOOP_RATE = Integer.getInteger("checkin.openLoopRate", 100);

    @LocalServerPort int port;
    @Autowired RunAs runAs;
    @Autowired ImportFixture fixture;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired ScannerService scanners;
    @Autowired DataSource dataSource;

    /** What one round of scans measured; every round checks the same correctness rules before it is used. */
    private record Round(List<Long> latencies, double seconds, int scans, long appCpuNanos, long dbCpuNanos,
                         long clientCpuNanos, long writerCpuNanos, java.util.Map<String, Long> dbRequests,
                         int ok, int already, int other, java.util.Map<String, Long> cpuByThreadKind,
                         GcPauses gc, long clientAllocatedBytes, long clientGcPauses, long clientGcMillis) {
        double p(double q) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q))) / 1e6;
        }
    }

    /** The 40 scanners, in a process of their own. */
    private HttpLoad load;

    @BeforeEach
    void startTheScanners() throws IOException {
        load = new HttpLoad(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "checkin-load"));
    }

    @AfterEach
    void stopTheScanners() throws InterruptedException {
        load.close();
    }

    @Test
    void fortyScannersAtOnce() throws Exception {
        // Every conference the rounds scan is made first, then the JIT is let finish compiling the import (2,000
        // delegates each), so that what it compiles during a round is the scan path.
        Prepared cold = prepare("Cổng 1");
        List<Prepared> warm = List.of(prepare("Cổng 1"), prepare("Cổng 1"));
        List<Prepared> measured = new ArrayList<>();
        for (int i = 0; i < MEASURED_CONFERENCES; i++) {
            measured.add(prepare("Cổng 2"));
        }
        List<Long> rawWarmIds = delegateIds(newConference());
        List<Long> rawIds = delegateIds(newConference());
        Prepared solo = prepare("Cổng 3");
        Prepared open = prepare("Cổng 3");
        // The server's heap as production sets it (pom.xml's server.jvm.options, profile "benchmark"; decision 014).
        System.out.printf("checkin-server-heap-max: %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("checkin-jit-settled-after-setup: %.1f s%n", ThreadCpu.waitForQuietJit() / 1e9);

        // A first 40-client round on an app that has served no scan yet: the JIT compiles the scan path meanwhile.
        print("checkin-cold", closedLoop(List.of(cold), CLIENTS));

        // The raw loop's driver paths are compiled before the warm-up, not during the measured round that follows it.
        rawJdbcThroughput(rawWarmIds);
        System.out.printf("checkin-warmup-rounds: %d%n", warmUp(warm));

        // The figures, next to the raw loop measured just before them (the machine's load moves both alike).
        double raw = rawJdbcThroughput(rawIds);
        jdk.jfr.Recording jfr = startRecording();
        Round round = closedLoop(measured, CLIENTS);
        stopRecording(jfr);
        print("checkin", round);
        System.out.printf("checkin-p95: %.1f ms%n", round.p(0.95));
        System.out.printf("checkin-p999: %.1f ms%n", round.p(0.999));
        System.out.printf("checkin-max: %.1f ms%n", round.p(1.0));
        System.out.printf("checkin-raw-jdbc-throughput: %.0f per s%n", raw);
        System.out.printf("checkin-throughput-share-of-raw: %.0f %%%n", 100 * round.scans() / round.seconds() / raw);

        // The same 40 clients and requests against a servlet that only reads the body and answers a fixed JSON of
        // the same length: what Tomcat, the clients and the two cores allow with no check-in work at all.
        // A first pass warms its path; the measured pass is as long as the measured round (11,000 requests).
        httpFloor(measured.getFirst().token(), measured.getFirst().scans(), 1);
        print("checkin-http-floor", httpFloor(measured.getFirst().token(), measured.getFirst().scans(), MEASURED_CONFERENCES));

        // 40 clients posting at a fixed arrival rate (open loop). At that rate a group is mostly one scan, written by
        // the single-scan path: one client scanning alone warms that path first.
        Round alone = closedLoop(List.of(solo), 1);
        System.out.printf("checkin-one-client-throughput: %.0f per s%n", alone.scans() / alone.seconds());
        Round paced = openLoop(open, OPEN_LOOP_RATE);
        System.out.printf("checkin-open-loop-rate: %d per s%n", OPEN_LOOP_RATE);
        System.out.printf("checkin-open-loop-p50: %.1f ms%n", paced.p(0.5));
        System.out.printf("checkin-open-loop-p95: %.1f ms%n", paced.p(0.95));
        System.out.printf("checkin-open-loop-p99: %.1f ms%n", paced.p(0.99));
        System.out.printf("checkin-open-loop-max: %.1f ms%n", paced.p(1.0));
        printCpu("checkin-open-loop", paced);
    }

    /**
     * More 40-client rounds (two conferences, their check-ins cleared before each), not measured, until the JIT has
     * compiled the scan path (jOOQ, Tomcat, the driver, the clients): one to two minutes of load on two cores. The
     * measured round is then the server's steady state, as it is once a morning's scans are under way.
     * <p>
     * A round is two conferences (4,400 scans, 110 per client) so that each client's connection is closed by Tomcat once
     * (server.tomcat.max-keep-alive-requests, 100) and opened again, as in the measured round. With one conference (55
     * per client) no warm-up round did; the first reconnects came in the measured round, where the JIT threw away its
     * code for a dozen of Tomcat's request methods (Http11Processor.service, CoyoteAdapter.service, …: "uncommon
     * trap", a branch never taken before) and compiled them again while the forty requests waited.
     */
    private int warmUp(List<Prepared> warm) throws Exception {
        int rounds = 0;
        int quiet = 0;
        while (quiet < QUIET_ROUNDS && rounds < MAX_WARMUP_ROUNDS) {
            for (Prepared p : warm) {
                clearCheckins(p.conference());
            }
            Round warmup = closedLoop(warm, CLIENTS);
            rounds++;
            quiet = jitShare(warmup) <= QUIET_JIT_SHARE ? quiet + 1 : 0;
            System.out.printf("checkin-warmup-%d-throughput: %.0f per s%n", rounds, warmup.scans() / warmup.seconds());
            System.out.printf("checkin-warmup-%d-jit-share: %.0f %%%n", rounds, 100 * jitShare(warmup));
        }
        return rounds;
    }

    /** Nobody of the conference checked in, for the next warm-up round. */
    private void clearCheckins(long conference) throws java.sql.SQLException {
        // The pool's connections have autocommit off: without this commit the next round may still see them (decision 005).
        try (Connection c = dataSource.getConnection();
             PreparedStatement checkins = c.prepareStatement("DELETE FROM checkin WHERE conference_id = ?");
             PreparedStatement present = c.prepareStatement("UPDATE delegate SET checked_in_at = NULL WHERE conference_id = ?")) {
            checkins.setLong(1, conference);
            checkins.executeUpdate();
            present.setLong(1, conference);
            present.executeUpdate();
            c.commit();
        }
    }

    /** A fresh conference of 2,000 delegates, a scanner device registered for it, and the scans to post. */
    private record Prepared(long conference, String token, List<String> scans) {

        List<Post> posts() {
            return scans.stream().map(code -> new Post(token, code)).toList();
        }
    }

    private Prepared prepare(String gate) {
        long conference = newConference();
        String token = runAs.committee("benchmark", () -> scanners.register(conference, "Tải thử", gate).token());
        return new Prepared(conference, token, scans(conference));
    }

    private Round httpFloor(String token, List<String> scans, int times) throws Exception {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            scans.forEach(code -> posts.add(new Post(token, code)));
        }
        Round floor = drive(HttpFloor.PATH, CLIENTS, 0, posts);
        assertThat(floor.ok()).isEqualTo(times * scans.size());
        return floor;
    }

    private static double jitShare(Round r) {
        return (double) r.cpuByThreadKind().getOrDefault("jit", 0L) / r.appCpuNanos();
    }

    private static void print(String name, Round r) {
        System.out.printf("%s-p50: %.1f ms%n", name, r.p(0.5));
        System.out.printf("%s-p99: %.1f ms%n", name, r.p(0.99));
        System.out.printf("%s-throughput: %.0f per s%n", name, r.scans() / r.seconds());
        printCpu(name, r);
    }

    /**
     * With -Dcheckin.jfr=FILE, a JFR profile (1 ms samples) of the measured round. Allocation is recorded at every new
     * TLAB, with its stack: JFR's throttled allocation samples gave the group writer so few samples that one of them
     * carried nine tenths of its garbage. Run with {@code -XX:TLABSize=32k -XX:-ResizeTLAB} so that each event weighs
     * the same (docs/benchmarks.md).
     */
    private static jdk.jfr.Recording startRecording() throws Exception {
        if (System.getProperty("checkin.jfr") == null) {
            return null;
        }
        jdk.jfr.Recording jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        jfr.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
        jfr.enable("jdk.ObjectAllocationInNewTLAB").withStackTrace();
        jfr.start();
        return jfr;
    }

    private static void stopRecording(jdk.jfr.Recording jfr) throws Exception {
        if (jfr != null) {
            jfr.stop();
            jfr.dump(java.nio.file.Path.of(System.getProperty("checkin.jfr")));
            jfr.close();
        }
    }

    private List<Long> delegateIds(long conference) {
        return runAs.committee("benchmark", () ->
                delegates.list(conference, DelegateFilter.all()).stream().map(Delegate::id).toList());
    }

    private long newConference() {
        return runAs.committee("benchmark", () -> fixture.quangTriWith("2000.csv", sheet()));
    }

    /** Every delegate's code once, one in ten twice, shuffled. */
    private List<String> scans(long conference) {
        return runAs.committee("benchmark", () -> {
            List<String> list = new ArrayList<>();
            for (Delegate d : delegates.list(conference, DelegateFilter.all())) {
                String code = codes.code(d);
                list.add(code);
                if (d.id() % 10 == 0) {
                    list.add(code);
                }
            }
            Collections.shuffle(list, new java.util.Random(7));
            return list;
        });
    }

    /**
     * 40 clients, each posting its next scan as soon as its last answer came (closed loop); the conferences' scans one
     * after the other, as one round.
     */
    private Round closedLoop(List<Prepared> conferences, int clients) throws Exception {
        return run(conferences, clients, 0, conferences.stream().flatMap(p -> p.posts().stream()).toList());
    }

    /**
     * 40 clients, scan i due at start + i / rate whatever the answers so far: a scan that waits for a free
     * client counts its wait (latency from the due time, so a slow server cannot hide its queue).
     */
    private Round openLoop(Prepared p, int rate) throws Exception {
        return run(List.of(p), CLIENTS, rate, p.posts());
    }

    private Round run(List<Prepared> conferences, int clients, double rate, List<Post> posts) throws Exception {
        Round round = drive("/api/scan", clients, rate, posts);
        assertThat(round.ok()).isEqualTo(conferences.size() * DELEGATES);
        assertThat(round.already()).isEqualTo(conferences.stream().mapToInt(p -> p.scans().size() - DELEGATES).sum());
        assertThat(round.other()).isZero();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (Prepared p : conferences) {
            long conference = p.conference();
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM checkin WHERE conference_id = ?", Integer.class, conference);
            Integer people = jdbc.queryForObject("SELECT COUNT(DISTINCT delegate_id) FROM checkin WHERE conference_id = ?", Integer.class, conference);
            Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM delegate WHERE conference_id = ? AND checked_in_at IS NOT NULL", Integer.class, conference);
            assertThat(rows).as("no delegate checked in twice").isEqualTo(DELEGATES);
            assertThat(people).isEqualTo(DELEGATES);
            assertThat(present).as("none lost").isEqualTo(DELEGATES);
        }
        return round;
    }

    /** {@link HttpLoad}'s clients posting {@code posts} to {@code path}, with what the round cost. */
    private Round drive(String path, int clients, double rate, List<Post> posts) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        java.util.Map<String, Long> status0 = dbStatus(jdbc);
        long appCpu0 = appCpuNanos();
        long dbCpu0 = dbCpuNanos();
        long writerCpu0 = writerCpuNanos();
        java.util.Map<String, Long> threads0 = ThreadCpu.snapshot();
        GcPauses gc0 = GcPauses.now();
        long start = System.nanoTime();
        HttpLoad.Outcome outcome = load.run(URI.create("http://localhost:" + port + path), clients, rate, posts);
        double seconds = (System.nanoTime() - start) / 1e9;
        long appCpu = appCpuNanos() - appCpu0;
        long dbCpu = dbCpuNanos() - dbCpu0;
        long writerCpu = writerCpuNanos() - writerCpu0;
        java.util.Map<String, Long> cpuByKind = ThreadCpu.byKind(threads0, ThreadCpu.snapshot());
        GcPauses gc = GcPauses.now().since(gc0);
        java.util.Map<String, Long> status1 = dbStatus(jdbc);
        java.util.Map<String, Long> requests = new java.util.TreeMap<>();
        status1.forEach((k, v) -> {
            long d = v - status0.getOrDefault(k, 0L);
            if (d > 0) {
                requests.put(k, d);
            }
        });
        return new Round(outcome.latencies(), seconds, outcome.latencies().size(), appCpu, dbCpu, outcome.cpuNanos(),
                writerCpu, requests, outcome.ok(), outcome.already(), outcome.other(), cpuByKind, gc,
                outcome.allocatedBytes(), outcome.gcPauses(), outcome.gcMillis());
    }

    /** CPU time of this JVM: the app (the clients run in their own process, {@link HttpLoad}). */
    private static long appCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the app's thread that writes the scanners' check-ins in groups. */
    private static long writerCpuNanos() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("device-checkins"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.threadId()))).sum();
    }

    /** The server's request counters (statements by kind, commits, autocommit switches, prepares) and row lock waits. */
    private static java.util.Map<String, Long> dbStatus(JdbcTemplate jdbc) {
        java.util.Map<String, Long> m = new java.util.HashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_select', 'Com_insert', 'Com_update',"
                + " 'Com_commit', 'Com_rollback', 'Com_set_option', 'Com_stmt_prepare', 'Com_stmt_execute', 'Com_stmt_close',"
                + " 'Com_begin', 'Innodb_row_lock_waits', 'Innodb_row_lock_time', 'Innodb_deadlocks')", rs -> {
            m.put(rs.getString(1), rs.getLong(2));
        });
        return m;
    }

    /** CPU time of the embedded MariaDB (a child process of this JVM). */
    private static long dbCpuNanos() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    private static void printCpu(String name, Round r) {
        System.out.printf("%s-app-cpu-per-scan: %.2f ms%n", name, r.appCpuNanos() / 1e6 / r.scans());
        System.out.printf("%s-db-cpu-per-scan: %.2f ms%n", name, r.dbCpuNanos() / 1e6 / r.scans());
        System.out.printf("%s-client-cpu-per-scan: %.2f ms%n", name, r.clientCpuNanos() / 1e6 / r.scans());
        System.out.printf("%s-writer-cpu-per-scan: %.2f ms%n", name, r.writerCpuNanos() / 1e6 / r.scans());
        System.out.printf("%s-writer-busy: %.0f %%%n", name, r.writerCpuNanos() / 1e7 / r.seconds());
        StringBuilder byKind = new StringBuilder();
        r.cpuByThreadKind().forEach((kind, nanos) -> byKind.append(' ').append(kind).append('=')
                .append(String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6 / r.scans())));
        System.out.printf("%s-cpu-per-scan-by-thread-ms:%s%n", name, byKind);
        StringBuilder perScan = new StringBuilder();
        r.dbRequests().forEach((k, v) -> perScan.append(' ').append(k).append('=')
                .append(String.format(java.util.Locale.ROOT, "%.2f", (double) v / r.scans())));
        System.out.printf("%s-db-requests-per-scan:%s%n", name, perScan);
        System.out.printf("%s-allocated-per-scan: %.1f KB%n", name, r.gc().allocatedBytes() / 1024.0 / r.scans());
        System.out.printf("%s-client-allocated-per-scan: %.1f KB%n", name, r.clientAllocatedBytes() / 1024.0 / r.scans());
        System.out.printf("%s-gc-pauses: %d%n", name, r.gc().pauses());
        System.out.printf("%s-gc-pause-total: %d ms%n", name, r.gc().pauseMillis());
        System.out.printf("%s-client-gc-pauses: %d%n", name, r.clientGcPauses());
        System.out.printf("%s-client-gc-pause-total: %d ms%n", name, r.clientGcMillis());
    }

    /** The floor: one connection, the same conditional single-row update, auto-commit, one row after another. */
    private double rawJdbcThroughput(List<Long> ids) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE delegate SET checked_in_at = ? WHERE id = ? AND checked_in_at IS NULL")) {
            c.setAutoCommit(true);
            long start = System.nanoTime();
            for (long id : ids) {
                update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
                update.setLong(2, id);
                update.executeUpdate();
            }
            return ids.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static byte[] sheet() {
        StringBuilder csv = new StringBuilder("Họ và tên,Đơn vị,Điện thoại\n");
        for (int i = 0; i < DELEGATES; i++) {
            csv.append("Đại biểu Thử ").append(i).append(",Đơn vị ").append(i % 50).append(",09")
                    .append(String.format("%08d", i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An answer with no check-in work, for {@code checkin-http-floor-*}: served where Tomcat serves /api/scan (ScanValve). */
    @TestConfiguration
    static class HttpFloor {

        static final String PATH = "/benchmark/http-floor";
        /** As long as the scanner API's answer for a checked-in delegate. */
        private static final byte[] ANSWER = ("{\"result\":\"ok\",\"message\":\"Điểm danh thành công\",\"delegate\":"
                + "{\"fullName\":\"Đại biểu Thử 1234\",\"title\":null,\"unit\":\"Đơn vị 34\",\"group\":null,"
                + "\"seat\":null,\"point\":null},\"checkedInAt\":\"2026-11-22T20:45:10.123+07:00\",\"gate\":\"Cổng 2\"}")
                .getBytes(StandardCharsets.UTF_8);

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> httpFloorValve() {
            return factory -> factory.addEngineValves(new ValveBase(true) {
                @Override
                public void invoke(Request request, Response response) throws IOException, ServletException {
                    if (!PATH.equals(request.getRequestURI())) {
                        getNext().invoke(request, response);
                        return;
                    }
                    request.getInputStream().readAllBytes();
                    response.setContentType("application/json;charset=UTF-8");
                    response.setContentLength(ANSWER.length);
                    response.getOutputStream().write(ANSWER);
                }
            });
        }
    }
}
