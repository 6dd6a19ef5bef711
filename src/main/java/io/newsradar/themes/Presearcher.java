package io.newsradar.themes;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the candidate themes for one article from the terms it contains, so that with thousands of themes only
 * the few that can match are run (the presearcher of Lucene's monitor module, which does not resolve for
 * Lucene 10). Built once from the themes' {@link RequiredTerms}, one inverted index per pass; a theme is a
 * candidate when it hits in every pass. Immutable and thread-safe.
 */
final class Presearcher {
    /** Passes over each conjunction's clauses (see {@link RequiredTerms}). */
    static final int PASSES = 3;

    private final List<Pass> passes;

    private Presearcher(List<Pass> passes) {
        this.passes = passes;
    }

    /** @param queries the themes' queries, in theme order */
    static Presearcher of(List<Query> queries) {
        List<Pass> passes = new ArrayList<>();
        for (int p = 0; p < PASSES; p++) {
            int pass = p;
            passes.add(new Pass(queries.stream().map(q -> RequiredTerms.of(q, pass)).toList()));
        }
        return new Presearcher(passes);
    }

    /**
     * @param article a reader over one article (a MemoryIndex's leaf)
     * @return the indices of the themes that may match it
     * @throws IOException never for in-memory readers
     */
    BitSet candidates(LeafReader article) throws IOException {
        BitSet result = null;
        for (Pass pass : passes) {
            BitSet hits = pass.candidates(article);
            if (result == null) result = hits;
            else result.and(hits);
        }
        return result;
    }

    /** One pass: from each term to the themes that need one of their terms. */
    private static final class Pass {
        private final Map<BytesRef, int[]> themesByTerm = new HashMap<>();
        private final BitSet always = new BitSet();
        private final int size;

        /** @param required per theme, the terms one of which must occur, or {@link RequiredTerms#ANY} */
        Pass(List<Set<BytesRef>> required) {
            this.size = required.size();
            Map<BytesRef, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).isEmpty()) always.set(i);
                for (BytesRef term : required.get(i)) lists.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
            lists.forEach((term, ids) -> themesByTerm.put(term, ids.stream().mapToInt(Integer::intValue).toArray()));
        }

        BitSet candidates(LeafReader article) throws IOException {
            BitSet result = (BitSet) always.clone();
            for (FieldInfo info : article.getFieldInfos()) {
                Terms terms = article.terms(info.name);
                if (terms == null) continue;
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    int[] ids = themesByTerm.get(term);
                    if (ids != null) for (int id : ids) result.set(id);
                }
                if (result.cardinality() == size) break;
            }
            return result;
        }
    }
}
