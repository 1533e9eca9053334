package vn.hoinghi.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * kill -9 during a burst of scans, then a restart: every check-in the API acknowledged is still there.
 * The app and its MariaDB run as child processes and are both killed with SIGKILL.
 */
class CrashTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void noAcknowledgedCheckInIsLostWhenTheServerIsKilled() throws Exception {
        Path dir = Path.of("target/crash-test").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        int port = freePort();

        Process app = start(dir, port);
        List<String> seed = Files.readAllLines(dir.resolve("seed.txt"));
        String token = seed.getFirst();
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>(seed.subList(1, seed.size()));
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Thread> scanners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            scanners.add(Thread.ofPlatform().start(() -> {
                String code;
                while ((code = codes.poll()) != null) {
                    try {
                        if (scan(port, token, code).contains("\"result\":\"ok\"")) {
                            acknowledged.add(code);
                        }
                    } catch (Exception serverGone) {
                        return;
                    }
                }
            }));
        }
        while (acknowledged.size() < 40) {
            Thread.sleep(5);
        }
        List<String> killed = killHard(app);
        for (Thread t : scanners) {
            t.join(10_000);
        }
        List<String> acked = List.copyOf(acknowledged);
        assertThat(codes).as("killed in the middle of the burst").isNotEmpty();
        assertThat(killed).as("the database died with the app").anyMatch(c -> c.contains("mariadbd") || c.contains("mysqld"));
        System.out.println("crash-test: " + acked.size() + " acknowledged, " + codes.size() + " not sent, killed " + killed);

        Process again = start(dir, port);
        try {
            for (String code : acked) {
                assertThat(scan(port, token, code)).as("acknowledged before the crash").contains("\"result\":\"already\"");
            }
            assertThat(acked).hasSizeGreaterThanOrEqualTo(40);
        } finally {
            killHard(again);
        }
    }

    private Process start(Path dir, int port) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                CrashTarget.class.getName(), dir.toString(), String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            if (line.contains("CRASH-TARGET-READY")) {
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
                return p;
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("The app did not start");
    }

    /** SIGKILL the app and its embedded MariaDB: no shutdown hook, no flush, like a power cut of the process. */
    private static List<String> killHard(Process p) throws Exception {
        List<ProcessHandle> family = new ArrayList<>(p.descendants().toList());
        List<String> commands = family.stream().map(h -> h.info().command().orElse("?")).toList();
        p.destroyForcibly();
        family.forEach(ProcessHandle::destroyForcibly);
        p.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle h : family) {
            h.onExit().get(30, TimeUnit.SECONDS);
        }
        return commands;
    }

    private String scan(int port, String token, String code) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/scan"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
