package io.newsradar.index.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses upper-case words that are written like a proximity operator but are not one, so that
 * {@code chip NEAR/x rules} is an error rather than a search for the words "near" and "x". Operators are upper
 * case only (as {@code AND}, {@code OR} and {@code NOT} are): {@code near/5} in lower case, or anything
 * quoted ({@code "NEAR/x"}), stays text.
 *
 * <p>Refused: {@code NEAR/} or {@code PRE/} followed by anything but a distance of 0..{@value QueryLexer#MAX_NEAR}
 * words ({@code NEAR/}, {@code NEAR/x}, {@code NEAR/-1}, {@code PRE/5x}, {@code NEAR/10000}), and the LexisNexis
 * forms {@code W/n}, {@code W/S} and {@code W/P}, with the operator to use instead.
 */
final class OperatorTypos {
    private static final Pattern NEAR_OR_PRE = Pattern.compile("(NEAR|PRE)/(.*)");
    private static final Pattern WITHIN = Pattern.compile("W/(\\d+|S|P)");
    private static final String QUOTE_HINT = " (quote it to search for the text)";

    private OperatorTypos() {}

    /**
     * @param word   one unquoted word of the query, as written
     * @param column its 1-based column in the query
     * @throws QueryException when {@code word} is a malformed or unsupported proximity operator
     */
    static void check(String word, int column) {
        Matcher m = NEAR_OR_PRE.matcher(word);
        if (m.matches()) throw new QueryException("malformed operator '" + word + "'" + QUOTE_HINT + ": " + m.group(1)
                + "/n needs a distance n of 0.." + QueryLexer.MAX_NEAR + " words" + distanceProblem(m.group(2)), column);
        Matcher w = WITHIN.matcher(word);
        if (w.matches()) throw new QueryException("unknown operator '" + word + "'" + QUOTE_HINT + ": use " + instead(w.group(1)), column);
    }

    private static String distanceProblem(String after) {
        if (after.isEmpty()) return ", and none is given";
        if (after.chars().allMatch(Character::isDigit)) return ", not " + after;
        return ", not '" + after + "'";
    }

    private static String instead(String what) {
        return switch (what) {
            case "S" -> "SENT (same sentence)";
            case "P" -> "PARA (same paragraph)";
            default -> "NEAR/" + what + " (any order) or PRE/" + what + " (in order)";
        };
    }
}
