package io.newsradar.digest;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on loopback: answers each POST with the next status queued (200 when none), records bodies. */
final class HookServer implements AutoCloseable {
    /** One request: its status answered, body and Idempotency-Key. */
    record Received(int status, String body, String idempotencyKey, String contentType) {}

    private final HttpServer server;
    private final Deque<Integer> statuses = new ArrayDeque<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    HookServer(Integer... statuses) throws IOException {
        this.statuses.addAll(List.of(statuses));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (this.statuses) {
                status = this.statuses.isEmpty() ? 200 : this.statuses.poll();
            }
            received.add(new Received(status, body, ex.getRequestHeaders().getFirst("Idempotency-Key"),
                    ex.getRequestHeaders().getFirst("Content-Type")));
            byte[] answer = status == 204 ? new byte[0] : "ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(answer);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> delivered() {
        return received.stream().filter(r -> r.status() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
