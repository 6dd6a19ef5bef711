package io.newsradar.themes;

import io.newsradar.index.syntax.QueryException;
import io.newsradar.index.syntax.QuerySyntax;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Compiles a theme query (aliases already expanded) with newsradar's search syntax ({@link QuerySyntax}), so a
 * theme means the same at ingest (one article in memory) as in {@code search --theme} over the index.
 *
 * <p>A theme with rich alias sets becomes a large query: every word is searched in the gram and the language
 * fields of the headline and body. Loading themes therefore raises Lucene's JVM-wide clause limit
 * ({@link IndexSearcher#setMaxClauseCount}) to {@value #MAX_CLAUSES} when it is lower, and refuses a theme over it.
 */
final class ThemeQueries {
    /** Most leaf clauses (terms, phrases) one theme query may compile to. */
    static final int MAX_CLAUSES = 16_384;

    static {
        if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }

    private ThemeQueries() {}

    /**
     * @param expanded the query with {@code @aliases} replaced
     * @return the Lucene query over the default text fields (headline and body)
     * @throws QueryException when it does not parse, would be too expensive, or has over {@value #MAX_CLAUSES}
     *                        clauses
     */
    static Query compile(String expanded) {
        Query query = QuerySyntax.parse(expanded);
        int clauses = clauses(query);
        if (clauses > MAX_CLAUSES) {
            throw new QueryException("query too large: " + clauses + " clauses once expanded, at most " + MAX_CLAUSES, 0);
        }
        return query;
    }

    /**
     * A query ready to run on many small indexes: rewritten once here unless a part of it depends on the index's
     * terms (a wildcard or prefix query outside proximity operators), which must be rewritten per index.
     */
    record Prepared(Query query, boolean rewritten) {
        static Prepared of(Query query) {
            if (hasMultiTermQuery(query)) return new Prepared(query, false);
            try {
                return new Prepared(new IndexSearcher(new MultiReader()).rewrite(query), true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static boolean hasMultiTermQuery(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
                if (q instanceof MultiTermQuery) found[0] = true;
            }

            @Override
            public void visitLeaf(Query q) {
                if (q instanceof MultiTermQuery) found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    private static int clauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }
}
