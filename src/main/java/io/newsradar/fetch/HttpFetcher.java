package io.newsradar.fetch;

import io.newsradar.config.FetchSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fetches one URL with HTTP/1.1 GET, following redirects, within the limits of {@link FetchSettings}:
 * <ul>
 *   <li>only {@code http} and {@code https}; non-public addresses refused unless {@code allowPrivate}, checked
 *       again after every redirect;</li>
 *   <li>requests to one host start {@code politenessDelayMs} apart ({@link HostThrottle}), also across
 *       threads; a 429/503 {@code Retry-After} pauses the host;</li>
 *   <li>{@code connectTimeoutMs} to connect, {@code readTimeoutMs} for the whole response;</li>
 *   <li>at most {@code maxRedirects} redirects (301, 302, 303, 307, 308), a loop is detected;</li>
 *   <li>the body is cut at {@code maxBodyBytes} while reading and again after gzip/deflate decoding;</li>
 *   <li>an HTTP(S) proxy is taken from the JVM properties or {@code https_proxy}/{@code http_proxy}/{@code no_proxy}.</li>
 * </ul>
 * Every exchange (each redirect hop too) goes to the {@link ExchangeListener}. Thread-safe; blocking calls are
 * meant for virtual threads. Never throws for a bad URL or a bad response: it returns a {@link FetchFailure}.
 */
public final class HttpFetcher implements AutoCloseable {
    private final FetchSettings settings;
    private final ExchangeListener listener;
    private final HttpClient client;
    private final HttpHop hop;
    private final FetchRoute route;
    private final HostThrottle throttle;

    public HttpFetcher(FetchSettings settings) {
        this(settings, ExchangeListener.NONE);
    }

    /** @param listener receives every exchange (the archive); {@link ExchangeListener#NONE} for none */
    public HttpFetcher(FetchSettings settings, ExchangeListener listener) {
        this.settings = settings;
        this.listener = listener;
        java.net.ProxySelector proxy = EnvProxy.from(System.getenv());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(proxy)
                .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) // never the common pool
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(settings.connectTimeoutMs()))
                .build();
        this.hop = new HttpHop(client, settings.connectTimeoutMs(), settings.readTimeoutMs(), settings.maxBodyBytes());
        this.route = new FetchRoute(settings.connectTo(), settings.allowPrivate(), proxy);
        this.throttle = new HostThrottle(settings.politenessDelayMs());
    }

    /** @return the per-host politeness gate this fetcher waits on (the crawler sets Crawl-delay on it) */
    public HostThrottle throttle() {
        return throttle;
    }

    /** Unconditional GET; see {@link #fetch(String, String, String)}. */
    public FetchOutcome fetch(String url) {
        return fetch(url, null, null);
    }

    /**
     * GET {@code url}, conditional when validators are given (RFC 9110 §13: {@code If-None-Match},
     * {@code If-Modified-Since}); a 304 comes back as a {@link FetchResult} with {@link FetchResult#notModified()}.
     *
     * @param url          absolute http(s) URL
     * @param etag         a previous {@code ETag}, or null
     * @param lastModified a previous {@code Last-Modified}, or null
     * @return a 2xx/304 {@link FetchResult} or a {@link FetchFailure} with a one-line reason
     */
    public FetchOutcome fetch(String url, String etag, String lastModified) {
        URI current;
        try {
            current = new URI(url);
            if (!current.isAbsolute()) return new FetchFailure(url, FetchError.BAD_URL, "not an absolute URL");
        } catch (URISyntaxException e) {
            return new FetchFailure(url, FetchError.BAD_URL, "not a valid URL: " + e.getReason());
        }
        Set<String> visited = new LinkedHashSet<>();
        try {
            while (true) {
                visited.add(current.toString());
                HttpHop.Response r = oneHop(current, etag, lastModified);
                if (!isRedirect(r.status())) return finish(url, current, r, visited);
                current = nextHop(current, r, visited);
            }
        } catch (FetchProblem p) {
            return p.toFailure(url);
        }
    }

    private HttpHop.Response oneHop(URI uri, String etag, String lastModified) throws FetchProblem {
        FetchRoute.Target target = route.resolve(uri);
        String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
        Duration paused = throttle.pausedFor(host);
        if (paused.toMillis() > settings.maxRetryAfterMs()) {
            throw new FetchProblem(FetchError.HOST_PAUSED, "host paused for " + paused.toSeconds() + " s (Retry-After)");
        }
        try {
            throttle.await(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchProblem(FetchError.INTERRUPTED, "interrupted");
        }
        return hop.send(uri, target, requestHeaders(etag, lastModified), listener);
    }

    private List<Map.Entry<String, String>> requestHeaders(String etag, String lastModified) {
        List<Map.Entry<String, String>> h = new ArrayList<>();
        h.add(new AbstractMap.SimpleEntry<>("User-Agent", settings.userAgent()));
        h.add(new AbstractMap.SimpleEntry<>("Accept", "text/html,application/xhtml+xml,application/rss+xml,"
                + "application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8"));
        h.add(new AbstractMap.SimpleEntry<>("Accept-Encoding", "gzip, deflate"));
        if (etag != null) h.add(new AbstractMap.SimpleEntry<>("If-None-Match", etag));
        if (lastModified != null) h.add(new AbstractMap.SimpleEntry<>("If-Modified-Since", lastModified));
        return h;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private URI nextHop(URI current, HttpHop.Response r, Set<String> visited) throws FetchProblem {
        String location = r.first("location");
        if (location == null || location.isBlank()) {
            throw new FetchProblem(FetchError.BAD_REDIRECT, "HTTP " + r.status() + " without Location");
        }
        URI next;
        try {
            next = current.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchProblem(FetchError.BAD_REDIRECT, "bad redirect Location: " + location);
        }
        if (visited.contains(next.toString())) {
            throw new FetchProblem(FetchError.REDIRECT_LOOP, "redirect loop at " + next);
        }
        if (visited.size() > settings.maxRedirects()) {
            throw new FetchProblem(FetchError.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects() + " redirects");
        }
        return next;
    }

    private FetchOutcome finish(String url, URI finalUri, HttpHop.Response r, Set<String> visited) throws FetchProblem {
        int s = r.status();
        if (s == 429 || s == 503) {
            Duration retry = RetryAfter.parse(r.first("retry-after"), r.date());
            if (retry != null) throttle.pauseUntil(finalUri.getHost().toLowerCase(java.util.Locale.ROOT), Instant.now().plus(retry));
            String reason = "HTTP " + s + (retry == null ? "" : " (Retry-After " + retry.toSeconds() + " s)");
            return new FetchFailure(url, FetchError.HTTP_ERROR, s, reason, retry);
        }
        if (s >= 400 || (s < 200 && s != 304) || (s >= 300 && s != 304)) {
            return new FetchFailure(url, FetchError.HTTP_ERROR, s, "HTTP " + s, null);
        }
        byte[] body = ContentDecoder.decode(r.rawBody(), r.first("content-encoding"), settings.maxBodyBytes());
        List<String> redirects = new ArrayList<>(visited);
        redirects.remove(finalUri.toString());
        return new FetchResult(url, finalUri.toString(), s, r.headers(), body, r.first("content-type"), r.date(), redirects);
    }

    @Override
    public void close() {
        client.close();
    }
}
