package io.newsradar.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

import java.io.IOException;

/**
 * Joins runs of ASCII letter/digit tokens that touch in the text (one ends where the next starts) back into one
 * token. Kuromoji's unknown-word model puts Latin letters and digits in different character classes, so
 * {@code H800} comes out as {@code h}, {@code 800}; after this filter it is {@code h800}, the same token the
 * English and gram analyzers produce, so model names (H800, H100, A100, R1, V3) are one term in every field.
 * The joined token keeps the first token's position increment and attributes and spans both offsets.
 */
public final class AlnumJoinFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private AttributeSource.State pending;
    private boolean exhausted;

    public AlnumJoinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
        } else if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        if (!isAlnum(term)) return true;
        StringBuilder joined = new StringBuilder(term);
        State first = captureState();
        int start = offset.startOffset();
        int end = offset.endOffset();
        while (true) {
            if (!input.incrementToken()) {
                exhausted = true;
                break;
            }
            if (offset.startOffset() == end && isAlnum(term)) {
                joined.append(term);
                end = offset.endOffset();
            } else {
                pending = captureState();
                break;
            }
        }
        restoreState(first);
        term.setEmpty().append(joined);
        offset.setOffset(start, end);
        return true;
    }

    private static boolean isAlnum(CharTermAttribute t) {
        if (t.length() == 0) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        exhausted = false;
    }
}
