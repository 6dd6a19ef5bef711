package io.newsradar.config;

import com.fasterxml.jackson.annotation.JsonProperty;

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
 *                           {@code 127.0.0.1:port} (plain HTTP); empty in production
 */
public record FetchSettings(
        @JsonProperty("user_agent") String userAgent,
        @JsonProperty("politeness_delay_ms") long politenessDelayMs,
        @JsonProperty("connect_timeout_ms") long connectTimeoutMs,
        @JsonProperty("read_timeout_ms") long readTimeoutMs,
        @JsonProperty("max_body_bytes") long maxBodyBytes,
        @JsonProperty("max_redirects") int maxRedirects,
        @JsonProperty("allow_private") boolean allowPrivate,
        @JsonProperty("connect_to") Map<String, String> connectTo) {

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank()) throw new ConfigException("fetch.user_agent", "must not be blank");
        if (politenessDelayMs < 0) throw new ConfigException("fetch.politeness_delay_ms", "must be >= 0");
        if (connectTimeoutMs <= 0) throw new ConfigException("fetch.connect_timeout_ms", "must be > 0");
        if (readTimeoutMs <= 0) throw new ConfigException("fetch.read_timeout_ms", "must be > 0");
        if (maxBodyBytes <= 0) throw new ConfigException("fetch.max_body_bytes", "must be > 0");
        if (maxRedirects < 0 || maxRedirects > 20) throw new ConfigException("fetch.max_redirects", "must be 0..20");
        connectTo = connectTo == null ? Map.of() : Map.copyOf(connectTo);
    }

    public FetchSettings withAllowPrivate(boolean allow) {
        return new FetchSettings(userAgent, politenessDelayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
                maxRedirects, allow, connectTo);
    }

    public FetchSettings withPolitenessDelayMs(long ms) {
        return new FetchSettings(userAgent, ms, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
                maxRedirects, allowPrivate, connectTo);
    }

    public FetchSettings withConnectTo(Map<String, String> map) {
        return new FetchSettings(userAgent, politenessDelayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
                maxRedirects, allowPrivate, map);
    }
}
