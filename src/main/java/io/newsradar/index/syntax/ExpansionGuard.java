package io.newsradar.index.syntax;

import java.io.IOException;

/**
 * Runs a search and turns Lucene's refusal of an over-broad wildcard inside intervals ("expanded to too many
 * terms", an {@link IllegalStateException} thrown while searching) into a {@link QueryException} a user can act on.
 */
public final class ExpansionGuard {
    /** A search action. */
    public interface Search<T> {
        T run() throws IOException;
    }

    private ExpansionGuard() {}

    /**
     * @return what {@code search} returns
     * @throws QueryException when a wildcard inside an interval operator expands to too many terms
     * @throws IOException    from the search
     */
    public static <T> T run(Search<T> search) throws IOException {
        try {
            return search.run();
        } catch (IllegalStateException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("expanded to") || m.contains("too many terms")) {
                throw new QueryException("a wildcard inside NEAR, PRE, SENT, PARA or atleast matches more than "
                        + IntervalCompiler.MAX_EXPANSIONS + " terms: make it longer", 0);
            }
            throw e;
        }
    }
}
