package io.newsradar.themes;

import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the candidate themes for one article from the terms it contains, so that with thousands of themes only
 * the few that can match are run (the presearcher of Lucene's monitor module, which does not resolve for
 * Lucene 10). Built once from the themes' {@link RequiredTerms}, one inverted index per pass, keyed by the
 * {@link TermDictionary}'s word numbers; a theme is a candidate when it hits in every pass. Exact in the sense
 * that matters: a theme that can match is never left out, because each pass is a necessary condition.
 * Immutable and thread-safe once built.
 */
final class Presearcher {
    /** Passes over each conjunction's clauses (see {@link RequiredTerms}). */
    static final int PASSES = 3;

    private final List<Pass> passes;

    private Presearcher(List<Pass> passes) {
        this.passes = passes;
    }

    /**
     * @param queries    the themes' queries, in theme order
     * @param dictionary where the required terms are registered as words
     */
    static Presearcher of(List<Query> queries, TermDictionary dictionary) {
        List<Pass> passes = new ArrayList<>();
        for (int p = 0; p < PASSES; p++) {
            int pass = p;
            passes.add(new Pass(queries.stream().map(q -> RequiredTerms.of(q, pass)).toList(), dictionary));
        }
        return new Presearcher(passes);
    }

    /**
     * @param article the article's terms among the dictionary's
     * @return the indices of the themes that may match it
     */
    BitSet candidates(ArticleTerms article) {
        BitSet result = null;
        for (Pass pass : passes) {
            BitSet hits = pass.candidates(article.words());
            if (result == null) result = hits;
            else result.and(hits);
        }
        return result;
    }

    /** One pass: from each word to the themes one of whose required terms it is. */
    private static final class Pass {
        private int[][] themesByWord = new int[0][];
        private final BitSet always = new BitSet();

        /** @param required per theme, the terms one of which must occur, or {@link RequiredTerms#ANY} */
        Pass(List<Set<BytesRef>> required, TermDictionary dictionary) {
            int[] sizes = new int[16];
            List<int[]> postings = new ArrayList<>();
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).isEmpty()) always.set(i);
                for (BytesRef term : required.get(i)) {
                    int word = dictionary.word(term).id;
                    while (postings.size() <= word) postings.add(new int[4]);
                    if (sizes.length <= word) sizes = Arrays.copyOf(sizes, Math.max(word + 1, sizes.length * 2));
                    int[] list = postings.get(word);
                    if (sizes[word] == list.length) postings.set(word, list = Arrays.copyOf(list, list.length * 2));
                    list[sizes[word]++] = i;
                }
            }
            themesByWord = new int[postings.size()][];
            for (int w = 0; w < postings.size(); w++) themesByWord[w] = Arrays.copyOf(postings.get(w), sizes[w]);
        }

        BitSet candidates(int[] words) {
            BitSet result = (BitSet) always.clone();
            for (int word : words) {
                if (word >= themesByWord.length) continue;
                for (int theme : themesByWord[word]) result.set(theme);
            }
            return result;
        }
    }
}
