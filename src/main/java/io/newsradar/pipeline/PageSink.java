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
}
