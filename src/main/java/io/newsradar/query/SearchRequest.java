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
 * @param collapse when true, matching articles of one story (near-duplicates, syndicated copies) are shown as one
 *               hit, the best ranked, with {@code Hit.similarCount} the number of the others; {@code limit} then
 *               counts stories. Totals and facets still count articles. Default false.
 */
public record SearchRequest(String query, List<String> themes, Instant since, Instant until, String lang,
                            String source, Sort sort, int limit, List<String> facets, boolean collapse) {
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

    /** A request that does not collapse stories. */
    public SearchRequest(String query, List<String> themes, Instant since, Instant until, String lang, String source,
                         Sort sort, int limit, List<String> facets) {
        this(query, themes, since, until, lang, source, sort, limit, facets, false);
    }

    /** @return this request with story collapsing switched on or off */
    public SearchRequest withCollapse(boolean on) {
        return new SearchRequest(query, themes, since, until, lang, source, sort, limit, facets, on);
    }

    /** @return a request for {@code query} with no filters, sorted by relevance, 10 hits */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), null, null, null, null, Sort.RELEVANCE, 10, List.of());
    }
}
