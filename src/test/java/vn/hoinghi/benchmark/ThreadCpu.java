package vn.hoinghi.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by kind (Linux: /proc/self/task/N/schedstat, nanoseconds), including the threads
 * the JVM itself runs — garbage collector, JIT compilers — which the management beans do not show. A thread that
 * ended between two snapshots is missing from the difference.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** Nanoseconds on a CPU so far, by thread ("id name"). */
    static Map<String, Long> snapshot() {
        Map<String, Long> byThread = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    long nanos = Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                    byThread.put(task.getFileName() + " " + comm, nanos);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            });
        } catch (IOException notLinux) {
            return Map.of();
        }
        return byThread;
    }

    /** CPU spent between the two snapshots, summed by kind of thread. */
    static Map<String, Long> byKind(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> kinds = new TreeMap<>();
        after.forEach((thread, nanos) -> kinds.merge(kind(thread.substring(thread.indexOf(' ') + 1)),
                nanos - before.getOrDefault(thread, 0L), Long::sum));
        return kinds;
    }

    /**
     * Waits until the JIT compilers use under a tenth of a core over half a second (at most a minute); returns how
     * long that took, in nanoseconds.
     */
    static long waitForQuietJit() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + 60_000_000_000L;
        Map<String, Long> before = snapshot();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            Map<String, Long> after = snapshot();
            if (byKind(before, after).getOrDefault("jit", 0L) < 50_000_000L) {
                break;
            }
            before = after;
        }
        return System.nanoTime() - start;
    }

    private static String kind(String name) {
        if (name.startsWith("http-nio")) {
            return "tomcat";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("Z")) {
            return "gc";
        }
        if (name.startsWith("C1 ") || name.startsWith("C2 ")) {
            return "jit";
        }
        if (name.equals("device-checkins")) {
            return "writer";
        }
        return "other";
    }
}
