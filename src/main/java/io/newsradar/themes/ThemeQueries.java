package io.newsradar.themes;

import io.newsradar.query.QueryException;
import io.newsradar.query.QuerySyntax;
import org.apache.lucene.search.Query;

/**
 * Compiles a theme query (aliases already expanded) with newsradar's search syntax ({@link QuerySyntax}), so a
 * theme means the same at ingest (one article in memory) as in {@code search --theme} over the index.
 */
final class ThemeQueries {
    private ThemeQueries() {}

    /**
     * @param expanded the query with {@code @aliases} replaced
     * @return the Lucene query over the default text fields (headline and body)
     * @throws QueryException when it does not parse or would be too expensive
     */
    static Query compile(String expanded) {
        return QuerySyntax.parse(expanded);
    }
}
