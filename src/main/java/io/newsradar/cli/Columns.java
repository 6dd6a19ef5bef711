package io.newsradar.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * Fits text to terminal columns for table output (facet counts, term lists): East Asian Wide and Fullwidth
 * characters take two columns, combining marks and format characters none, everything else one (UAX #11, with
 * Ambiguous characters taken as narrow, as terminals outside CJK locales show them).
 */
final class Columns {
    /** Marks a truncated cell; ASCII so that it is one column in every terminal (U+2026 is East Asian Ambiguous). */
    static final String ELLIPSIS = "...";

    private Columns() {
    }

    /** @return {@code s} followed by spaces up to {@code width} terminal columns (unchanged when already wider) */
    static String padRight(String s, int width) {
        int w = width(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    /**
     * @return {@code s} cut to at most {@code width} terminal columns and padded to exactly {@code width}: a cut
     *         text ends with {@value #ELLIPSIS}; a wide character that would straddle the edge is left out
     * @throws IllegalArgumentException when {@code width} is below {@value #ELLIPSIS}'s length plus one
     */
    static String fit(String s, int width) {
        if (width <= ELLIPSIS.length()) throw new IllegalArgumentException("column width " + width + " too small");
        if (width(s) <= width) return padRight(s, width);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = width(cp);
            if (used + w > width - ELLIPSIS.length()) break;
            kept.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return padRight(kept + ELLIPSIS, width);
    }

    /** @return the terminal columns {@code s} takes */
    static int width(String s) {
        return s.codePoints().map(Columns::width).sum();
    }

    private static int width(int cp) {
        int type = UCharacter.getType(cp);
        if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.FORMAT || type == UCharacterCategory.CONTROL) {
            return 0;
        }
        int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
}
