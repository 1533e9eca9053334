package vn.hoinghi.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.hoinghi.AppProcess;

/**
 * A real {@code redis-server} (Debian's package) as a child process of the benchmark, on a free port of 127.0.0.1,
 * keeping nothing on disk: the broker the instances publish their live events on.
 */
final class RedisChild implements AutoCloseable {

    private static final List<Path> BINARIES = List.of(Path.of("/usr/bin/redis-server"), Path.of("/usr/local/bin/redis-server"));

    private final Process process;
    private final int port;

    private RedisChild(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The installed server, or null. */
    static Path binary() {
        return BINARIES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    static RedisChild start(Path log) throws Exception {
        int port = AppProcess.freePort();
        Process p = new ProcessBuilder(binary().toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RedisChild redis = new RedisChild(p, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (RedisProbe probe = RedisProbe.connect(port)) {
                if ("PONG".equals(probe.command("PING"))) {
                    return redis;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        redis.close();
        throw new IllegalStateException("redis-server did not answer on port " + port + " (see " + log + ")");
    }

    int port() {
        return port;
    }

    /** What an instance is given as HOINGHI_REDIS_URL. */
    String url() {
        return "redis://127.0.0.1:" + port;
    }

    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
