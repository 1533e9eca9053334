package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.checkin.ScannerService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;

/**
 * 40 scanners posting to /api/scan at once (2,000 delegates, one in ten scanned twice), against a raw JDBC
 * loop of the same single-row update in the same run. Goals: p99 ≤ 15 ms, throughput ≥ 50 % of the raw loop.
 * Run: ./mvnw test -Dtest=CheckinBenchmark -Dbenchmark=true
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CheckinBenchmark {

    private static final int DELEGATES = 2000;
    private static final int CLIENTS = 40;

    @LocalServerPort int port;
    @Autowired RunAs runAs;
    @Autowired ImportFixture fixture;
    @Autowired DelegateService delegates;
    @Autowired DelegateCodes codes;
    @Autowired ScannerService scanners;
    @Autowired DataSource dataSource;

    @Test
    void fortyScannersAtOnce() throws Exception {
        long conference = runAs.committee("benchmark", () -> fixture.quangTriWith("2000.csv", sheet()));
        long rawConference = runAs.committee("benchmark", () -> fixture.quangTriWith("2000.csv", sheet()));
        String token = runAs.committee("benchmark", () -> scanners.register(conference, "Tải thử", "Cổng 1").token());
        List<String> scans = runAs.committee("benchmark", () -> {
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

        double raw = rawJdbcThroughput(runAs.committee("benchmark", () ->
                delegates.list(rawConference, DelegateFilter.all()).stream().map(Delegate::id).toList()));

        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(scans);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger already = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        AtomicInteger requestIds = new AtomicInteger();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            Thread.ofPlatform().start(() -> {
                try {
                    String code;
                    while ((code = queue.poll()) != null) {
                        long t0 = System.nanoTime();
                        String body = post(http, token, code, "r" + requestIds.incrementAndGet());
                        latencies.add(System.nanoTime() - t0);
                        if (body.contains("\"result\":\"ok\"")) {
                            ok.incrementAndGet();
                        } else if (body.contains("\"result\":\"already\"")) {
                            already.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM checkin WHERE conference_id = ?", Integer.class, conference);
        Integer people = jdbc.queryForObject("SELECT COUNT(DISTINCT delegate_id) FROM checkin WHERE conference_id = ?", Integer.class, conference);
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM delegate WHERE conference_id = ? AND checked_in_at IS NOT NULL", Integer.class, conference);
        assertThat(ok.get()).isEqualTo(DELEGATES);
        assertThat(already.get()).isEqualTo(scans.size() - DELEGATES);
        assertThat(other.get()).isZero();
        assertThat(rows).as("no delegate checked in twice").isEqualTo(DELEGATES);
        assertThat(people).isEqualTo(DELEGATES);
        assertThat(present).as("none lost").isEqualTo(DELEGATES);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("checkin-p50: %.1f ms%n", sorted.get(sorted.size() / 2) / 1e6);
        System.out.printf("checkin-p99: %.1f ms%n", sorted.get((int) (sorted.size() * 0.99)) / 1e6);
        System.out.printf("checkin-throughput: %.0f per s%n", scans.size() / seconds);
        System.out.printf("checkin-raw-jdbc-throughput: %.0f per s%n", raw);
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

    private String post(HttpClient http, String token, String code, String requestId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/scan"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"requestId\":\"" + requestId + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static byte[] sheet() {
        StringBuilder csv = new StringBuilder("Họ và tên,Đơn vị,Điện thoại\n");
        for (int i = 0; i < DELEGATES; i++) {
            csv.append("Đại biểu Thử ").append(i).append(",Đơn vị ").append(i % 50).append(",09")
                    .append(String.format("%08d", i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
