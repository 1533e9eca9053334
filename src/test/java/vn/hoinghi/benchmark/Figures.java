package vn.hoinghi.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What the screen benchmarks measure alike: the settled heap, percentiles, the machine's load. */
final class Figures {

    private Figures() {
    }

    /** Heap in use after full collections: the least of five readings, each taken right after a System.gc(). */
    static long settledHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
            Thread.sleep(300);
        }
        return least;
    }

    /** The nearest-rank percentile of a sorted list; NaN when it is empty. */
    static double percentile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(sorted.size() * q) - 1;
        return sorted.get(Math.clamp(rank, 0, sorted.size() - 1));
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "?";
        }
    }
}
