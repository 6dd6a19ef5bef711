package io.newsradar.sources;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalises URLs so one article reached by different links is fetched once: crawler-commons'
 * {@code BasicURLNormalizer} (lower-case scheme and host, default port and fragment removed, dot segments
 * resolved, percent-encoding normalised), then tracking parameters dropped. A pattern ending in {@code *} is a
 * prefix ({@code utm_*}); others match a parameter name exactly, case-insensitively. Thread-safe.
 */
public final class UrlNormalizer {
    /** Tracking parameters dropped by default. */
    public static final List<String> DEFAULT_TRACKING = List.of("utm_*", "fbclid", "gclid", "dclid", "gbraid",
            "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok");

    private final BasicURLNormalizer basic = new BasicURLNormalizer();
    private final List<String> exact = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    /** @param trackingParams parameter names or {@code prefix*} patterns to drop; null means {@link #DEFAULT_TRACKING} */
    public UrlNormalizer(List<String> trackingParams) {
        for (String p : trackingParams == null ? DEFAULT_TRACKING : trackingParams) {
            String lower = p.toLowerCase(Locale.ROOT).strip();
            if (lower.endsWith("*")) prefixes.add(lower.substring(0, lower.length() - 1)); else exact.add(lower);
        }
    }

    public static UrlNormalizer defaults() {
        return new UrlNormalizer(DEFAULT_TRACKING);
    }

    /**
     * @param url absolute URL, any scheme
     * @return the normalised http(s) URL, or empty when {@code url} is not a valid absolute http(s) URL
     */
    public Optional<String> normalize(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String n = basic.filter(url.strip());
        if (n == null) return Optional.empty();
        String lower = n.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return Optional.empty();
        return Optional.of(dropTracking(n));
    }

    private String dropTracking(String url) {
        int q = url.indexOf('?');
        if (q < 0) return url;
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            if (!pair.isEmpty() && !isTracking(pair)) kept.add(pair);
        }
        return kept.isEmpty() ? url.substring(0, q) : url.substring(0, q + 1) + String.join("&", kept);
    }

    private boolean isTracking(String pair) {
        int eq = pair.indexOf('=');
        String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
        if (exact.contains(name)) return true;
        for (String p : prefixes) if (name.startsWith(p)) return true;
        return false;
    }
}
