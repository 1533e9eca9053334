package vn.hoinghi.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's own view of the broker: a few commands and a subscription over Redis's protocol (RESP2), so that it
 * can count what the instances publish and time the broker alone. The app's Redis client is not on this branch's
 * class path before issue 24's instances part is merged, and a benchmark must not depend on the code it measures.
 */
final class RedisProbe implements AutoCloseable {

    /** A message published on {@code channel}, as it reached this subscriber (wall clock, µs). */
    interface Listener {
        void message(String channel, byte[] payload, long arrivedMicros);
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RedisProbe(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RedisProbe connect(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        return new RedisProbe(s);
    }

    /** Sends one command and returns its reply: a String, a Long or a List of them. */
    synchronized Object command(String... args) throws IOException {
        send(args);
        return text(read());
    }

    /**
     * The broker alone: {@code times} messages of {@code bytes} bytes published on a channel of their own, each timed
     * until a subscriber has it; in ms.
     */
    static List<Double> publishToDeliver(int port, int bytes, int times) throws Exception {
        String channel = "benchmark-probe-" + System.nanoTime();
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        List<Double> millis = new ArrayList<>();
        try (RedisProbe subscriber = connect(port); RedisProbe publisher = connect(port)) {
            subscriber.subscribe(channel, (c, payload, at) -> arrivals.add(at));
            String message = "x".repeat(bytes);
            for (int i = 0; i < times; i++) {
                long t = ScreenClient.nowMicros();
                publisher.command("PUBLISH", channel, message);
                Long at = arrivals.poll(5, TimeUnit.SECONDS);
                if (at == null) {
                    throw new IllegalStateException("a message published on " + channel + " did not arrive");
                }
                millis.add((at - t) / 1000.0);
            }
        }
        return millis;
    }

    /** Subscribes to the channels matching {@code pattern} ({@code PSUBSCRIBE}); messages go to the listener from a thread of its own. */
    void subscribe(String pattern, Listener listener) throws IOException {
        send("PSUBSCRIBE", pattern);
        read(); // the subscription's confirmation
        Thread.ofPlatform().daemon().name("redis-probe").start(() -> {
            try {
                while (true) {
                    if (read() instanceof List<?> m && m.size() == 4 && "pmessage".equals(text(m.get(0)))) {
                        listener.message((String) text(m.get(2)), (byte[]) m.get(3), ScreenClient.nowMicros());
                    }
                }
            } catch (IOException closed) {
                // the benchmark closed the connection
            }
        });
    }

    void send(String... args) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String a : args) {
            byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
            b.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            b.writeBytes(bytes);
            b.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(b.toByteArray());
        out.flush();
    }

    /** One reply: bulk strings as bytes, simple strings as String, integers as Long, arrays as List. */
    private Object read() throws IOException {
        int type = in.read();
        String line = line();
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new IOException("redis: " + line);
            case ':' -> Long.parseLong(line);
            case '$' -> {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    yield null;
                }
                byte[] bytes = in.readNBytes(n);
                in.readNBytes(2);
                yield bytes;
            }
            case '*' -> {
                int n = Integer.parseInt(line);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(read());
                }
                yield items;
            }
            case -1 -> throw new EOFException("redis closed the connection");
            default -> throw new IOException("not a RESP reply: " + (char) type + line);
        };
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        int c;
        while ((c = in.read()) != '\r') {
            if (c < 0) {
                throw new EOFException("redis closed the connection");
            }
            s.append((char) c);
        }
        in.read(); // \n
        return s.toString();
    }

    private static Object text(Object reply) {
        if (reply instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (reply instanceof List<?> list) {
            return list.stream().map(RedisProbe::text).toList();
        }
        return reply;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
