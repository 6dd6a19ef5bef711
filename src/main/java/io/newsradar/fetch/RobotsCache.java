package io.newsradar.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin ({@code scheme://host:port}, RFC 9309 §2.3), fetched through an {@link HttpFetcher}
 * (redirects followed, archived like every fetch) and cached for a TTL. A 4xx means "allow all", a 5xx or a
 * network failure "disallow all" (RFC 9309 §2.3.1). The {@code Crawl-delay} is applied to the fetcher's
 * {@link HostThrottle}, capped. Thread-safe: concurrent first requests for one origin fetch it once.
 */
public final class RobotsCache {
    private record Entry(RobotsRules rules, Instant expires) {
    }

    private final HttpFetcher fetcher;
    private final String agent;
    private final long ttlMs;
    private final long maxCrawlDelayMs;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param agent           robots.txt product token matched against User-agent lines
     * @param ttlMs           how long rules are kept, milliseconds
     * @param maxCrawlDelayMs cap on the Crawl-delay applied, milliseconds
     */
    public RobotsCache(HttpFetcher fetcher, String agent, long ttlMs, long maxCrawlDelayMs) {
        this.fetcher = fetcher;
        this.agent = agent;
        this.ttlMs = ttlMs;
        this.maxCrawlDelayMs = maxCrawlDelayMs;
    }

    /** @return whether {@code url} may be fetched; false for a URL that is not absolute http(s) */
    public boolean isAllowed(String url) {
        RobotsRules rules = rulesFor(url);
        return rules != null && rules.isAllowed(url);
    }

    /** @return the rules of the origin of {@code url} (fetching robots.txt when not cached), or null for a bad URL */
    public RobotsRules rulesFor(String url) {
        String origin = origin(url);
        if (origin == null) return null;
        Entry e = cache.get(origin);
        if (e != null && e.expires().isAfter(Instant.now())) return e.rules();
        synchronized (lockFor(origin)) {
            e = cache.get(origin);
            if (e != null && e.expires().isAfter(Instant.now())) return e.rules();
            RobotsRules rules = load(origin);
            cache.put(origin, new Entry(rules, Instant.now().plusMillis(ttlMs)));
            return rules;
        }
    }

    private RobotsRules load(String origin) {
        String robotsUrl = origin + "/robots.txt";
        FetchOutcome out = fetcher.fetch(robotsUrl);
        RobotsRules rules;
        if (out instanceof FetchResult r) {
            rules = RobotsRules.parse(r.body(), robotsUrl, r.contentType(), agent);
        } else {
            FetchFailure f = (FetchFailure) out;
            boolean unavailable = f.error() == FetchError.HTTP_ERROR && f.status() >= 400 && f.status() < 500;
            rules = unavailable ? RobotsRules.allowAll() : RobotsRules.unreachable(f);
        }
        if (rules.crawlDelayMs() > 0) {
            fetcher.throttle().setDelay(URI.create(origin).getHost(), Math.min(rules.crawlDelayMs(), maxCrawlDelayMs));
        }
        return rules;
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(String origin) {
        return locks.computeIfAbsent(origin, o -> new Object());
    }

    static String origin(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) return null;
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() > 0 ? ":" + u.getPort() : "");
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
