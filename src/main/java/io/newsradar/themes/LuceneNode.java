package io.newsradar.themes;

import org.apache.lucene.search.Matches;

import java.io.IOException;
import java.util.List;

/**
 * A part run by Lucene on the view's in-memory index, skipped when, for some list of {@code required} pairs,
 * none occurs in the view (the part's {@link RequiredTerms} in its field), or when its {@code proximity} check
 * (null when none) says it cannot match; not run either when that check settles the match
 * ({@link ProximityCheck#decide}). {@code slot} ({@link TermDictionary#newSlot}) is where a view keeps its result,
 * for the themes that share this part.
 */
record LuceneNode(ThemeQueries.Prepared query, List<int[]> required, ProximityCheck proximity, int slot) implements QueryProgram {
    /** Stored per view: {@link Boolean#FALSE} (no match), TRUE (match, intervals not computed) or the Matches. */
    @Override
    public boolean hits(TermView view) throws IOException {
        Object known = view.recall(slot);
        if (known != null) return known != Boolean.FALSE;
        Boolean decided = decide(view);
        boolean hit = decided != null ? decided : view.lucene().hits(query);
        view.remember(slot, hit);
        return hit;
    }

    @Override
    public boolean mentions(TermView view, Mentions.Sink sink) throws IOException {
        Object known = view.recall(slot);
        if (known == Boolean.FALSE) return false;
        Matches m = known instanceof Matches cached ? cached : null;
        if (m == null) {
            m = mayMatch(view) ? view.lucene().matches(query) : null;
            view.remember(slot, m == null ? Boolean.FALSE : m);
        }
        if (m == null) return false;
        sink.add(m);
        return true;
    }

    /** Lucene's intervals are among an exact proximity check's candidates; otherwise unknown. */
    @Override
    public int bound(TermView view) {
        if (!mayMatch(view)) return 0;
        return proximity == null ? Integer.MAX_VALUE : proximity.bound(view);
    }

    private boolean mayMatch(TermView view) {
        return decide(view) != Boolean.FALSE;
    }

    /** @return FALSE when the required terms or the proximity check rule a match out; TRUE when the check settles a match; else null */
    private Boolean decide(TermView view) {
        for (int[] any : required) {
            boolean found = false;
            for (int pair : any) {
                if (view.postings(pair) != null) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return proximity == null ? null : proximity.decide(view);
    }

    @Override
    public int cost() {
        return 100;
    }
}
