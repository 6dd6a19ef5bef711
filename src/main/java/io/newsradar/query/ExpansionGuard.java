package io.newsradar.query;

import java.io.IOException;

/**
 * Runs a search and turns Lucene's refusal of an over-broad wildcard inside intervals ("expanded to too many
 * terms", an {@link IllegalStateException} thrown while searching) into a {@link QueryException} a user can act on.
 */
final class ExpansionGuard {
    /** A search action. */
    interface Search<T> {
        T run() throws IOException;
    }

    private ExpansionGuard() {}

    static <T> T run(Search<T> search) throws IOException {
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
