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
 * @param stories number of distinct stories among all matches when the request collapsed them, else -1
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMs,
                           long stories) {
    /** One facet value and how many matching articles carry it. */
    public record FacetCount(String value, long count) {}

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        if (stories < -1) throw new IllegalArgumentException("stories must be -1 or a count, was " + stories);
    }

    /** A result whose stories were not counted. */
    public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMs) {
        this(total, hits, facets, tookMs, -1);
    }
}
