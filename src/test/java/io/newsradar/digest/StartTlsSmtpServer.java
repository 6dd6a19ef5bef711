package io.newsradar.digest;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP submission server on loopback for one test: RFC 5321 commands with STARTTLS (RFC 3207) and
 * AUTH PLAIN / LOGIN (RFC 4954), offering AUTH only after TLS and refusing MAIL before authentication, as a
 * submission server on port 587 does. Records each message's raw bytes and what the session went through. One
 * client at a time.
 */
final class StartTlsSmtpServer implements AutoCloseable {
    /** One accepted message: the raw RFC 5322 bytes, and whether the session had TLS and authentication. */
    record Received(byte[] raw, boolean tls, String user) {}

    private final ServerSocket server;
    private final SSLContext tls;
    private final String user, password;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<String> commands = new CopyOnWriteArrayList<>();

    StartTlsSmtpServer(SSLContext tls, String user, String password) throws IOException {
        this.tls = tls;
        this.user = user;
        this.password = password;
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                session(s);
            } catch (IOException e) {
                // closed, or the client went away: next session
            }
        }
    }

    private void session(Socket plain) throws IOException {
        Socket s = plain;
        BufferedReader in = reader(s);
        OutputStream out = s.getOutputStream();
        boolean secure = false;
        String authed = null;
        send(out, "220 127.0.0.1 ESMTP newsradar test server");
        for (String line; (line = in.readLine()) != null; ) {
            String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line.toUpperCase(java.util.Locale.ROOT);
            commands.add(cmd.equals("AUTH") ? "AUTH " + line.split(" ")[1] : line.split(" ")[0].toUpperCase(java.util.Locale.ROOT));
            switch (cmd) {
                case "EHLO" -> send(out, secure ? "250-127.0.0.1\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME" : "250-127.0.0.1\r\n250-STARTTLS\r\n250 8BITMIME");
                case "HELO" -> send(out, "250 127.0.0.1");
                case "STAR" -> {
                    if (secure) {
                        send(out, "503 5.5.1 TLS already active");
                        continue;
                    }
                    send(out, "220 2.0.0 Ready to start TLS");
                    SSLSocket t = (SSLSocket) tls.getSocketFactory().createSocket(s, "127.0.0.1", s.getPort(), true);
                    t.setUseClientMode(false);
                    t.startHandshake();
                    s = t;
                    in = reader(s);
                    out = s.getOutputStream();
                    secure = true;
                }
                case "AUTH" -> {
                    if (!secure) {
                        send(out, "538 5.7.11 Encryption required for requested authentication mechanism");
                        continue;
                    }
                    authed = auth(line, in, out);
                }
                case "MAIL" -> send(out, authed == null ? "530 5.7.0 Authentication required" : "250 2.1.0 OK");
                case "RCPT" -> send(out, "250 2.1.5 OK");
                case "DATA" -> {
                    send(out, "354 End data with <CR><LF>.<CR><LF>");
                    received.add(new Received(data(in), secure, authed));
                    send(out, "250 2.0.0 OK queued");
                }
                case "RSET", "NOOP" -> send(out, "250 2.0.0 OK");
                case "QUIT" -> {
                    send(out, "221 2.0.0 Bye");
                    return;
                }
                default -> send(out, "502 5.5.2 Command not recognized");
            }
        }
    }

    /** @return the user when the credentials match, else null (and a 535 sent) */
    private String auth(String line, BufferedReader in, OutputStream out) throws IOException {
        String[] f = line.split(" ");
        String u, p;
        if (f[1].equalsIgnoreCase("PLAIN")) {
            String resp = f.length > 2 ? f[2] : prompt(in, out, "334 ");
            String[] parts = new String(Base64.getDecoder().decode(resp), StandardCharsets.UTF_8).split("\u0000", -1);
            u = parts.length == 3 ? parts[1] : "";
            p = parts.length == 3 ? parts[2] : "";
        } else if (f[1].equalsIgnoreCase("LOGIN")) {
            u = decode(f.length > 2 ? f[2] : prompt(in, out, "334 VXNlcm5hbWU6"));
            p = decode(prompt(in, out, "334 UGFzc3dvcmQ6"));
        } else {
            send(out, "504 5.5.4 Unrecognized authentication type");
            return null;
        }
        boolean ok = user.equals(u) && password.equals(p);
        send(out, ok ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
        return ok ? u : null;
    }

    private static String prompt(BufferedReader in, OutputStream out, String challenge) throws IOException {
        send(out, challenge);
        return in.readLine();
    }

    private static String decode(String b64) {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
    }

    /** @return the message up to the lone dot, dot-stuffing undone (RFC 5321 4.5.2), lines ending CRLF */
    private static byte[] data(BufferedReader in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String line; (line = in.readLine()) != null && !line.equals("."); ) {
            b.writeBytes((line.startsWith(".") ? line.substring(1) : line).getBytes(StandardCharsets.ISO_8859_1));
            b.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return b.toByteArray();
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static void send(OutputStream out, String reply) {
        try {
            out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
