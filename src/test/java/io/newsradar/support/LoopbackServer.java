package io.newsradar.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 with one fixed response per path, counting requests per path. */
public final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Response> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    /** One canned response. */
    public record Response(int status, String contentType, byte[] body) {}

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            Response r = routes.getOrDefault(path, new Response(404, "text/plain", "not found".getBytes()));
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(r.body());
            }
        });
        server.start();
    }

    public LoopbackServer route(String path, int status, String contentType, byte[] body) {
        routes.put(path, new Response(status, contentType, body));
        return this;
    }

    /** @return {@code http://127.0.0.1:PORT} */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return how many requests reached {@code path} */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
