package io.newsradar.cases;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The simulated web of one check: one loopback HTTP listener per {@code host:port} of the listed responses,
 * each serving its responses exactly (status, headers, raw body bytes); an unlisted path gets 404. Every other
 * host maps to a closed port (connection refused). {@link #connectTo()} is the {@code FetchSettings.connectTo}
 * map that sends the product's real fetcher here. Every request is logged as the logical URL.
 */
final class CaseServer implements AutoCloseable {
    /** One canned response. */
    record Canned(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final Map<String, String> connectTo = new HashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    /**
     * @param responses logical absolute URL to its canned response
     * @param watched   further URLs whose hosts get a listener too (so a request to them is logged)
     */
    CaseServer(Map<String, Canned> responses, List<String> watched) throws IOException {
        Map<String, Map<String, Canned>> byHost = new LinkedHashMap<>();
        for (var e : responses.entrySet()) {
            URI u = URI.create(e.getKey());
            byHost.computeIfAbsent(hostPort(u), k -> new HashMap<>()).put(pathQuery(u), e.getValue());
        }
        for (String w : watched) {
            URI u = URI.create(w);
            if (u.getHost() != null && isHttp(u)) byHost.computeIfAbsent(hostPort(u), k -> new HashMap<>());
        }
        for (var e : byHost.entrySet()) start(e.getKey(), e.getValue());
        connectTo.put("*", "127.0.0.1:" + closedPort());
    }

    private void start(String hostPort, Map<String, Canned> routes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String scheme = hostPort.endsWith(":443") ? "https://" : "http://";
        String host = hostPort.replaceFirst(":(80|443)$", "");
        server.createContext("/", ex -> serve(ex, routes, scheme + host));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        servers.put(hostPort, server);
        connectTo.put(hostPort, "127.0.0.1:" + server.getAddress().getPort());
    }

    private void serve(HttpExchange ex, Map<String, Canned> routes, String origin) throws IOException {
        String key = pathQuery(ex.getRequestURI());
        requested.add(origin + key);
        Canned c = routes.get(key);
        if (c == null) c = new Canned(404, List.of(Map.entry("Content-Type", "text/plain")), "not found".getBytes());
        for (var h : c.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("content-length") && !name.equals("transfer-encoding")) {
                ex.getResponseHeaders().add(h.getKey(), h.getValue());
            }
        }
        boolean noBody = c.status() == 304 || c.status() == 204 || c.body().length == 0;
        ex.sendResponseHeaders(c.status(), noBody ? -1 : c.body().length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(c.body());
            } catch (IOException clientGone) {
                // the fetcher may stop reading at its body cap
            }
        }
        ex.close();
    }

    /** @return the map for {@code FetchSettings.withConnectTo} */
    Map<String, String> connectTo() {
        return Map.copyOf(connectTo);
    }

    /** @return logical URLs requested so far, in order */
    List<String> requested() {
        return new ArrayList<>(requested);
    }

    static String hostPort(URI u) {
        int port = u.getPort() > 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
        return u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String pathQuery(URI u) {
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
    }

    private static boolean isHttp(URI u) {
        return "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        servers.values().forEach(s -> s.stop(0));
    }
}
