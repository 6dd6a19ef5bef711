package io.newsradar.index;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * Marks sentence and paragraph boundaries in text before it is tokenized, by inserting marker words that every
 * recipe keeps as one token: {@link #SENTENCE} after a sentence end (。！？!? or a full stop before white space) that
 * is followed by more text, {@link #PARAGRAPH} at a blank line followed by more text. Queries use them to keep two
 * terms in one sentence or paragraph ({@code SENT}, {@code PARA} in {@code io.newsradar.index.syntax.QuerySyntax}).
 * A phrase never spans a boundary, and a {@code NEAR/n} distance counts a crossed boundary as one token.
 * The char filters correct offsets, so highlights still point into the original text.
 *
 * <p>An article's title, lead and body are each analysed several times (the gram and the language fields, for the
 * index and for theme tagging's in-memory index), so the marked forms of the last {@value #REMEMBERED} texts (of all
 * threads: a bounded memory however many threads analyse) are kept and replayed, with the same offset corrections,
 * when the same text comes again: the two regular-expression passes then run about once per text instead of once
 * per analysis. Thread-safe.
 */
public final class Boundaries {
    /** Token standing between two sentences. */
    public static final String SENTENCE = "zzsentzz";
    /** Token standing between two paragraphs. */
    public static final String PARAGRAPH = "zzparazz";

    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t\\u3000]*\\n\\s*(?=\\S)");
    private static final Pattern SENTENCE_END =
            Pattern.compile("([。！？!?．]|\\.(?=\\s))(?=\\s*[^\\s」』）)\\]\"”’])");
    /** Marked texts remembered: the title, lead and body of the articles a few threads analyse at once. */
    private static final int REMEMBERED = 16;
    /** Most recently used first; guarded by itself. Its entries are immutable, so they are read outside the lock. */
    private static final Marked[] RECENT = new Marked[REMEMBERED];

    private Boundaries() {}

    /** @return {@code reader} with boundary markers inserted (paragraphs first, then sentences) */
    static Reader mark(Reader reader) {
        return new MarkedReader(reader);
    }

    /** The markers' two char filters, paragraphs first, over {@code reader}. */
    private static CharFilter filters(Reader reader) {
        Reader paragraphs = new PatternReplaceCharFilter(PARAGRAPH_END, "\n " + PARAGRAPH + " \n", reader);
        return new PatternReplaceCharFilter(SENTENCE_END, "$1 " + SENTENCE + " ", paragraphs);
    }

    /**
     * A text and its marked form.
     *
     * @param input   the text as read
     * @param hash    its hash code
     * @param output  the text with markers
     * @param offsets the fully read filters: their offset correction maps output offsets to input offsets (read-only
     *                once read, so safe to share between threads)
     */
    private record Marked(String input, int hash, String output, CharFilter offsets) {
        static Marked of(String input, int hash) throws IOException {
            CharFilter f = filters(new StringReader(input));
            return new Marked(input, hash, readAll(f), f);
        }
    }

    /** @return the marked form of {@code text}: remembered, or made (and remembered) now */
    private static Marked marked(String text) throws IOException {
        int hash = text.hashCode();
        synchronized (RECENT) {
            for (int i = 0; i < RECENT.length; i++) {
                Marked m = RECENT[i];
                if (m != null && m.hash() == hash && m.input().equals(text)) {
                    System.arraycopy(RECENT, 0, RECENT, 1, i); // most recent first
                    RECENT[0] = m;
                    return m;
                }
            }
        }
        Marked m = Marked.of(text, hash); // outside the lock: the regular expressions are the slow part
        synchronized (RECENT) {
            System.arraycopy(RECENT, 0, RECENT, 1, RECENT.length - 1);
            RECENT[0] = m;
        }
        return m;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) sb.append(buf, 0, n);
        return sb.toString();
    }

    /** Reads its input whole on first use, then serves the marked text; offsets corrected as the filters do. */
    private static final class MarkedReader extends CharFilter {
        private Marked marked;
        private int pos;

        MarkedReader(Reader input) {
            super(input);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (marked == null) marked = marked(readAll(input));
            if (len == 0) return 0;
            String out = marked.output();
            if (pos >= out.length()) return -1;
            int n = Math.min(len, out.length() - pos);
            out.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        protected int correct(int currentOff) {
            return marked == null ? currentOff : marked.offsets().correctOffset(currentOff);
        }
    }
}
