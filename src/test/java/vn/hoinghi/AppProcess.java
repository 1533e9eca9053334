package vn.hoinghi;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app as a child process, for tests that kill it hard and start it again on the same data folder and port.
 * The target class starts the app, prepares what the test needs and prints its ready line.
 */
public final class AppProcess {

    private AppProcess() {
    }

    /**
     * Starts {@code target} with the folder and port (then {@code more}) as its arguments and waits (≤ 3 min) for its
     * ready line. The process's standard input stays open for the test to write to.
     */
    public static Process start(Class<?> target, Path dir, int port, String readyLine, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                target.getName(), dir.toString(), String.valueOf(port)));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            if (line.contains(readyLine)) {
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
                return p;
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("The app did not start");
    }

    /**
     * SIGKILL the app and its embedded MariaDB: no shutdown hook, no flush, like a power cut of the process.
     * Returns the commands that were killed.
     */
    public static List<String> killHard(Process p) throws Exception {
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

    public static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
