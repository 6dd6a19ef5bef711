package io.newsradar.sources;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a fetched resource is, decided from the Content-Type and the first bytes (content types lie:
 * feeds come as text/html, sitemaps as octet-stream). Used to route a seed URL of unknown kind.
 */
public enum ResourceKind {
    FEED, SITEMAP, HTML, OTHER;

    /**
     * @param contentType Content-Type header or null
     * @param body        body after HTTP content decoding
     * @return the kind; {@link #OTHER} for images, PDF, JSON, ...
     */
    public static ResourceKind of(String contentType, byte[] body) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (Gzip.isGzip(body)) return SITEMAP;
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) return SITEMAP;
        if (head.contains("<rss") || head.contains("<rdf:rdf") || head.contains("<feed")) {
            return ct.contains("html") && head.contains("<html") ? HTML : FEED;
        }
        if (ct.contains("html") || head.stripLeading().startsWith("<!doctype html") || head.contains("<html")) return HTML;
        if (ct.startsWith("text/plain") && head.stripLeading().startsWith("http")) return SITEMAP;
        return OTHER;
    }
}
