package io.newsradar.query;

import java.time.Instant;
import java.util.List;

/**
 * What an analyst asks for: a query in newsradar's search syntax plus filters.
 *
 * @param query  query text (same syntax as theme queries); blank means "all articles"
 * @param themes only articles tagged with all of these themes (names as in the themes file); may be empty
 * @param since  only articles published at or after this instant; null for no lower bound
 * @param until  only articles published before this instant (exclusive); null for no upper bound
 * @param lang   only this language subtag; null for any
 * @param source only this source (outlet name, exact); null for any
 * @param sort   {@link Sort#RELEVANCE} or {@link Sort#DATE} (newest first)
 * @param limit  hits to return, 1..10,000
 * @param facets facet dimensions to count: {@code theme}, {@code source}, {@code lang}, {@code day}; may be empty
 */
public record SearchRequest(String query, List<String> themes, Instant since, Instant until, String lang,
                            String source, Sort sort, int limit, List<String> facets) {
    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        themes = themes == null ? List.of() : List.copyOf(themes);
        facets = facets == null ? List.of() : List.copyOf(facets);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be 1..10000, was " + limit);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("since (" + since + ") must be before until (" + until + ")");
        }
    }

    /** @return a request for {@code query} with no filters, sorted by relevance, 10 hits */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), null, null, null, null, Sort.RELEVANCE, 10, List.of());
    }
}
