package io.newsradar.pipeline;

import io.newsradar.model.Failure;

import java.util.List;

/**
 * What one crawl pass did.
 *
 * @param feeds    feeds and sitemaps fetched and parsed
 * @param items    distinct article URLs found (feed items, sitemap entries, given URLs), after normalisation
 * @param fetched  pages fetched with a 2xx response
 * @param stored   pages the {@link PageSink} accepted
 * @param skipped  article URLs not fetched or not stored on purpose: already seen in an earlier crawl,
 *                 disallowed by robots.txt, or not modified (304)
 * @param failed   inputs that failed ({@code failures.size()})
 * @param failures one line each, in the order they happened
 * @param outcomes what happened to each URL handled, in the order handled
 */
public record CrawlSummary(int feeds, int items, int fetched, int stored, int skipped, int failed,
                           List<Failure> failures, List<CrawlOutcome> outcomes) {
    public CrawlSummary {
        if (feeds < 0 || items < 0 || fetched < 0 || stored < 0 || skipped < 0 || failed < 0) {
            throw new IllegalArgumentException("negative crawl count");
        }
        failures = List.copyOf(failures);
        outcomes = List.copyOf(outcomes);
        if (failed != failures.size()) throw new IllegalArgumentException("failed != failures.size()");
    }

    /** @return true when every input went through (exit status 0), false when some failed (3) */
    public boolean clean() {
        return failures.isEmpty();
    }
}
