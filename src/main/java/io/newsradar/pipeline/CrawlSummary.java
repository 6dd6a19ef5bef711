package io.newsradar.pipeline;

import io.newsradar.model.Failure;

import java.util.List;

/**
 * What one crawl pass did.
 *
 * @param feeds    feeds, sitemaps and seed pages fetched and parsed (not those that answered 304: see
 *                 {@link #listingsNotModified()})
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
    private static final java.util.Set<String> LISTING_KINDS = java.util.Set.of("feed", "sitemap", "seed");

    public CrawlSummary {
        if (feeds < 0 || items < 0 || fetched < 0 || stored < 0 || skipped < 0 || failed < 0) {
            throw new IllegalArgumentException("negative crawl count");
        }
        failures = List.copyOf(failures);
        outcomes = List.copyOf(outcomes);
        if (failed != failures.size()) throw new IllegalArgumentException("failed != failures.size()");
    }

    /**
     * @return feeds, sitemaps and seed pages that answered 304 Not Modified to a conditional GET: polled, but
     *         unchanged since the last pass, so neither parsed nor counted in {@link #feeds}
     */
    public int listingsNotModified() {
        return (int) outcomes.stream()
                .filter(o -> o.outcome().equals("not_modified") && LISTING_KINDS.contains(o.kind()))
                .count();
    }

    /** @return feeds, sitemaps and seed pages polled: parsed, or unchanged (304) */
    public int listingsPolled() {
        return feeds + listingsNotModified();
    }

    /** @return true when every input went through (exit status 0), false when some failed (3) */
    public boolean clean() {
        return failures.isEmpty();
    }
}
