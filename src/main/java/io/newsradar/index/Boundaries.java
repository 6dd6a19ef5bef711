package io.newsradar.index;

import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Marks sentence and paragraph boundaries in text before it is tokenized, by inserting marker words that every
 * recipe keeps as one token: {@link #SENTENCE} after a sentence end (。！？!? or a full stop before white space) that
 * is followed by more text, {@link #PARAGRAPH} at a blank line followed by more text. Queries use them to keep two
 * terms in one sentence or paragraph ({@code SENT}, {@code PARA} in {@code io.newsradar.index.syntax.QuerySyntax}).
 * A phrase never spans a boundary, and a {@code NEAR/n} distance counts a crossed boundary as one token.
 * The char filters correct offsets, so highlights still point into the original text.
 */
public final class Boundaries {
    /** Token standing between two sentences. */
    public static final String SENTENCE = "zzsentzz";
    /** Token standing between two paragraphs. */
    public static final String PARAGRAPH = "zzparazz";

    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t\\u3000]*\\n\\s*(?=\\S)");
    private static final Pattern SENTENCE_END =
            Pattern.compile("([。！？!?．]|\\.(?=\\s))(?=\\s*[^\\s」』）)\\]\"”’])");

    private Boundaries() {}

    /** @return {@code reader} with boundary markers inserted (paragraphs first, then sentences) */
    static Reader mark(Reader reader) {
        Reader paragraphs = new PatternReplaceCharFilter(PARAGRAPH_END, "\n " + PARAGRAPH + " \n", reader);
        return new PatternReplaceCharFilter(SENTENCE_END, "$1 " + SENTENCE + " ", paragraphs);
    }
}
