package io.newsradar.themes;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Checks a theme query as written and replaces its {@code @alias} references, before it is handed to the
 * query parser. Finds, with the 1-based column in the text as written: unbalanced quotes and parentheses,
 * leading wildcards ({@code *ship}, too expensive over a whole index) and unknown alias sets.
 */
final class QueryText {
    private QueryText() {}

    /** A problem in a query: what and the 1-based column where it is. */
    static final class Problem extends IllegalArgumentException {
        final int column;

        Problem(String message, int column) {
            super(message + " at column " + column);
            this.column = column;
        }
    }

    /**
     * @param query   the query as written in the themes file
     * @param aliases the alias sets of the file
     * @return the query with each {@code @name} outside quotes replaced by its set's disjunction
     * @throws Problem on the first problem found
     */
    static String expand(String query, AliasSets aliases) {
        StringBuilder out = new StringBuilder(query.length() * 2);
        Deque<Integer> open = new ArrayDeque<>();
        int quoteAt = -1;
        for (int i = 0; i < query.length(); ) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                out.append(c).append(query.charAt(i + 1));
                i += 2;
            } else if (c == '"' || quoteAt >= 0) {
                if (c == '"') quoteAt = quoteAt < 0 ? i : -1;
                out.append(c);
                i++;
            } else {
                i = outsideQuotes(query, i, c, open, aliases, out);
            }
        }
        if (quoteAt >= 0) throw new Problem("unbalanced query: quote never closed, opened", quoteAt + 1);
        if (!open.isEmpty()) throw new Problem("unbalanced query: '(' never closed", open.peek() + 1);
        return out.toString();
    }

    /** Handles one character outside quotes; returns the index of the next character to read. */
    private static int outsideQuotes(String q, int i, char c, Deque<Integer> open, AliasSets aliases, StringBuilder out) {
        if (c == '(') open.push(i);
        if (c == ')' && open.poll() == null) throw new Problem("unbalanced query: ')' without '('", i + 1);
        boolean termStart = i == 0 || isBoundary(q.charAt(i - 1));
        if (termStart && (c == '*' || c == '?') && i + 1 < q.length() && !isBoundary(q.charAt(i + 1))) {
            throw new Problem("leading wildcard '" + word(q, i) + "' is too expensive", i + 1);
        }
        if (c == '@' && termStart) {
            String name = word(q, i + 1);
            if (name.isEmpty() || !AliasSets.NAME.matcher(name).matches()) throw new Problem("'@' without an alias set name", i + 1);
            if (!aliases.contains(name)) {
                throw new Problem("unknown alias set '@" + name + "' (known: " + String.join(", ", aliases.names()) + ")", i + 1);
            }
            out.append(aliases.expand(name));
            return i + 1 + name.length();
        }
        out.append(c);
        return i + 1;
    }

    private static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == ':' || c == '"';
    }

    private static String word(String q, int from) {
        int end = from;
        while (end < q.length() && !isBoundary(q.charAt(end)) && q.charAt(end) != ',') end++;
        return q.substring(from, end);
    }
}
