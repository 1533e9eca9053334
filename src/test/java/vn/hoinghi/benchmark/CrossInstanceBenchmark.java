package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.FileSystemUtils;
import vn.hoinghi.AppProcess;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/**
 * Issue 24: two app instances on one database and a real Redis. This JVM is instance A (its embedded MariaDB is the
 * database of both); {@link SecondInstance} is instance B, given the database and {@code HOINGHI_REDIS_URL} by its
 * environment as a compose file gives them. {@link PointsConference}'s conference with 500 point and 500 hall screen
 * links; two {@link ScreenFleet} processes open them, every other one on A and the rest on B (500 each). Then the
 * MC's "next" on A, 20 times:
 * <ul>
 * <li>{@code cross-instance-next-p95}: until all 1,000 screens of both instances have the new item's title; per round
 * the last screen, p95 over the rounds; {@code -local-} and {@code -remote-} the same for A's and B's screens alone.</li>
 * <li>{@code broker-messages-per-event}, {@code broker-bytes-per-event}: what the instances published for one next,
 * as a subscriber of every channel sees it; {@code broker-next-to-message-p95}: the MC's call until that subscriber
 * has the first message; {@code broker-publish-to-deliver-p95}: the broker alone, a message of the same size published
 * to a subscriber; {@code broker-cpu-per-event}: redis-server's CPU time per next.</li>
 * </ul>
 * Skipped, saying why, when this build has no live events across instances or redis-server is not installed.
 * The command is in docs/benchmarks.md (the production bundle is built first).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CrossInstanceBenchmark {

    private static final int HALL_SCREENS = Integer.getInteger("cross.hallScreens", 500);
    private static final int ROUNDS = Integer.getInteger("cross.rounds", 20);
    private static final int CONCURRENCY = Integer.getInteger("cross.concurrency", 8);
    private static final int BROKER_PINGS = 200;
    private static final Duration ROUND_PAUSE = Duration.ofSeconds(2);
    private static final Duration MISSED_AFTER = Duration.ofSeconds(15);
    private static final Path DIR = Path.of("target/cross-instance-benchmark").toAbsolutePath();

    private static RedisChild redis;

    @LocalServerPort int port;
    @Autowired PointsConference setup;
    @Autowired RunAs runAs;
    @Autowired AgendaLiveService live;
    @Autowired DataSource dataSource;

    private record Message(String channel, int bytes, long atMicros) {
    }

    @BeforeAll
    static void brokerAndMechanism() throws Exception {
        skipUnless(eventsCrossInstances(), "this build does not read HOINGHI_REDIS_URL (no Spring Data Redis, or"
                + " application.yaml does not name it): issue 24's live events across instances are not merged yet");
        skipUnless(RedisChild.binary() != null, "redis-server is not installed (apt-get install redis-server;"
                + " .ci/run installs it)");
        FileSystemUtils.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        redis = RedisChild.start(DIR.resolve("redis.log"));
    }

    @AfterAll
    static void stopBroker() throws InterruptedException {
        if (redis != null) {
            redis.close();
        }
    }

    @DynamicPropertySource
    static void brokerOfInstanceA(DynamicPropertyRegistry registry) {
        registry.add("HOINGHI_REDIS_URL", () -> redis.url());
    }

    /** Surefire reports a class skipped before its first test as 0 tests run, without the reason: printed here. */
    private static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            System.out.println("CrossInstanceBenchmark skipped: " + reason);
        }
        assumeTrue(condition, reason);
    }

    static boolean eventsCrossInstances() throws Exception {
        try (InputStream yaml = CrossInstanceBenchmark.class.getResourceAsStream("/application.yaml")) {
            return ClassUtils.isPresent("org.springframework.data.redis.connection.RedisConnectionFactory", null)
                    && yaml != null && new String(yaml.readAllBytes(), StandardCharsets.UTF_8).contains("HOINGHI_REDIS_URL");
        }
    }

    @Test
    void anMcsNextOnOneInstanceReachesTheScreensOfBoth() throws Exception {
        String loadBefore = Figures.loadAverage();
        PointsConference.Made made = setup.make(HALL_SCREENS);
        List<String> screens = new ArrayList<>(made.pointScreens());
        screens.addAll(made.hallScreens());
        List<String> onA = IntStream.range(0, screens.size()).filter(i -> i % 2 == 0).mapToObj(screens::get).toList();
        List<String> onB = IntStream.range(0, screens.size()).filter(i -> i % 2 == 1).mapToObj(screens::get).toList();
        HikariDataSource db = dataSource.unwrap(HikariDataSource.class);
        int portB = AppProcess.freePort();
        Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", db.getJdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", db.getUsername(), "SPRING_DATASOURCE_PASSWORD", db.getPassword(),
                "HOINGHI_REDIS_URL", redis.url());
        List<Message> published = new CopyOnWriteArrayList<>();
        try (SecondInstance second = SecondInstance.start(portB, environment, DIR.resolve("second-instance.log"));
             RedisProbe subscriber = RedisProbe.connect(redis.port());
             RedisProbe commands = RedisProbe.connect(redis.port());
             FleetProcess fleetA = new FleetProcess("http://localhost:" + port + "/", "-", "-", CONCURRENCY, "1g");
             FleetProcess fleetB = new FleetProcess("http://localhost:" + portB + "/", "-", "-", CONCURRENCY, "1g")) {
            subscriber.subscribe("*", (channel, payload, at) -> {
                if (!channel.startsWith("benchmark-probe-")) {
                    published.add(new Message(channel, payload.length, at));
                }
            });
            for (FleetProcess fleet : List.of(fleetA, fleetB)) { // class loading and the JIT's first pass
                open(fleet, "warm", (fleet == fleetA ? onA : onB).subList(0, 2));
                fleet.ask("close", Duration.ofMinutes(2));
            }
            long t = System.nanoTime();
            CompletableFuture<Void> openingB = CompletableFuture.runAsync(() -> open(fleetB, "screen", onB));
            open(fleetA, "screen", onA);
            openingB.join();
            System.out.printf("cross-instance-open-time: %.0f s%n", (System.nanoTime() - t) / 1e9);
            int open = Integer.parseInt(fleetA.ask("status", Duration.ofSeconds(30)).split(" ")[2])
                    + Integer.parseInt(fleetB.ask("status", Duration.ofSeconds(30)).split(" ")[2]);
            System.out.printf("cross-instance-sessions-open: %d screens (of %d; %d on each instance)%n", open,
                    screens.size(), onA.size());
            System.out.println("broker-subscriptions: " + commands.command("PUBSUB", "NUMPAT") + " patterns, channels "
                    + commands.command("PUBSUB", "CHANNELS"));
            assertThat(open).as("screens with their push channel up").isEqualTo(screens.size());

            long brokerCpu = redis.cpuNanos();
            nextRounds(made, fleetA, fleetB, published);
            System.out.printf("broker-cpu-per-event: %.0f µs%n", (redis.cpuNanos() - brokerCpu) / 1e3 / ROUNDS);
            List<Double> deliver = RedisProbe.publishToDeliver(redis.port(), typicalSize(published), BROKER_PINGS);
            Collections.sort(deliver);
            System.out.printf("broker-publish-to-deliver-p95: %.2f ms (%d-byte messages)%n",
                    Figures.percentile(deliver, 0.95), typicalSize(published));
            System.out.println("load-average: " + loadBefore + " -> " + Figures.loadAverage());
            fleetA.ask("close", Duration.ofMinutes(10));
            fleetB.ask("close", Duration.ofMinutes(10));
        }
    }

    /** Each round: the MC moves the programme on, on instance A; every screen of both shows the new item's title. */
    private void nextRounds(PointsConference.Made made, FleetProcess fleetA, FleetProcess fleetB,
                            List<Message> published) throws Exception {
        List<Double> last = new ArrayList<>();
        List<Double> lastA = new ArrayList<>();
        List<Double> lastB = new ArrayList<>();
        List<Double> toBroker = new ArrayList<>();
        long messages = 0;
        long bytes = 0;
        int missed = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            String title = made.agendaTitles().get(round);
            fleetA.ask("expectexact " + round + " screen " + title, Duration.ofSeconds(30));
            fleetB.ask("expectexact " + round + " screen " + title, Duration.ofSeconds(30));
            Thread.sleep(ROUND_PAUSE.toMillis());
            int before = published.size();
            long t0 = ScreenClient.nowMicros();
            runAs.role(PointsConference.MC_USER, AppRoles.MC, () -> live.next(made.conferenceId()));
            List<Long> a = arrivals(fleetA, round, t0);
            List<Long> b = arrivals(fleetB, round, t0);
            if (round == 1) {
                assertThat(b).as("instance B's screens following the MC's next on instance A (do live events cross"
                        + " over HOINGHI_REDIS_URL?)").anyMatch(at -> at >= 0);
            }
            missed += (int) (a.stream().filter(x -> x < 0).count() + b.stream().filter(x -> x < 0).count());
            lastA.add(latest(a));
            lastB.add(latest(b));
            last.add(Math.max(latest(a), latest(b)));
            List<Message> sent = List.copyOf(published.subList(before, published.size()));
            messages += sent.size();
            bytes += sent.stream().mapToLong(Message::bytes).sum();
            sent.stream().mapToLong(Message::atMicros).min().ifPresent(at -> toBroker.add((at - t0) / 1000.0));
        }
        List.of(last, lastA, lastB, toBroker).forEach(Collections::sort);
        System.out.printf("cross-instance-next-p50: %.0f ms%n", Figures.percentile(last, 0.5));
        System.out.printf("cross-instance-next-p95: %.0f ms%n", Figures.percentile(last, 0.95));
        System.out.printf("cross-instance-next-max: %.0f ms%n", Figures.percentile(last, 1.0));
        System.out.printf("cross-instance-next-local-p95: %.0f ms%n", Figures.percentile(lastA, 0.95));
        System.out.printf("cross-instance-next-remote-p95: %.0f ms%n", Figures.percentile(lastB, 0.95));
        System.out.printf("cross-instance-next-missed: %d screens × rounds%n", missed);
        System.out.printf("broker-messages-per-event: %.1f messages%n", (double) messages / ROUNDS);
        System.out.printf("broker-bytes-per-event: %.0f bytes%n", (double) bytes / ROUNDS);
        System.out.printf("broker-next-to-message-p95: %.1f ms%n", Figures.percentile(toBroker, 0.95));
    }

    private static void open(FleetProcess fleet, String group, List<String> tabs) {
        try {
            Path file = Files.write(DIR.resolve(group + "-" + System.identityHashCode(fleet) + ".txt"), tabs,
                    StandardCharsets.UTF_8);
            String[] opened = fleet.ask("tabs " + group + " " + file, Duration.ofMinutes(30)).split(" ");
            assertThat(opened[2]).as(group + " tabs that failed to open").isEqualTo("0");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The armed screens' arrivals, in µs from {@code t0} (-1: not arrived within {@link #MISSED_AFTER}). */
    private static List<Long> arrivals(FleetProcess fleet, int round, long t0) throws Exception {
        String[] result = fleet.ask("collect " + round + " " + MISSED_AFTER.toMillis(), MISSED_AFTER.plusSeconds(30))
                .split(" ");
        List<Long> arrivals = new ArrayList<>();
        for (String at : result[2].split(",")) {
            long a = Long.parseLong(at);
            arrivals.add(a < 0 ? -1 : a - t0);
        }
        return arrivals;
    }

    /** The median size of the instances' messages (256 bytes when none was seen). */
    private static int typicalSize(List<Message> published) {
        return published.stream().mapToInt(Message::bytes).sorted().skip(published.size() / 2).findFirst().orElse(256);
    }

    /** The last screen's arrival in ms (only those that arrived). */
    private static double latest(List<Long> arrivals) {
        return arrivals.stream().filter(a -> a >= 0).mapToLong(Long::longValue).max().orElse(0) / 1000.0;
    }
}
