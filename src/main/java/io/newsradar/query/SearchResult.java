package io.newsradar.query;

import io.newsradar.model.Hit;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  number of matching articles (exact)
 * @param hits   the top hits in the requested order, at most {@code limit}
 * @param facets per requested dimension, value counts in descending count order
 * @param tookMs time spent in the searcher, milliseconds
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMs) {
    /** One facet value and how many matching articles carry it. */
    public record FacetCount(String value, long count) {}

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }
}
