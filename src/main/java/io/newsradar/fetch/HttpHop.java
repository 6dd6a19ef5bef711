package io.newsradar.fetch;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** One HTTP/1.1 GET without following redirects: the wire part of {@link HttpFetcher}. */
final class HttpHop {
    /** The response of one hop; the body is still content-encoded. */
    record Response(int status, Map<String, List<String>> headers, byte[] rawBody, Instant date) {
        String first(String name) {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    private final HttpClient client;
    private final long readTimeoutMs;
    private final long connectTimeoutMs;
    private final long cap;

    HttpHop(HttpClient client, long connectTimeoutMs, long readTimeoutMs, long cap) {
        this.client = client;
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
        this.cap = cap;
    }

    /**
     * Sends one GET to {@code target.wire()} and reports the exchange under {@code logical}.
     *
     * @param headers request headers (User-Agent, Accept, conditional headers)
     */
    Response send(URI logical, FetchRoute.Target target, List<Map.Entry<String, String>> headers,
                  ExchangeListener listener) throws FetchProblem {
        HttpRequest.Builder rb = HttpRequest.newBuilder(target.wire()).GET()
                .timeout(Duration.ofMillis(readTimeoutMs + connectTimeoutMs));
        headers.forEach(h -> rb.header(h.getKey(), h.getValue()));
        AtomicReference<HttpResponse.ResponseInfo> info = new AtomicReference<>();
        Instant date = Instant.now();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(rb.build(), ri -> {
            info.set(ri);
            return new CappedBody(cap, ri.headers().firstValueAsLong("content-length").orElse(-1));
        });
        try {
            HttpResponse<byte[]> r = future.get(readTimeoutMs + connectTimeoutMs, TimeUnit.MILLISECONDS);
            Response resp = new Response(r.statusCode(), lowerCase(r.headers().map()), r.body(), date);
            report(logical, target, headers, resp, false, listener);
            return resp;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchProblem(FetchError.TIMEOUT, "timeout after " + readTimeoutMs + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchProblem(FetchError.INTERRUPTED, "interrupted");
        } catch (ExecutionException e) {
            throw problem(logical, target, headers, listener, info.get(), date, e.getCause());
        }
    }

    private FetchProblem problem(URI logical, FetchRoute.Target target, List<Map.Entry<String, String>> headers,
                                 ExchangeListener listener, HttpResponse.ResponseInfo ri, Instant date, Throwable c) {
        Throwable cause = c;
        while (cause != null && !(cause instanceof CappedBody.TooLarge) && cause.getCause() != null
                && !(cause instanceof HttpTimeoutException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CappedBody.TooLarge tl) {
            if (ri != null) {
                report(logical, target, headers, new Response(ri.statusCode(), lowerCase(ri.headers().map()),
                        tl.partial, date), true, listener);
            }
            return new FetchProblem(FetchError.TOO_LARGE, tl.getMessage());
        }
        if (c instanceof HttpConnectTimeoutException) {
            return new FetchProblem(FetchError.TIMEOUT, "connect timeout after " + connectTimeoutMs + " ms");
        }
        if (c instanceof HttpTimeoutException) {
            return new FetchProblem(FetchError.TIMEOUT, "timeout after " + readTimeoutMs + " ms");
        }
        if (c instanceof java.io.IOException && c.getMessage() != null && c.getMessage().contains("bytes received")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("content-length: (\\d+), bytes received: (\\d+)")
                    .matcher(c.getMessage());
            return new FetchProblem(FetchError.TRUNCATED, "connection closed before the body was complete"
                    + (m.find() ? " (" + m.group(2) + " of " + m.group(1) + " bytes)" : ""));
        }
        if (c instanceof ConnectException) {
            return new FetchProblem(FetchError.CONNECT_ERROR, "cannot connect to " + logical.getHost()
                    + (c.getMessage() == null ? "" : ": " + c.getMessage()));
        }
        String m = c == null ? "unknown error" : c.getClass().getSimpleName()
                + (c.getMessage() == null ? "" : ": " + c.getMessage().lines().findFirst().orElse(""));
        return new FetchProblem(FetchError.CONNECT_ERROR, "connection failed: " + m);
    }

    private static void report(URI logical, FetchRoute.Target target, List<Map.Entry<String, String>> headers,
                               Response r, boolean truncated, ExchangeListener listener) {
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        sent.add(new AbstractMap.SimpleEntry<>("Host", hostHeader(logical)));
        sent.addAll(headers);
        Map<String, List<String>> received = new LinkedHashMap<>(r.headers());
        received.remove("transfer-encoding");
        listener.onExchange(new Exchange(logical, sent, r.status(), "", received, r.rawBody(), truncated,
                r.date(), target.address()));
    }

    private static String hostHeader(URI u) {
        return u.getPort() > 0 ? u.getHost() + ":" + u.getPort() : u.getHost();
    }

    private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (!k.startsWith(":")) out.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v);
        });
        return out;
    }
}
