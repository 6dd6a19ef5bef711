package io.newsradar.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * Settings of the {@code fetch:} section of the config file. Defaults live in {@code newsradar-default.yaml}
 * (the one source of defaults); every key is documented there.
 *
 * @param userAgent          User-Agent header; its first token is the robots.txt agent name
 * @param politenessDelayMs  minimum wait between two requests to one host, milliseconds (>= 0)
 * @param connectTimeoutMs   TCP/TLS connect timeout, milliseconds (> 0)
 * @param readTimeoutMs      time allowed for the whole response once connected, milliseconds (> 0)
 * @param maxBodyBytes       body size cap in bytes, enforced while reading and after decompression (> 0)
 * @param maxRedirects       redirects followed at most (0..20)
 * @param allowPrivate       fetch loopback, private and link-local addresses (refused by default)
 * @param connectTo          test/dev aid like curl's {@code --connect-to}: {@code host:port} to
 *                           {@code 127.0.0.1:port} (plain HTTP); the key {@code *} maps every other host;
 *                           empty in production
 * @param maxConcurrentRequests requests in flight at once over all hosts (>= 1)
 * @param maxCrawlDelayMs    robots.txt {@code Crawl-delay} honoured up to this many milliseconds (>= 0)
 * @param maxRetryAfterMs    a {@code Retry-After} (429/503) up to this many milliseconds is waited for; a host
 *                           asking for longer is paused for the rest of the run (>= 0)
 * @param robotsTtlMs        how long a host's robots.txt is cached, milliseconds (> 0; RFC 9309 §2.4: 24 h)
 * @param trackingParams     query parameters dropped from URLs; {@code name*} is a prefix
 * @param warcMaxFileBytes   a WARC file is closed and a new one started past this size, bytes (> 0)
 * @param sitemapMaxAgeDays  from a sitemap of more than {@value #LARGE_SITEMAP} entries only those whose lastmod or
 *                           news publication date is within this many days are fetched (undated ones are); 0 = all
 */
public record FetchSettings(
        @JsonProperty("user_agent") String userAgent,
        @JsonProperty("politeness_delay_ms") long politenessDelayMs,
        @JsonProperty("connect_timeout_ms") long connectTimeoutMs,
        @JsonProperty("read_timeout_ms") long readTimeoutMs,
        @JsonProperty("max_body_bytes") long maxBodyBytes,
        @JsonProperty("max_redirects") int maxRedirects,
        @JsonProperty("allow_private") boolean allowPrivate,
        @JsonProperty("connect_to") Map<String, String> connectTo,
        @JsonProperty("max_concurrent_requests") int maxConcurrentRequests,
        @JsonProperty("max_crawl_delay_ms") long maxCrawlDelayMs,
        @JsonProperty("max_retry_after_ms") long maxRetryAfterMs,
        @JsonProperty("robots_ttl_ms") long robotsTtlMs,
        @JsonProperty("tracking_params") List<String> trackingParams,
        @JsonProperty("warc_max_file_bytes") long warcMaxFileBytes,
        @JsonProperty("sitemap_max_age_days") int sitemapMaxAgeDays) {

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank()) throw new ConfigException("fetch.user_agent", "must not be blank");
        if (politenessDelayMs < 0) throw new ConfigException("fetch.politeness_delay_ms", "must be >= 0");
        if (connectTimeoutMs <= 0) throw new ConfigException("fetch.connect_timeout_ms", "must be > 0");
        if (readTimeoutMs <= 0) throw new ConfigException("fetch.read_timeout_ms", "must be > 0");
        if (maxBodyBytes <= 0) throw new ConfigException("fetch.max_body_bytes", "must be > 0");
        if (maxRedirects < 0 || maxRedirects > 20) throw new ConfigException("fetch.max_redirects", "must be 0..20");
        connectTo = connectTo == null ? Map.of() : Map.copyOf(connectTo);
        if (maxConcurrentRequests < 1) throw new ConfigException("fetch.max_concurrent_requests", "must be >= 1");
        if (maxCrawlDelayMs < 0) throw new ConfigException("fetch.max_crawl_delay_ms", "must be >= 0");
        if (maxRetryAfterMs < 0) throw new ConfigException("fetch.max_retry_after_ms", "must be >= 0");
        if (robotsTtlMs <= 0) throw new ConfigException("fetch.robots_ttl_ms", "must be > 0");
        trackingParams = trackingParams == null ? List.of() : List.copyOf(trackingParams);
        if (warcMaxFileBytes <= 0) throw new ConfigException("fetch.warc_max_file_bytes", "must be > 0");
        if (sitemapMaxAgeDays < 0) throw new ConfigException("fetch.sitemap_max_age_days", "must be >= 0");
    }

    /** Sitemaps with more entries than this are "large": their old entries are skipped. */
    public static final int LARGE_SITEMAP = 1000;

    /** The original eight settings; the others take their documented defaults. */
    public FetchSettings(String userAgent, long politenessDelayMs, long connectTimeoutMs, long readTimeoutMs,
                         long maxBodyBytes, int maxRedirects, boolean allowPrivate, Map<String, String> connectTo) {
        this(userAgent, politenessDelayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes, maxRedirects, allowPrivate,
                connectTo, 8, 30_000, 120_000, 86_400_000, List.of("utm_*", "fbclid", "gclid", "dclid", "msclkid",
                        "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl"), 1L << 30, 7);
    }

    /** @return the bundled defaults of this section */
    public static FetchSettings defaults() {
        return Settings.defaults().fetch();
    }

    public FetchSettings withAllowPrivate(boolean allow) {
        return new FetchSettings(userAgent, politenessDelayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
                maxRedirects, allow, connectTo, maxConcurrentRequests, maxCrawlDelayMs, maxRetryAfterMs, robotsTtlMs,
                trackingParams, warcMaxFileBytes, sitemapMaxAgeDays);
    }

    public FetchSettings withPolitenessDelayMs(long ms) {
        return new FetchSettings(userAgent, ms, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
                maxRedirects, allowPrivate, connectTo, maxConcurrentRequests, maxCrawlDelayMs, maxRetryAfterMs,
                robotsTtlMs, trackingParams, warcMaxFileBytes, sitemapMaxAgeDays);
    }

    public FetchSettings withConnectTo(Map<String, String> map) {
        return new FetchSettings(userAgent, politenessDelayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
                maxRedirects, allowPrivate, map, maxConcurrentRequests, maxCrawlDelayMs, maxRetryAfterMs, robotsTtlMs,
                trackingParams, warcMaxFileBytes, sitemapMaxAgeDays);
    }

    /** @return a copy with other timeouts, milliseconds */
    public FetchSettings withTimeouts(long connectMs, long readMs) {
        return new FetchSettings(userAgent, politenessDelayMs, connectMs, readMs, maxBodyBytes,
                maxRedirects, allowPrivate, connectTo, maxConcurrentRequests, maxCrawlDelayMs, maxRetryAfterMs,
                robotsTtlMs, trackingParams, warcMaxFileBytes, sitemapMaxAgeDays);
    }

    /** @return a copy with another body cap, bytes */
    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(userAgent, politenessDelayMs, connectTimeoutMs, readTimeoutMs, bytes,
                maxRedirects, allowPrivate, connectTo, maxConcurrentRequests, maxCrawlDelayMs, maxRetryAfterMs,
                robotsTtlMs, trackingParams, warcMaxFileBytes, sitemapMaxAgeDays);
    }

    /** @return a copy with another WARC rotation size, bytes */
    public FetchSettings withWarcMaxFileBytes(long bytes) {
        return new FetchSettings(userAgent, politenessDelayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
                maxRedirects, allowPrivate, connectTo, maxConcurrentRequests, maxCrawlDelayMs, maxRetryAfterMs,
                robotsTtlMs, trackingParams, bytes, sitemapMaxAgeDays);
    }

    /** @return the robots.txt agent name: the first product token of the User-Agent, lower case */
    public String robotsAgent() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }
}
