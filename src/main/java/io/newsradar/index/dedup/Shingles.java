package io.newsradar.index.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a text into the sorted set of 64-bit hashes of its shingles.
 *
 * <p>Recipe: Unicode NFKC (full-width letters and digits, half-width katakana folded), lower case (ROOT locale);
 * tokens are single Han, hiragana or katakana characters and runs of other letters and digits (punctuation and white
 * space dropped). A text whose tokens are mostly CJK characters gets character {@link #CJK_SIZE}-grams, any other
 * text word {@link #WORD_SIZE}-grams (chosen on the themes-gold near-duplicate pairs: the widest margin between
 * copies and unrelated articles of the same topic).
 */
public final class Shingles {
    /** Shingle length for texts written mostly in CJK characters: characters. */
    public static final int CJK_SIZE = 3;
    /** Shingle length for other texts: words. */
    public static final int WORD_SIZE = 2;
    private static final String CJK = "\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
    private static final Pattern TOKEN = Pattern.compile("[" + CJK + "]|[\\p{L}\\p{N}&&[^" + CJK + "]]+");

    private Shingles() {}

    /**
     * @param text any text, never null
     * @return the distinct shingle hashes, sorted ascending; one shingle of all tokens when there are fewer
     *         tokens than the shingle length; empty when the text has no letters or digits
     */
    public static long[] of(String text) {
        return distinct(sequence(text));
    }

    /**
     * @param text any text, never null
     * @return the shingle hashes in text order (one per start token, repeats kept); one shingle of all tokens when
     *         there are fewer tokens than the shingle length; empty when the text has no letters or digits
     */
    public static long[] sequence(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) return new long[0];
        int size = mostlyCjk(tokens) ? CJK_SIZE : WORD_SIZE;
        long[] hashes = new long[tokens.size()];
        for (int i = 0; i < hashes.length; i++) hashes[i] = tokenHash(tokens.get(i));
        int count = Math.max(1, tokens.size() - size + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(hashes.length, i + size); j++) h = Hashing.mix(h * 31 + hashes[j]);
            out[i] = h;
        }
        return out;
    }

    /** @return the distinct values of {@code hashes} (a slice of a {@link #sequence}), sorted ascending */
    public static long[] distinct(long[] hashes) {
        long[] out = hashes.clone();
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[i - 1]) out[n++] = out[i];
        return Arrays.copyOf(out, n);
    }

    /**
     * @return the tokens of a text after NFKC and lower-casing: what {@link #TOKEN} finds, scanned by hand (the
     *         regular expression's class intersection costs more than the rest of a signature)
     */
    static List<String> tokens(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0, n = norm.length();
        while (i < n) {
            int c = norm.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isCjk(c)) {
                out.add(norm.substring(i, next));
            } else if (isWordChar(c)) {
                while (next < n) {
                    int d = norm.codePointAt(next);
                    if (isCjk(d) || !isWordChar(d)) break;
                    next += Character.charCount(d);
                }
                out.add(norm.substring(i, next));
            }
            i = next;
        }
        return out;
    }

    /** @return true for a character of {@link #CJK}: kana, CJK ideographs (extension A, unified, compatibility) */
    private static boolean isCjk(int c) {
        return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
                || (c >= 0xf900 && c <= 0xfaff);
    }

    /** @return true for a letter or number: Unicode general category L* or N* ({@code \p{L}}, {@code \p{N}}) */
    private static boolean isWordChar(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** @return the tokens as {@link #TOKEN} finds them: the reference {@link #tokens} is checked against */
    static List<String> tokensByPattern(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(norm);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static boolean mostlyCjk(List<String> tokens) {
        int cjk = 0;
        for (String t : tokens) if (t.length() == 1 && isCjk(t.charAt(0))) cjk++;
        return cjk * 2 > tokens.size();
    }

    private static long tokenHash(String token) {
        long h = 1125899906842597L;
        for (int i = 0; i < token.length(); i++) h = 31 * h + token.charAt(i);
        return Hashing.mix(h);
    }
}
