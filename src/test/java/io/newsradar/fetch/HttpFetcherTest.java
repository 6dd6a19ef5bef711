package io.newsradar.fetch;

import io.newsradar.config.FetchSettings;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.newsradar.testkit.RouteServer.send;
import static io.newsradar.testkit.RouteServer.sendText;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link HttpFetcher} against a loopback server with one route per behaviour. */
class HttpFetcherTest {
    static final int CAP = 1 << 20;
    static RouteServer server;

    @BeforeAll
    static void start() {
        server = new RouteServer()
                .route("/ok", ex -> sendText(ex, 200, "<html><title>ok</title></html>", "Content-Type", "text/html; charset=utf-8"))
                .route("/slow", ex -> {
                    sleep(3000);
                    sendText(ex, 200, "late", "Content-Type", "text/plain");
                })
                .route("/drip", ex -> {
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 30; i++) {
                            out.write('x');
                            out.flush();
                            sleep(100);
                        }
                    }
                })
                .route("/500", ex -> sendText(ex, 500, "boom", "Content-Type", "text/plain"))
                .route("/429", ex -> sendText(ex, 429, "slow down", "Retry-After", "3600"))
                .route("/redirect/", ex -> {
                    int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/redirect/".length()));
                    send(ex, 302, new byte[0], "Location", n <= 1 ? "/ok" : "/redirect/" + (n - 1));
                })
                .route("/loop/a", ex -> send(ex, 301, new byte[0], "Location", "/loop/b"))
                .route("/loop/b", ex -> send(ex, 301, new byte[0], "Location", "http://" + ex.getRequestHeaders().getFirst("Host") + "/loop/a"))
                .route("/truncated-gzip", ex -> {
                    byte[] gz = RouteServer.gzip("<html>".repeat(5000).getBytes(StandardCharsets.UTF_8));
                    send(ex, 200, Arrays.copyOf(gz, gz.length / 2), "Content-Type", "text/html", "Content-Encoding", "gzip");
                })
                .route("/gzip", ex -> send(ex, 200, RouteServer.gzip("<html>hello</html>".getBytes(StandardCharsets.UTF_8)),
                        "Content-Type", "text/html", "Content-Encoding", "gzip"))
                .route("/bomb", ex -> send(ex, 200, RouteServer.gzip(new byte[20 * CAP]), "Content-Type", "text/html",
                        "Content-Encoding", "gzip"))
                .route("/big", ex -> send(ex, 200, new byte[2 * CAP], "Content-Type", "application/octet-stream"))
                .route("/big-chunked", ex -> {
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 64; i++) out.write(new byte[64 * 1024]);
                    }
                })
                .route("/short", ex -> {
                    ex.sendResponseHeaders(200, 1000);
                    ex.getResponseBody().write("only ten b".getBytes(StandardCharsets.US_ASCII));
                    ex.getResponseBody().flush();
                    throw new IOException("hang up");
                })
                .route("/etag", ex -> {
                    if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) send(ex, 304, new byte[0], "ETag", "\"v1\"");
                    else sendText(ex, 200, "<html>v1</html>", "ETag", "\"v1\"", "Content-Type", "text/html");
                });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static FetchSettings settings() {
        return FetchSettings.defaults().withConnectTo(Map.of("news.example.com:443", server.hostPort()))
                .withAllowPrivate(true).withPolitenessDelayMs(0).withTimeouts(2000, 1000).withMaxBodyBytes(CAP);
    }

    static FetchOutcome fetch(String path) {
        try (HttpFetcher f = new HttpFetcher(settings())) {
            return f.fetch("https://news.example.com" + path);
        }
    }

    static FetchFailure failure(String path) {
        FetchOutcome out = fetch(path);
        assertThat(out).isInstanceOf(FetchFailure.class);
        return (FetchFailure) out;
    }

    @Test
    void okKeepsTheLogicalHttpsUrlWhileSpeakingPlainHttpToLoopback() {
        FetchResult r = (FetchResult) fetch("/ok");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.finalUrl()).isEqualTo("https://news.example.com/ok");
        assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<title>ok</title>");
    }

    @Test
    void slowResponseTimesOut() {
        FetchFailure f = failure("/slow");
        assertThat(f.error()).isEqualTo(FetchError.TIMEOUT);
        assertThat(f.reason()).isEqualTo("timeout after 1000 ms");
    }

    @Test
    void drippingBodyTimesOut() {
        assertThat(failure("/drip").error()).isEqualTo(FetchError.TIMEOUT);
    }

    @Test
    void serverErrorIsAFailureWithTheStatus() {
        FetchFailure f = failure("/500");
        assertThat(f.reason()).isEqualTo("HTTP 500");
        assertThat(f.status()).isEqualTo(500);
        assertThat(f.toFailure().line()).isEqualTo("https://news.example.com/500: fetch: HTTP 500");
    }

    @Test
    void retryAfterPausesTheHost() {
        try (HttpFetcher f = new HttpFetcher(settings())) {
            FetchFailure first = (FetchFailure) f.fetch("https://news.example.com/429");
            assertThat(first.status()).isEqualTo(429);
            assertThat(first.retryAfter()).isEqualTo(Duration.ofHours(1));
            assertThat(first.reason()).isEqualTo("HTTP 429 (Retry-After 3600 s)");
            FetchFailure second = (FetchFailure) f.fetch("https://news.example.com/ok");
            assertThat(second.error()).isEqualTo(FetchError.HOST_PAUSED);
        }
    }

    @Test
    void redirectChainIsFollowedAndEveryHopReported() {
        List<Exchange> exchanges = new ArrayList<>();
        try (HttpFetcher f = new HttpFetcher(settings(), exchanges::add)) {
            FetchResult r = (FetchResult) f.fetch("https://news.example.com/redirect/3");
            assertThat(r.finalUrl()).isEqualTo("https://news.example.com/ok");
            assertThat(r.redirects()).containsExactly("https://news.example.com/redirect/3",
                    "https://news.example.com/redirect/2", "https://news.example.com/redirect/1");
        }
        assertThat(exchanges).extracting(Exchange::status).containsExactly(302, 302, 302, 200);
        assertThat(exchanges.get(0).requestHeaders()).contains(Map.entry("Host", "news.example.com"));
    }

    @Test
    void tooManyRedirectsAndLoopsFail() {
        assertThat(failure("/redirect/9").error()).isEqualTo(FetchError.TOO_MANY_REDIRECTS);
        FetchFailure loop = failure("/loop/a");
        assertThat(loop.error()).isEqualTo(FetchError.REDIRECT_LOOP);
        assertThat(loop.reason()).startsWith("redirect loop at ");
    }

    @Test
    void gzipIsDecodedAndTruncatedGzipIsReported() {
        assertThat(new String(((FetchResult) fetch("/gzip")).body(), StandardCharsets.UTF_8)).isEqualTo("<html>hello</html>");
        FetchFailure f = failure("/truncated-gzip");
        assertThat(f.error()).isEqualTo(FetchError.BAD_ENCODING);
        assertThat(f.reason()).isEqualTo("truncated gzip body");
    }

    @Test
    void bodyCapHoldsWhileReadingAndAfterDecoding() {
        assertThat(failure("/big").reason()).isEqualTo("body over 1048576 bytes");
        assertThat(failure("/big-chunked").reason()).isEqualTo("body over 1048576 bytes");
        FetchFailure bomb = failure("/bomb");
        assertThat(bomb.error()).isEqualTo(FetchError.TOO_LARGE);
        assertThat(bomb.reason()).isEqualTo("body over 1048576 bytes after decoding");
    }

    /**
     * DNS rebinding: the connection must use the addresses the private-address check saw. A name no DNS knows is
     * pinned to the loopback server: HttpClient reaches it, so its look-up was answered by the pin; and a name
     * pinned to a private address is refused without private fetching.
     */
    @Test
    void connectionsUseTheAddressesTheCheckSaw() throws Exception {
        assertThat(AddressPins.installed()).as("AddressPins is the JVM's resolver").isTrue();
        String port = server.hostPort().substring(server.hostPort().lastIndexOf(':') + 1);
        AddressPins.pin("pinned.newsradar.invalid", new InetAddress[] {InetAddress.getByAddress(new byte[] {127, 0, 0, 1})});
        FetchSettings direct = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withTimeouts(2000, 1000).withMaxBodyBytes(CAP);
        try (HttpFetcher f = new HttpFetcher(direct)) {
            FetchOutcome ok = f.fetch("http://pinned.newsradar.invalid:" + port + "/ok");
            assertThat(ok).isInstanceOf(FetchResult.class);
            assertThat(((FetchResult) ok).status()).isEqualTo(200);
        }
        try (HttpFetcher f = new HttpFetcher(direct)) {
            assertThat(f.fetch("http://localhost:" + port + "/ok")).isInstanceOf(FetchResult.class);
        }
        assertThat(AddressPins.pinned("localhost")).as("checked addresses pinned").isNotEmpty()
                .allMatch(InetAddress::isLoopbackAddress);
        AddressPins.pin("rebound.newsradar.invalid", new InetAddress[] {InetAddress.getByAddress(new byte[] {10, 1, 2, 3})});
        try (HttpFetcher f = new HttpFetcher(direct.withAllowPrivate(false))) {
            FetchFailure refused = (FetchFailure) f.fetch("http://rebound.newsradar.invalid:" + port + "/ok");
            assertThat(refused.error()).isEqualTo(FetchError.PRIVATE_ADDRESS);
        }
    }

    @Test
    void privateAddressesAndOtherSchemesAreRefused() {
        try (HttpFetcher f = new HttpFetcher(settings().withAllowPrivate(false))) {
            FetchFailure mapped = (FetchFailure) f.fetch("https://news.example.com/ok");
            assertThat(mapped.reason()).isEqualTo("private address refused (use --allow-private)");
            FetchFailure direct = (FetchFailure) f.fetch("http://" + server.hostPort() + "/ok");
            assertThat(direct.error()).isEqualTo(FetchError.PRIVATE_ADDRESS);
            assertThat(((FetchFailure) f.fetch("ftp://news.example.com/x")).error()).isEqualTo(FetchError.SCHEME_REFUSED);
            assertThat(((FetchFailure) f.fetch("file:///etc/passwd")).error()).isEqualTo(FetchError.SCHEME_REFUSED);
        }
    }

    @Test
    void politenessDelaySpacesRequestsToOneHost() {
        try (HttpFetcher f = new HttpFetcher(settings().withPolitenessDelayMs(300))) {
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) assertThat(f.fetch("https://news.example.com/ok")).isInstanceOf(FetchResult.class);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(600);
        }
    }

    @Test
    void bodyShorterThanContentLengthIsReportedAsTruncated() {
        FetchFailure f = failure("/short");
        assertThat(f.error()).isEqualTo(FetchError.TRUNCATED);
        assertThat(f.reason()).isEqualTo("connection closed before the body was complete (10 of 1000 bytes)");
    }

    @Test
    void conditionalGetReturnsNotModified() {
        try (HttpFetcher f = new HttpFetcher(settings())) {
            FetchResult first = (FetchResult) f.fetch("https://news.example.com/etag");
            String etag = first.header("ETag").orElseThrow();
            FetchResult again = (FetchResult) f.fetch("https://news.example.com/etag", etag, null);
            assertThat(again.notModified()).isTrue();
            assertThat(again.body()).isEmpty();
        }
    }
}
