package io.newsradar.index.syntax;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

import java.io.IOException;

/**
 * Walks the match intervals of one field of Lucene's {@link org.apache.lucene.search.Matches} (highlights, mention
 * counts, placements) and survives a Lucene 10.4 defect: {@code CachingMatchesIterator} (used by ordered/unordered
 * interval queries, our {@code NEAR/n}) grows its offsets array and its query array with {@code ArrayUtil.grow}
 * separately, so after more than 8 sub-matches of one interval (a long phrase inside a {@code NEAR}, e.g. a
 * Japanese phrase of many tokens) the query array is too short and {@code Weight.matches} or the iteration throws
 * {@link ArrayIndexOutOfBoundsException}. {@link #matches} then decides the match without positions and
 * {@link #walk} stops and says it is incomplete: the caller keeps what it got (a highlight missing some terms, a
 * mention count that is a lower bound) instead of failing the search, digest or tagging.
 */
public final class MatchWalk {
    private MatchWalk() {}

    /**
     * {@link Weight#matches} that survives the defect above.
     *
     * @param weight a weight of the query
     * @param leaf   the segment
     * @param doc    segment-local doc id
     * @return the matches; null when the document does not match; {@link MatchesUtils#MATCH_WITH_NO_TERMS} (a match
     *         whose intervals are unknown) when Lucene failed to compute them for a document that matches
     * @throws IOException when the index cannot be read
     */
    public static Matches matches(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
        try {
            return weight.matches(leaf, doc);
        } catch (ArrayIndexOutOfBoundsException luceneDefect) {
            return hits(weight, leaf, doc) ? MatchesUtils.MATCH_WITH_NO_TERMS : null;
        }
    }

    /** @return whether {@code doc} matches, decided by the scorer (no positions of matches computed) */
    private static boolean hits(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        if (supplier == null) return false;
        Scorer scorer = supplier.get(1);
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        return it.advance(doc) == doc && (twoPhase == null || twoPhase.matches());
    }

    /** Receives one interval: positions (0-based, inclusive) and UTF-16 offsets ({@code -1} when not indexed). */
    @FunctionalInterface
    public interface Sink {
        void interval(int startPosition, int endPosition, int startOffset, int endOffset) throws IOException;
    }

    /**
     * @param it         a field's matches iterator, or null (nothing to walk)
     * @param subMatches true: report each match's sub-matches (the single terms) where it has them; false: the
     *                   top-level matches only
     * @param sink       told every interval, in iteration order
     * @return true when the walk ended normally, false when Lucene's iterator failed part way (see above)
     * @throws IOException when the index cannot be read
     */
    public static boolean walk(MatchesIterator it, boolean subMatches, Sink sink) throws IOException {
        if (it == null) return true;
        try {
            while (it.next()) {
                MatchesIterator sub = subMatches ? it.getSubMatches() : null;
                if (sub == null) {
                    sink.interval(it.startPosition(), it.endPosition(), it.startOffset(), it.endOffset());
                } else {
                    while (sub.next()) sink.interval(sub.startPosition(), sub.endPosition(), sub.startOffset(), sub.endOffset());
                }
            }
            return true;
        } catch (ArrayIndexOutOfBoundsException luceneDefect) {
            return false;
        }
    }
}
