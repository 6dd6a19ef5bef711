package io.newsradar.themes;

import io.newsradar.index.Schema;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysed tokens of one article, read back from its full in-memory index (terms, positions, offsets), so
 * that views of parts of it (headline and lead, one paragraph) are built by slicing tokens by character offsets
 * instead of analysing the text again. Field names are kept: a view has the same fields as the index, with
 * {@code body*} restricted to the part and {@code lead*} to the part's lead.
 */
final class TokenSlices {
    private record Token(BytesRef term, int position, int start, int end) {}

    private final Map<String, List<Token>> positional = new LinkedHashMap<>();
    private final Map<String, List<String>> keywords = new LinkedHashMap<>();

    /** @param full the leaf of the article's full in-memory index (offsets stored) */
    TokenSlices(LeafReader full) throws IOException {
        for (FieldInfo info : full.getFieldInfos()) {
            Terms terms = full.terms(info.name);
            if (terms == null) continue;
            boolean offsets = info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) >= 0;
            List<Token> tokens = new ArrayList<>();
            List<String> words = new ArrayList<>();
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                if (!offsets) {
                    words.add(t.utf8ToString());
                    continue;
                }
                BytesRef term = BytesRef.deepCopyOf(t);
                PostingsEnum postings = it.postings(null, PostingsEnum.OFFSETS);
                postings.nextDoc();
                for (int i = postings.freq(); i > 0; i--) {
                    int position = postings.nextPosition();
                    tokens.add(new Token(term, position, postings.startOffset(), postings.endOffset()));
                }
            }
            if (offsets) {
                tokens.sort(Comparator.comparingInt(Token::position).thenComparingInt(Token::start));
                positional.put(info.name, tokens);
            } else {
                keywords.put(info.name, words);
            }
        }
    }

    /**
     * @param withTitle whether the view keeps the headline fields
     * @param from      start of the body part, a char offset into the body
     * @param to        end of the body part (exclusive)
     * @param leadTo    end of the part's lead (exclusive), at most {@code to}
     * @return an in-memory index of that part, offsets stored
     */
    MemoryIndex view(boolean withTitle, int from, int to, int leadTo) {
        MemoryIndex index = new MemoryIndex(true, false);
        String title = Schema.Text.TITLE.base(), lead = Schema.Text.LEAD.base(), body = Schema.Text.BODY.base();
        positional.forEach((field, tokens) -> {
            if (field.startsWith(title)) {
                if (withTitle) index.addField(field, new Replay(tokens, 0, Integer.MAX_VALUE));
            } else if (field.startsWith(body)) {
                index.addField(field, new Replay(tokens, from, to));
                index.addField(lead + field.substring(body.length()), new Replay(tokens, from, leadTo));
            } else if (!field.startsWith(lead)) {
                index.addField(field, new Replay(tokens, 0, Integer.MAX_VALUE));
            }
        });
        keywords.forEach((field, words) -> index.addField(field, index.keywordTokenStream(words)));
        return index;
    }

    /** Replays the tokens whose offsets lie in [from, to), keeping their position gaps. */
    private static final class Replay extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<Token> tokens;
        private final int from;
        private final int to;
        private int next;
        private int lastPosition;

        Replay(List<Token> tokens, int from, int to) {
            this.tokens = tokens;
            this.from = from;
            this.to = to;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            lastPosition = -1;
        }

        @Override
        public boolean incrementToken() {
            while (next < tokens.size()) {
                Token t = tokens.get(next++);
                if (t.start() < from || t.end() > to) continue;
                clearAttributes();
                term.setBytesRef(t.term());
                increment.setPositionIncrement(lastPosition < 0 ? 1 : t.position() - lastPosition);
                offset.setOffset(t.start(), t.end());
                lastPosition = t.position();
                return true;
            }
            return false;
        }
    }
}
