package vn.hoinghi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.live.LiveHub;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/**
 * Issue 21: a provincial conference at commune scale on one app. {@link PointsConference} makes 250 points in 25
 * clusters with two delegates each, a coordinator account per point, a link per point screen (two a point) and per
 * hall screen, and five committee accounts for the status walls. A {@link ScreenFleet} process then opens 250 desks
 * (the coordinator's page), 500 point screens, 300 hall screens and 5 walls, all speaking Vaadin's protocol with
 * push, and this measures:
 * <ul>
 * <li>{@code points-wall-update-p95}: a coordinator reports a status (the desk's service call, as the coordinator)
 * until all 5 walls have the push that names the coordinator; per tap the last wall, p95 over the taps.</li>
 * <li>{@code points-screens-next-p95}: the MC's "next" until all 1,050 screens have the new item's title; per round
 * the last screen, p95 over the rounds.</li>
 * <li>{@code points-heap-per-session}: the app's heap after full collections, grown by the sessions, per session.</li>
 * <li>{@code points-sessions-open}: the tabs open with their push channel up.</li>
 * </ul>
 * The command is in docs/benchmarks.md (the production bundle is built first).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PointsBenchmark {

    private static final int TAPS = Integer.getInteger("points.taps", 60);
    private static final int ROUNDS = Integer.getInteger("points.rounds", 20);
    private static final int CONCURRENCY = Integer.getInteger("points.concurrency", 8);
    /** {@code -Dpoints.desks=false}: the taps without the 250 desk pages open, to see what the desks' refreshes cost. */
    private static final boolean DESKS_OPEN = !"false".equals(System.getProperty("points.desks"));
    private static final Duration TAP_PAUSE = Duration.ofSeconds(1);
    private static final Duration ROUND_PAUSE = Duration.ofSeconds(2);
    private static final Duration MISSED_AFTER = Duration.ofSeconds(15);

    @LocalServerPort int port;
    @Autowired PointsConference setup;
    @Autowired RunAs runAs;
    @Autowired PointDayService pointDay;
    @Autowired AgendaLiveService live;
    @Autowired LiveHub hub;
    @Autowired WebApplicationContext web;

    @Test
    void twoHundredFiftyPointsTheirDesksScreensAndWalls() throws Exception {
        String loadBefore = Figures.loadAverage();
        System.out.println("vaadin-mode: " + (ApplicationConfiguration.get(new VaadinServletContext(web.getServletContext()))
                .isProductionMode() ? "production" : "development"));
        PointsConference.Made made = setup.make();
        Path dir = Files.createTempDirectory("points-benchmark");
        try (FleetProcess fleet = new FleetProcess("http://localhost:" + port + "/", "-", "-", CONCURRENCY, "1500m")) {
            warmUp(fleet, made, dir);
            long heapBefore = Figures.settledHeap();
            long t = System.nanoTime();
            int open = open(fleet, dir, "wall", made.walls()) + open(fleet, dir, "desk", DESKS_OPEN ? made.desks() : List.of())
                    + open(fleet, dir, "screen-point", made.pointScreens()) + open(fleet, dir, "screen-hall", made.hallScreens());
            System.out.printf("points-open-time: %.0f s%n", (System.nanoTime() - t) / 1e9);
            long heapAfter = Figures.settledHeap();
            String[] status = fleet.ask("status", Duration.ofSeconds(30)).split(" ");
            int sessions = made.walls().size() + (DESKS_OPEN ? made.desks().size() : 0) + made.pointScreens().size()
                    + made.hallScreens().size();
            System.out.printf("points-sessions-open: %s sessions (of %d; %d subscribed to the conference's changes)%n",
                    status[2], sessions, hub.subscriberCount(made.conferenceId()));
            System.out.printf("points-heap-per-session: %.0f KB%n", (heapAfter - heapBefore) / 1024.0 / open);
            assertThat(Integer.parseInt(status[2])).as("tabs with their push channel up").isEqualTo(sessions);

            wallTaps(fleet, made);
            nextRounds(fleet, made);
            System.out.println("load-average: " + loadBefore + " -> " + Figures.loadAverage());
            fleet.ask("close", Duration.ofMinutes(10));
        }
    }

    /** Class loading and the JIT's first pass: a few tabs of each kind opened and closed before measuring. */
    private void warmUp(FleetProcess fleet, PointsConference.Made made, Path dir) throws Exception {
        for (List<String> kind : List.of(made.walls(), made.desks(), made.pointScreens(), made.hallScreens())) {
            open(fleet, dir, "warm", kind.subList(0, 2));
        }
        fleet.ask("close", Duration.ofMinutes(2));
    }

    private static int open(FleetProcess fleet, Path dir, String group, List<String> tabs) throws Exception {
        if (tabs.isEmpty()) {
            return 0;
        }
        Path file = Files.write(dir.resolve(group + ".txt"), tabs, StandardCharsets.UTF_8);
        String[] opened = fleet.ask("tabs " + group + " " + file, Duration.ofMinutes(30)).split(" ");
        assertThat(opened[2]).as(group + " tabs that failed to open").isEqualTo("0");
        return tabs.size();
    }

    /**
     * Each tap: one point's coordinator reports its link lost, once; the walls, which show only the troubled points
     * (their tiles name who reported), show it. The walls' clusters open one by one as their points fall.
     */
    private void wallTaps(FleetProcess fleet, PointsConference.Made made) throws Exception {
        List<Double> lastWall = new ArrayList<>();
        int missed = 0;
        for (int tap = 0; tap < TAPS; tap++) {
            PointsConference.Desk desk = made.deskAccounts().get(tap % made.deskAccounts().size());
            ConnectionStatus status = ConnectionStatus.LOST; // the walls watch the troubled points only, as on the day
            fleet.ask("expectin " + (tap + 1) + " wall " + desk.username(), Duration.ofSeconds(30));
            Thread.sleep(TAP_PAUSE.toMillis());
            List<Long> arrivals = timed(fleet, tap + 1, () -> runAs.role(desk.username(), AppRoles.POINT, () -> {
                pointDay.setStatus(desk.pointId(), status);
                return null;
            }));
            missed += (int) arrivals.stream().filter(a -> a < 0).count();
            arrivals.stream().filter(a -> a >= 0).max(Long::compare).ifPresent(a -> lastWall.add(a / 1000.0));
        }
        Collections.sort(lastWall);
        System.out.printf("points-wall-update-p50: %.0f ms%n", Figures.percentile(lastWall, 0.5));
        System.out.printf("points-wall-update-p95: %.0f ms%n", Figures.percentile(lastWall, 0.95));
        System.out.printf("points-wall-update-max: %.0f ms%n", Figures.percentile(lastWall, 1.0));
        System.out.printf("points-wall-update-missed: %d walls × taps%n", missed);
    }

    /** Each round: the MC moves the programme on; every hall and point screen shows the new item's title. */
    private void nextRounds(FleetProcess fleet, PointsConference.Made made) throws Exception {
        List<Double> lastScreen = new ArrayList<>();
        List<Double> every = new ArrayList<>();
        int missed = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            int r = TAPS + round;
            fleet.ask("expectexact " + r + " screen " + made.agendaTitles().get(round), Duration.ofSeconds(30));
            Thread.sleep(ROUND_PAUSE.toMillis());
            List<Long> arrivals = timed(fleet, r, () -> runAs.role(PointsConference.MC_USER, AppRoles.MC, () -> {
                live.next(made.conferenceId());
                return null;
            }));
            missed += (int) arrivals.stream().filter(a -> a < 0).count();
            arrivals.stream().filter(a -> a >= 0).forEach(a -> every.add(a / 1000.0));
            arrivals.stream().filter(a -> a >= 0).max(Long::compare).ifPresent(a -> lastScreen.add(a / 1000.0));
        }
        Collections.sort(lastScreen);
        Collections.sort(every);
        System.out.printf("points-screens-next-p95: %.0f ms%n", Figures.percentile(lastScreen, 0.95));
        System.out.printf("points-screens-next-max: %.0f ms%n", Figures.percentile(lastScreen, 1.0));
        System.out.printf("points-screens-next-per-screen-p95: %.0f ms%n", Figures.percentile(every, 0.95));
        System.out.printf("points-screens-next-missed: %d screens × rounds%n", missed);
    }

    /** Runs the call and collects the armed tabs' arrivals, in µs from just before the call (-1: not arrived). */
    private static List<Long> timed(FleetProcess fleet, int round, Supplier<Void> call) throws Exception {
        long t0 = ScreenClient.nowMicros();
        call.get();
        String[] result = fleet.ask("collect " + round + " " + MISSED_AFTER.toMillis(), MISSED_AFTER.plusSeconds(30))
                .split(" ");
        List<Long> arrivals = new ArrayList<>();
        for (String at : result[2].split(",")) {
            long a = Long.parseLong(at);
            arrivals.add(a < 0 ? -1 : a - t0);
        }
        return arrivals;
    }
}
