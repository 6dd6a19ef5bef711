package io.newsradar.pipeline;

import io.newsradar.model.Article;
import io.newsradar.sources.ParsedFeed;
import io.newsradar.sources.ParsedSitemap;
import io.newsradar.sources.ResourceKind;

/**
 * What the crawler would do with one URL ({@code newsradar inspect}). Fields after {@code robots} are null when
 * the step was not reached (bad URL, disallowed, fetch failed).
 *
 * @param url         the URL as given
 * @param normalized  the URL after normalisation (tracking parameters dropped), the crawler's key; null when invalid
 * @param seen        true when an earlier crawl of this data directory stored or handled it (a crawl skips it)
 * @param robots      the robots.txt decision; null for an invalid URL
 * @param status      HTTP status of the final response, or of the failure; null when not fetched
 * @param finalUrl    the URL after redirects; null when not fetched
 * @param contentType Content-Type as sent; null when not fetched or absent
 * @param bytes       body size after content decoding, bytes; 0 when not fetched
 * @param kind        what the bytes are (content decides, not the header); null when not fetched
 * @param feed        the parsed feed when {@code kind} is FEED
 * @param sitemap     the parsed sitemap when {@code kind} is SITEMAP
 * @param article     the extracted article when {@code kind} is HTML
 * @param problem     one line: why a step failed or was not taken; null when all went through
 * @param unseen      for a feed or sitemap: how many distinct article URLs it lists (normalised) that no earlier
 *                    crawl handled, i.e. what a crawl would fetch now; -1 otherwise
 */
public record Inspection(String url, String normalized, boolean seen, RobotsVerdict robots, Integer status,
                         String finalUrl, String contentType, long bytes, ResourceKind kind, ParsedFeed feed,
                         ParsedSitemap sitemap, Article article, String problem, int unseen) {
    public Inspection {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("inspection url is blank");
        if (bytes < 0) throw new IllegalArgumentException("negative size");
        if (unseen < -1) throw new IllegalArgumentException("unseen must be >= -1");
    }

    /** @return this inspection with another {@code unseen} count */
    public Inspection withUnseen(int n) {
        return new Inspection(url, normalized, seen, robots, status, finalUrl, contentType, bytes, kind, feed, sitemap,
                article, problem, n);
    }

    /**
     * The robots.txt (RFC 9309) decision for the URL.
     *
     * @param robotsUrl the robots.txt consulted ({@code scheme://host[:port]/robots.txt})
     * @param allowed   whether our agent may fetch the URL
     * @param agent     the product token matched against {@code User-agent} lines
     * @param rule      the deciding rule as written ({@code Disallow: /private/}), a note in parentheses for
     *                  allow-all/disallow-all, or null when no rule matched (allowed)
     * @param source    where the rules came from ({@code parsed URL}, {@code allow all}, or why unreachable)
     * @param unreachable why robots.txt could not be fetched (5xx, network, refused address: everything is then
     *                  disallowed, RFC 9309 §2.3.1.4), or null
     * @param crawlDelayMs the {@code Crawl-delay} for our agent in milliseconds (applied up to
     *                  {@code fetch.max_crawl_delay_ms}), or -1 when none
     * @param sitemaps  the {@code Sitemap:} URLs the robots.txt declares (candidates for a source's sitemaps)
     */
    public record RobotsVerdict(String robotsUrl, boolean allowed, String agent, String rule, String source,
                                String unreachable, long crawlDelayMs, java.util.List<String> sitemaps) {
        public RobotsVerdict {
            sitemaps = sitemaps == null ? java.util.List.of() : java.util.List.copyOf(sitemaps);
        }
    }

    /** @return true when nothing failed and nothing was held back */
    public boolean ok() {
        return problem == null;
    }

    /**
     * @return true when a step failed: a bad URL, an unreachable robots.txt, a failed fetch or parse; false when
     *         all went through or robots.txt (reachable) disallows the URL, which is an answer, not a failure
     */
    public boolean failed() {
        if (problem == null) return false;
        return robots == null || robots.allowed() || robots.unreachable() != null;
    }
}
