package io.newsradar.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The tokens an analyzer makes of one field value, recorded once: per token its term bytes (UTF-8, as indexed), its
 * position increment and its character offsets (UTF-16, into the original value, after char-filter correction), and
 * the final offset and position increment the stream reports at its end. {@link #replay()} plays them back as a
 * {@link TokenStream} that an {@code IndexWriter} or a {@code MemoryIndex} consumes exactly as it would have
 * consumed the analyzer's own stream: what they read (term bytes, position increments, offsets, the end state) is
 * the same. Payloads and term frequencies other than 1 are not recorded: {@link #of} refuses a stream that sets
 * them, which none of the {@link Analyzers} recipes does. Immutable once made; each replay is a new stream, so
 * several threads may replay at once.
 */
final class TokenCapture {
    private final byte[] bytes;
    /** Start of each term's bytes in {@link #bytes}; one more entry than tokens (the end of the last). */
    private final int[] termStarts;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final int finalOffset;
    private final int finalIncrement;

    private TokenCapture(byte[] bytes, int[] termStarts, int[] increments, int[] starts, int[] ends, int size,
                         int finalOffset, int finalIncrement) {
        this.bytes = bytes;
        this.termStarts = termStarts;
        this.increments = increments;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /**
     * @param analyzer the analyzer (thread-safe; its per-thread components are reused)
     * @param field    the physical field name, which picks the recipe
     * @param text     the field value
     * @return the tokens of {@code text}
     * @throws IllegalStateException when the stream sets a payload or a term frequency other than 1 (not replayed)
     * @throws UncheckedIOException  never for a string value, but analysis declares it
     */
    static TokenCapture of(Analyzer analyzer, String field, String text) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PayloadAttribute payload = ts.hasAttribute(PayloadAttribute.class) ? ts.getAttribute(PayloadAttribute.class) : null;
            TermFrequencyAttribute frequency = ts.addAttribute(TermFrequencyAttribute.class);
            Builder b = new Builder(Math.max(16, text.length() / 4));
            ts.reset();
            while (ts.incrementToken()) {
                if ((payload != null && payload.getPayload() != null) || frequency.getTermFrequency() != 1) {
                    throw new IllegalStateException(field + ": payloads and term frequencies are not captured");
                }
                b.add(term.getBytesRef(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            ts.end();
            return b.build(offset.endOffset(), increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(field + ": analysis failed: " + e.getMessage(), e);
        }
    }

    /** @return the number of tokens */
    int size() {
        return size;
    }

    /** @return a new stream of the recorded tokens, then the recorded end state */
    TokenStream replay() {
        return new Replay();
    }

    /** Accumulates tokens in growing parallel arrays. */
    private static final class Builder {
        private byte[] bytes;
        private int[] termStarts;
        private int[] increments;
        private int[] starts;
        private int[] ends;
        private int size;
        private int used;

        Builder(int capacity) {
            bytes = new byte[capacity * 6];
            termStarts = new int[capacity + 1];
            increments = new int[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(BytesRef term, int increment, int start, int end) {
            if (size == increments.length) {
                int n = size * 2;
                termStarts = Arrays.copyOf(termStarts, n + 1);
                increments = Arrays.copyOf(increments, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
            if (used + term.length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + term.length));
            System.arraycopy(term.bytes, term.offset, bytes, used, term.length);
            termStarts[size] = used;
            used += term.length;
            termStarts[size + 1] = used;
            increments[size] = increment;
            starts[size] = start;
            ends[size++] = end;
        }

        TokenCapture build(int finalOffset, int finalIncrement) {
            return new TokenCapture(bytes, termStarts, increments, starts, ends, size, finalOffset, finalIncrement);
        }
    }

    /** Plays the recorded tokens back; the term attribute points into the shared (never written) byte array. */
    private final class Replay extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final BytesRef current = new BytesRef(bytes, 0, 0);
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= size) return false;
            clearAttributes();
            current.offset = termStarts[next];
            current.length = termStarts[next + 1] - current.offset;
            term.setBytesRef(current);
            increment.setPositionIncrement(increments[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(finalIncrement);
            offset.setOffset(finalOffset, finalOffset);
        }
    }
}
