package vn.hoinghi.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Just enough SMTP to receive mails in a test; refuses every recipient whose address starts with "tu-choi". */
final class FakeSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    final List<String> received = new CopyOnWriteArrayList<>();

    FakeSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
             var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.ISO_8859_1)) {
            reply(out, "220 fake ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("RCPT TO:") && command.contains("<TU-CHOI")) {
                    reply(out, "550 5.1.1 Mailbox unavailable");
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line).append('\n');
                    }
                    received.add(data.toString());
                    reply(out, "250 2.0.0 Ok: queued");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "250 Ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
