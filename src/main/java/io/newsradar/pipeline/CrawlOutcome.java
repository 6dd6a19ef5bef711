package io.newsradar.pipeline;

/**
 * What happened to one URL in a crawl.
 *
 * @param url      the URL as handled (normalised); never blank
 * @param kind     what it was taken for: {@code feed}, {@code sitemap}, {@code page} or {@code auto} (a seed of
 *                 unknown kind)
 * @param outcome  {@code stored}, {@code parsed} (feed/sitemap), {@code seen} (an earlier crawl stored it),
 *                 {@code not_modified}, {@code not_html}, {@code extract_failed}, or a fetch error name such as
 *                 {@code robots_denied}, {@code timeout}, {@code too_large}, {@code http_error}
 * @param finalUrl the URL after redirects, or null when nothing was fetched
 * @param reason   one line for failures, else null
 */
public record CrawlOutcome(String url, String kind, String outcome, String finalUrl, String reason) {
    public CrawlOutcome {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("crawl outcome url is blank");
        if (outcome == null || outcome.isBlank()) throw new IllegalArgumentException("crawl outcome is blank");
    }
}
