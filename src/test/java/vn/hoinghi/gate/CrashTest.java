package vn.hoinghi.gate;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import vn.hoinghi.AppProcess;
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
        int port = AppProcess.freePort();

        Process app = AppProcess.start(CrashTarget.class, dir, port, "CRASH-TARGET-READY");
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
        List<String> killed = AppProcess.killHard(app);
        for (Thread t : scanners) {
            t.join(10_000);
        }
        List<String> acked = List.copyOf(acknowledged);
        assertThat(codes).as("killed in the middle of the burst").isNotEmpty();
        assertThat(killed).as("the database died with the app").anyMatch(c -> c.contains("mariadbd") || c.contains("mysqld"));
        System.out.println("crash-test: " + acked.size() + " acknowledged, " + codes.size() + " not sent, killed " + killed);

        Process again = AppProcess.start(CrashTarget.class, dir, port, "CRASH-TARGET-READY");
        try {
            for (String code : acked) {
                assertThat(scan(port, token, code)).as("acknowledged before the crash").contains("\"result\":\"already\"");
            }
            assertThat(acked).hasSizeGreaterThanOrEqualTo(40);
        } finally {
            AppProcess.killHard(again);
        }
    }

    private String scan(int port, String token, String code) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/scan"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
