package vn.hoinghi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long a live screen or listener took to follow a change, as a test measures it. The test prints it as a figure
 * and asserts only a bound that a machine busy with other work keeps: the one-second goal is the screens benchmark's
 * (docs/benchmarks.md), so a loaded CI machine cannot fail the build on it.
 */
public final class LiveDelay {

    /** Longer than anything live takes here, even with every core busy. */
    public static final Duration BUSY_MACHINE = Duration.ofSeconds(10);

    private LiveDelay() {
    }

    /** Prints {@code figure: N ms} and checks it is a real delay within {@link #BUSY_MACHINE}. */
    public static long report(String figure, long millis) {
        System.out.println(figure + ": " + millis + " ms");
        assertThat(millis).as(figure + " in ms (the strict goal lives in the benchmarks)")
                .isBetween(0L, BUSY_MACHINE.toMillis());
        return millis;
    }

    /** The milliseconds since {@code startNanos} (a {@link System#nanoTime()}), reported as {@code figure}. */
    public static long since(String figure, long startNanos) {
        return report(figure, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** Waits until the condition holds, at most {@link #BUSY_MACHINE}; whether it came is for the caller to assert. */
    public static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + BUSY_MACHINE.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
