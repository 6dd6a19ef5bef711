package io.newsradar.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A loopback HTTP server with one route per behaviour (in the manner of jsoup's {@code integration/TestServer}):
 * add routes by path prefix, then point the fetcher at {@link #hostPort()} via {@code connect_to}. Logs
 * every request path.
 */
public final class RouteServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> log = new CopyOnWriteArrayList<>();

    public RouteServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** Adds a route for {@code path} (and everything under it). */
    public RouteServer route(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            log.add(ex.getRequestURI().toString());
            try {
                handler.handle(ex);
            } catch (IOException clientGone) {
                // the client may hang up (timeouts, body caps)
            } finally {
                ex.close();
            }
        });
        return this;
    }

    /** @return {@code 127.0.0.1:port} */
    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    /** Sends {@code status}, one header pair list ({@code name, value, name, value...}) and {@code body}. */
    public static void send(HttpExchange ex, int status, byte[] body, String... headers) throws IOException {
        for (int i = 0; i + 1 < headers.length; i += 2) ex.getResponseHeaders().add(headers[i], headers[i + 1]);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void sendText(HttpExchange ex, int status, String body, String... headers) throws IOException {
        send(ex, status, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
