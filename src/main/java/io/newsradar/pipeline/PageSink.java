package io.newsradar.pipeline;

import io.newsradar.model.Failure;
import io.newsradar.model.Page;

import java.util.Optional;

/**
 * Where fetched or replayed pages go: extraction, theme tagging and indexing
 * ({@link Ingestor} is the implementation). The crawler and the WARC replay only know this interface.
 */
public interface PageSink {
    /**
     * Extracts, tags and stores one page.
     *
     * @return empty when the page was stored (or deliberately skipped as not an article / noindex),
     *         or the failure to report; never throws for bad input
     */
    Optional<Failure> accept(Page page);

    /**
     * Makes every page accepted so far durable (for the {@link Ingestor}: an index commit). The crawler calls it
     * before it records pages as done in its seen-set, so a killed crawl never counts a page as stored that the sink
     * had not made durable; such a page is fetched again by the next pass. The default does nothing: for a sink
     * whose every {@link #accept} is durable when it returns.
     *
     * @throws java.io.IOException when the pages cannot be made durable (the crawler then records none of them)
     */
    default void checkpoint() throws java.io.IOException {
    }

    /**
     * @return true (the default) when a page is durable as soon as {@link #accept} returns, so the crawler records
     *         it at once; false when it is durable only after {@link #checkpoint()}
     */
    default boolean durableOnAccept() {
        return true;
    }
}
