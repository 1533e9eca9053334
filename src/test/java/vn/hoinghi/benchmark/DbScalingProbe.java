package vn.hoinghi.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;

/**
 * Does the embedded MariaDB itself scale with concurrent scans? Raw JDBC, no Spring, no HTTP: each thread has its
 * own connection and does per delegate what a scan does (autocommit off, the delegate lookup with its joins, the
 * conditional update, the check-in insert, commit, autocommit on), 1 thread against 40 (-Dprobe.modes=1,40,...);
 * and the benchmark's raw single-row update loop with as many threads. Prints the server settings that matter.
 * Run: ./mvnw -o test -Dtest=DbScalingProbe -Dbenchmark=true (docs/benchmarks.md, check-in section).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DbScalingProbe {

    @Autowired RunAs runAs;
    @Autowired ImportFixture fixture;
    @Autowired DataSource dataSource;

    static final String LOOKUP = "SELECT d.*, u.name, g.name, p.name, p.is_hall FROM delegate d JOIN meeting_point p ON p.id = d.point_id"
            + " LEFT JOIN unit u ON u.id = d.unit_id LEFT JOIN composition_group g ON g.id = d.group_id WHERE d.id = ?";
    static final String DEVICE = "SELECT * FROM scanner_device WHERE token_hash = ? AND revoked_at IS NULL";
    static final String UPDATE = "UPDATE delegate SET checked_in_at = ? WHERE id = ? AND checked_in_at IS NULL";
    static final String INSERT = "INSERT INTO checkin (conference_id, delegate_id, attendee_name, substitute, gate, method,"
            + " checked_in_at, checked_in_by, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Test
    void probe() throws Exception {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String v : List.of("version", "innodb_flush_log_at_trx_commit", "sync_binlog", "log_bin", "thread_handling",
                "innodb_buffer_pool_size", "innodb_log_file_size", "innodb_log_buffer_size", "performance_schema",
                "innodb_flush_method", "innodb_autoinc_lock_mode", "transaction_isolation", "tx_isolation",
                "innodb_doublewrite", "max_connections", "innodb_use_native_aio", "thread_pool_size",
                "innodb_io_capacity", "binlog_format", "skip_name_resolve", "innodb_lock_wait_timeout", "innodb_data_home_dir",
                "datadir", "innodb_adaptive_hash_index", "query_cache_type", "innodb_log_write_ahead_size")) {
            jdbc.query("SHOW GLOBAL VARIABLES LIKE ?", rs -> {
                System.out.println("var " + rs.getString(1) + " = " + rs.getString(2));
            }, v);
        }
        String[] modes = System.getProperty("probe.modes", "1,40,1,40,20,4").split(",");
        for (String m : modes) {
            int threads = Integer.parseInt(m);
            long conference = runAs.committee("probe", () -> fixture.quangTriWith("2000.csv", sheet(2000)));
            List<Long> ids = jdbc.queryForList("SELECT id FROM delegate WHERE conference_id = ?", Long.class, conference);
            run(url, jdbc, "scan-tx", threads, conference, ids, true);
            long conference2 = runAs.committee("probe", () -> fixture.quangTriWith("2000.csv", sheet(2000)));
            List<Long> ids2 = jdbc.queryForList("SELECT id FROM delegate WHERE conference_id = ?", Long.class, conference2);
            run(url, jdbc, "update-autocommit", threads, conference2, ids2, false);
        }
    }

    private void run(String url, JdbcTemplate jdbc, String name, int threads, long conference, List<Long> ids,
                     boolean scanLike) throws Exception {
        List<Long> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new java.util.Random(1));
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(shuffled);
        List<Connection> conns = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            conns.add(DriverManager.getConnection(url, ((HikariDataSource) dataSource).getUsername(),
                    ((HikariDataSource) dataSource).getPassword()));
        }
        AtomicLong commitNanos = new AtomicLong();
        AtomicLong otherNanos = new AtomicLong();
        List<Long> lat = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        for (Connection c : conns) {
            Thread.ofPlatform().start(() -> {
                try (PreparedStatement lookup = c.prepareStatement(LOOKUP);
                     PreparedStatement update = c.prepareStatement(UPDATE);
                     PreparedStatement insert = c.prepareStatement(INSERT)) {
                    Long id;
                    while ((id = queue.poll()) != null) {
                        long t0 = System.nanoTime();
                        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                        if (scanLike) {
                            c.setAutoCommit(false);
                            lookup.setLong(1, id);
                            try (ResultSet rs = lookup.executeQuery()) {
                                rs.next();
                            }
                            update.setTimestamp(1, now);
                            update.setLong(2, id);
                            if (update.executeUpdate() == 1) {
                                insert.setLong(1, conference);
                                insert.setLong(2, id);
                                insert.setString(3, "x");
                                insert.setBoolean(4, false);
                                insert.setString(5, "Cổng 1");
                                insert.setString(6, "API");
                                insert.setTimestamp(7, now);
                                insert.setString(8, "probe");
                                insert.setString(9, "p" + id);
                                insert.executeUpdate();
                            }
                            long t1 = System.nanoTime();
                            c.commit();
                            long t2 = System.nanoTime();
                            c.setAutoCommit(true);
                            commitNanos.addAndGet(t2 - t1);
                            otherNanos.addAndGet(t1 - t0);
                        } else {
                            update.setTimestamp(1, now);
                            update.setLong(2, id);
                            update.executeUpdate();
                        }
                        lat.add(System.nanoTime() - t0);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Connection c : conns) {
            c.close();
        }
        List<Long> sorted = new ArrayList<>(lat);
        Collections.sort(sorted);
        System.out.printf("probe %s threads=%d: %.0f per s, p50 %.2f ms, p99 %.2f ms, avg commit %.2f ms,"
                        + " avg statements before it %.2f ms%n",
                name, threads, ids.size() / seconds, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, commitNanos.get() / 1e6 / ids.size(),
                otherNanos.get() / 1e6 / ids.size());
    }

    static byte[] sheet(int n) {
        StringBuilder csv = new StringBuilder("Họ và tên,Đơn vị,Điện thoại\n");
        for (int i = 0; i < n; i++) {
            csv.append("Đại biểu Thử ").append(i).append(",Đơn vị ").append(i % 50).append(",09")
                    .append(String.format("%08d", i)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
