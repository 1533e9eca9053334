package vn.hoinghi.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The scanners of the check-in benchmark, in a JVM of their own, as the 40 gates are 40 devices and not part of the
 * server. Run in the server's JVM (as until 2026-11-22), the clients made two fifths of the heap the server then had
 * to collect, and each collector pause held every request in flight. Each client is a thread with one request in
 * flight on its own keep-alive connection: an event loop of two I/O threads, tried instead, got too small a share of
 * the two cores beside Tomcat's forty request threads and held the load back.
 * <p>
 * The process lives as long as the benchmark, so its code is warm from the warm-up rounds on. It reads one round per
 * line on its standard input ({@code url clients rate posts-file results-file}; rate 0 = closed loop) and answers
 * {@code done cpu-nanos allocated-bytes gc-pauses gc-millis} when it has written one line per request
 * ({@code latency-nanos result}).
 * <p>
 * The clients' own collector must not pause inside a round: a pause stops all forty clients, and the requests they
 * had in flight count it as the server's latency (until 2026-11-23 a young pause of 5–12 ms came about once per
 * measured round). So the process collects before each round, and its young generation holds a whole round's garbage
 * (11,000 requests at about 20 KB each).
 */
final class HttpLoad implements AutoCloseable {

    /** One request: a device's token and the code it scanned. */
    record Post(String token, String code) {
    }

    /** What the clients got back, and what they cost. */
    record Outcome(List<Long> latencies, int ok, int already, int other, long cpuNanos, long allocatedBytes,
                   long gcPauses, long gcMillis) {
    }

    private static final List<String> JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g", "-Xmn768m", "-XX:+AlwaysPreTouch");

    private final Process process;
    private final PrintStream commands;
    private final BufferedReader answers;
    private final Path dir;

    HttpLoad(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HttpLoad.class.getName()));
        this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * The clients post every request, each as soon as its last answer came (rate 0) or at start + i / rate, whatever
     * the answers so far: a request that waits for a free client then counts its wait, so a slow server cannot hide
     * its queue.
     */
    Outcome run(URI uri, int clients, double rate, List<Post> posts) throws IOException {
        Path in = dir.resolve("posts.txt");
        Path out = dir.resolve("results.txt");
        Files.write(in, posts.stream().map(p -> p.token() + " " + p.code()).toList());
        commands.println(uri + " " + clients + " " + rate + " " + in + " " + out);
        String answer = answers.readLine();
        if (answer == null || !answer.startsWith("done ")) {
            throw new IllegalStateException("The load process answered: " + answer);
        }
        String[] cost = answer.split(" ");
        List<Long> latencies = new ArrayList<>();
        int[] results = new int[3];
        for (String line : Files.readAllLines(out)) {
            latencies.add(Long.parseLong(line.substring(0, line.indexOf(' '))));
            results[line.charAt(line.length() - 1) - '0']++;
        }
        return new Outcome(latencies, results[0], results[1], results[2], Long.parseLong(cost[1]), Long.parseLong(cost[2]),
                Long.parseLong(cost[3]), Long.parseLong(cost[4]));
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws Exception {
        BufferedReader rounds = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String round;
        while ((round = rounds.readLine()) != null) {
            String[] f = round.split(" ");
            List<Post> posts = Files.readAllLines(Path.of(f[3])).stream()
                    .map(l -> new Post(l.substring(0, l.indexOf(' ')), l.substring(l.indexOf(' ') + 1))).toList();
            System.gc(); // the round starts with an empty young generation, which then holds all it makes
            GcPauses before = GcPauses.now();
            String done = drive(URI.create(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]), posts, Path.of(f[4]));
            GcPauses gc = GcPauses.now().since(before);
            System.out.println(done + " " + gc.pauses() + " " + gc.pauseMillis());
            System.out.flush();
        }
    }

    private static String drive(URI uri, int clients, double rate, List<Post> posts, Path results) throws Exception {
        String[] lines = new String[posts.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger requestIds = new AtomicInteger();
        AtomicLong cpu = new AtomicLong();
        AtomicLong allocated = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().disableCookieManagement()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(clients).setMaxConnPerRoute(clients).build())
                .build()) {
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                Thread.ofPlatform().name("load-client-" + c).start(() -> {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long allocated0 = threads.getCurrentThreadAllocatedBytes();
                    try {
                        int i;
                        while (failure.get() == null && (i = next.getAndIncrement()) < posts.size()) {
                            long due = rate > 0 ? start + (long) (i * 1e9 / rate) : System.nanoTime();
                            long wait;
                            while ((wait = due - System.nanoTime()) > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            String body = post(http, uri, posts.get(i), "r" + requestIds.incrementAndGet());
                            lines[i] = (System.nanoTime() - due) + " " + (body.contains("\"result\":\"ok\"") ? 0
                                    : body.contains("\"result\":\"already\"") ? 1 : 2);
                        }
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        cpu.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
                        allocated.addAndGet(threads.getCurrentThreadAllocatedBytes() - allocated0);
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Files.write(results, List.of(lines));
        return "done " + cpu.get() + " " + allocated.get();
    }

    private static String post(CloseableHttpClient http, URI uri, Post scan, String requestId) throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setHeader("Authorization", "Bearer " + scan.token());
        post.setEntity(new StringEntity("{\"code\":\"" + scan.code() + "\",\"requestId\":\"" + requestId + "\"}",
                ContentType.APPLICATION_JSON));
        return http.execute(post, response -> EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
    }
}
