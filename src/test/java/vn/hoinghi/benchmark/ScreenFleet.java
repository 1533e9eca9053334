package vn.hoinghi.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;

/**
 * The benchmark's screens, run in a process of their own so that the app's heap holds only the app's share of
 * them. Driven by {@link ScreensBenchmark} over standard input and output, one command and one answer a line:
 * <pre>
 * open N TITLE        opens N more screens, at most C at once; each must show TITLE → "opened OPEN FAILED SECONDS"
 * tabs GROUP FILE     opens one tab per line of FILE, in the group GROUP: "link s/SECRET TEXT" (a screen link) or
 *                      "login USER ROUTE TEXT" (signs in with the password) or "page PATH TEXT" (a public page,
 *                      a delegate's link); its first view must set a text
 *                      containing TEXT → "opened OPEN FAILED SECONDS"
 * expect R TITLE      round R: every screen waits for a push that sets a text to TITLE → "armed R"
 * expectin R GROUP TEXT  round R: the tabs whose group starts with GROUP wait for a push that sets a text
 *                      containing TEXT → "armed R"
 * expectexact R GROUP TEXT  the same, a text equal to TEXT
 * collect R MILLIS    waits until all armed tabs had round R's push, or MILLIS passed
 *                      → "result R t1,t2,…" (arrival per armed tab, wall clock in µs; -1 = not arrived)
 * status              → "status OPEN HEALTHY PUSHES HEARTBEATS" and the first failures on standard error
 * close               closes every open screen as a browser tab closes → "closed N FAILED"
 * exit
 * </pre>
 * Arguments: base URL, user name, password, route, concurrency.
 */
final class ScreenFleet {

    private final URI base;
    private final String username;
    private final String password;
    private final String route;
    private final int concurrency;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    private final List<ScreenClient> screens = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger beats = new AtomicInteger();
    private volatile int round;
    private volatile String title;
    /** The group whose tabs the round waits for (null: every tab), and whether a text must only contain the title. */
    private volatile String armedGroup;
    private volatile boolean containing;
    private final java.util.Map<Integer, String> groups = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile AtomicLongArray arrivals = new AtomicLongArray(0);

    ScreenFleet(URI base, String username, String password, String route, int concurrency) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.route = route;
        this.concurrency = concurrency;
    }

    public static void main(String[] args) throws Exception {
        ScreenFleet fleet = new ScreenFleet(URI.create(args[0]), args[1], args[2], args[3], Integer.parseInt(args[4]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] c = line.split(" ", 3);
            switch (c[0]) {
                case "open" -> out.println(fleet.open(Integer.parseInt(c[1]), c[2]));
                case "tabs" -> out.println(fleet.tabs(c[1], java.nio.file.Path.of(c[2])));
                case "expect" -> out.println(fleet.expect(Integer.parseInt(c[1]), null, false, c[2]));
                case "expectin", "expectexact" -> {
                    String[] g = c[2].split(" ", 2);
                    out.println(fleet.expect(Integer.parseInt(c[1]), g[0], c[0].equals("expectin"), g[1]));
                }
                case "collect" -> out.println(fleet.collect(Integer.parseInt(c[1]), Long.parseLong(c[2])));
                case "status" -> out.println(fleet.status());
                case "close" -> out.println(fleet.close());
                case "exit" -> System.exit(0);
                default -> out.println("unknown " + line);
            }
        }
        System.exit(0); // the benchmark went away
    }

    private String open(int count, String showing) throws InterruptedException {
        List<Tab> tabs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tabs.add(new Tab("screens", screen -> screen.open(route, username, password), showing, false));
        }
        return open(tabs);
    }

    private String tabs(String group, java.nio.file.Path file) throws Exception {
        List<Tab> tabs = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            String[] f = line.split(" ", 4);
            tabs.add(switch (f[0]) {
                case "link" -> new Tab(group, screen -> screen.openLink(f[1]), f[2] + (f.length > 3 ? " " + f[3] : ""), true);
                case "login" -> new Tab(group, screen -> screen.open(f[2], f[1], password), f[3], true);
                case "page" -> new Tab(group, screen -> screen.openPublic(f[1]), f[2] + (f.length > 3 ? " " + f[3] : ""), true);
                default -> throw new IllegalArgumentException("not a tab: " + line);
            });
        }
        return open(tabs);
    }

    /** A tab to open: how it signs in, and the text its first view must set (or contain). */
    private record Tab(String group, Opener opener, String showing, boolean containing) {
    }

    private interface Opener {
        tools.jackson.databind.JsonNode open(ScreenClient screen) throws Exception;
    }

    private String open(List<Tab> tabs) throws InterruptedException {
        int count = tabs.size();
        long start = System.nanoTime();
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger failed = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (Tab tab : tabs) {
                int index = created.getAndIncrement();
                groups.put(index, tab.group());
                slots.acquire();
                all.add(pool.submit(() -> {
                    try {
                        ScreenClient screen = new ScreenClient(index, http, base, this::pushed);
                        var view = tab.opener().open(screen);
                        if (!(tab.containing() ? ScreenClient.setsTextContaining(view, tab.showing())
                                : ScreenClient.setsText(view, tab.showing()))) {
                            throw new IllegalStateException("the screen does not show \"" + tab.showing() + "\"");
                        }
                        screens.add(screen);
                        int every = screen.heartbeatSeconds();
                        heartbeats.scheduleAtFixedRate(() -> beat(screen), every, every, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println("screen " + index + " did not open: " + e);
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        return "opened " + screens.size() + " " + failed.get() + " " + (System.nanoTime() - start) / 1_000_000_000.0;
    }

    private void beat(ScreenClient screen) {
        if (!screens.contains(screen)) {
            throw new IllegalStateException("closed"); // ends this screen's schedule
        }
        try {
            screen.heartbeat();
            beats.incrementAndGet();
        } catch (Exception e) {
            System.err.println("screen " + screen.index + " heartbeat failed: " + e);
        }
    }

    private String expect(int r, String group, boolean contains, String text) {
        arrivals = new AtomicLongArray(created.get());
        for (int i = 0; i < arrivals.length(); i++) {
            arrivals.set(i, -1);
        }
        armedGroup = group;
        containing = contains;
        title = text;
        round = r;
        return "armed " + r;
    }

    private void pushed(ScreenClient screen, long micros, tools.jackson.databind.JsonNode uidl) {
        String t = title;
        AtomicLongArray a = arrivals;
        if (t != null && screen.index < a.length() && a.get(screen.index) < 0 && armed(screen)
                && (containing ? ScreenClient.setsTextContaining(uidl, t) : ScreenClient.setsText(uidl, t))) {
            a.compareAndSet(screen.index, -1, micros);
        }
    }

    private String collect(int r, long millis) throws InterruptedException {
        if (r != round) {
            return "result " + r + " not-armed";
        }
        long until = System.nanoTime() + millis * 1_000_000;
        AtomicLongArray a = arrivals;
        List<ScreenClient> armed = screens.stream().filter(this::armed).toList();
        while (System.nanoTime() < until && armed.stream().anyMatch(s -> a.get(s.index) < 0)) {
            Thread.sleep(5);
        }
        title = null;
        return "result " + r + " " + armed.stream().map(s -> String.valueOf(a.get(s.index))).collect(Collectors.joining(","));
    }

    private boolean armed(ScreenClient screen) {
        String group = armedGroup;
        return group == null || groups.get(screen.index).startsWith(group);
    }

    private String status() {
        List<ScreenClient> sick = screens.stream().filter(s -> !s.healthy()).toList();
        sick.stream().limit(5).forEach(s -> System.err.println("screen " + s.index + ": " + s.failure()));
        return "status " + screens.size() + " " + (screens.size() - sick.size()) + " "
                + screens.stream().mapToInt(s -> s.pushes).sum() + " " + beats.get();
    }

    private String close() throws InterruptedException {
        AtomicInteger failed = new AtomicInteger();
        int n = screens.size();
        Semaphore slots = new Semaphore(concurrency);
        try (ExecutorService tabs = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ScreenClient screen : List.copyOf(screens)) {
                slots.acquire();
                screens.remove(screen);
                tabs.submit(() -> {
                    try {
                        screen.close();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println("screen " + screen.index + " did not close: " + e);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        return "closed " + n + " " + failed.get();
    }
}
