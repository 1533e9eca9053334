package vn.hoinghi.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import vn.hoinghi.Application;

/**
 * Another instance of the app in a JVM of its own, set up as a compose file sets up an instance: the database and
 * Redis given by the environment ({@code SPRING_DATASOURCE_*}, {@code HOINGHI_REDIS_URL}), and the same JVM options
 * and Vaadin mode as the benchmark's JVM, which is the first instance.
 */
final class SecondInstance implements AutoCloseable {

    static final String READY = "SECOND-INSTANCE-READY";

    private final Process process;

    private SecondInstance(Process process) {
        this.process = process;
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, "--spring.profiles.active=test", "--server.port=" + args[0]);
        System.out.println(READY);
        System.out.flush();
    }

    /** Starts it on {@code port} with {@code environment} and waits (≤ 3 min) for it to serve; its output goes to {@code log}. */
    static SecondInstance start(int port, Map<String, String> environment, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:") || a.startsWith("-Djava.io.tmpdir="))
                .toList());
        for (String vaadin : List.of("vaadin.productionMode", "vaadin.node.folder")) {
            if (System.getProperty(vaadin) != null) {
                command.add("-D" + vaadin + "=" + System.getProperty(vaadin));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SecondInstance.class.getName(),
                String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        SecondInstance second = new SecondInstance(builder.start());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && second.process.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains(READY)) {
                return second;
            }
            Thread.sleep(500);
        }
        second.close();
        throw new IllegalStateException("the second instance did not start (see " + log + ")");
    }

    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
