package vn.hoinghi.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.hoinghi.security.TestAccounts;

/** The {@link ScreenFleet} process: its own JVM on this test's class path, one command and one answer a line. */
final class FleetProcess implements AutoCloseable {
    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    FleetProcess(String base, String username, String route, int concurrency, String heap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx" + heap, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ScreenFleet.class.getName(), base, username, TestAccounts.PASSWORD, route,
                String.valueOf(concurrency))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("screen-fleet-answers").start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    answers.add(line);
                }
            } catch (IOException e) {
                answers.add("broken " + e);
            }
        });
    }

    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    String ask(String command, Duration timeout) throws IOException, InterruptedException {
        in.write(command + "\n");
        in.flush();
        String answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            throw new IllegalStateException("the screen fleet did not answer \"" + command + "\" within " + timeout);
        }
        return answer;
    }

    @Override
    public void close() throws Exception {
        try {
            in.write("exit\n");
            in.flush();
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
