package io.newsradar.index.syntax;

/**
 * A query (from the command line or a themes file) that cannot be run: it does not parse, names an unknown
 * field or alias set, or would be too expensive (a leading wildcard over the whole index). The message is one
 * line saying what and where ({@code column N}), fit to show to a user as is.
 */
public class QueryException extends IllegalArgumentException {
    private final int column;

    public QueryException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** @return 1-based column in the query text where the problem is, or 0 when unknown */
    public int column() {
        return column;
    }
}
