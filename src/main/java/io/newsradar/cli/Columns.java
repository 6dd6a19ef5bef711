package io.newsradar.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Pads text to a terminal column width, counting East Asian wide and fullwidth characters as two columns (UAX #11). */
final class Columns {
    private Columns() {
    }

    /** @return {@code s} followed by spaces up to {@code width} terminal columns (unchanged when already wider) */
    static String padRight(String s, int width) {
        int w = width(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    /** @return the terminal columns {@code s} takes */
    static int width(String s) {
        return s.codePoints().map(cp -> {
            int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            return ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
        }).sum();
    }
}
