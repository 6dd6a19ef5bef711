package io.newsradar.themes;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Arrays;

/**
 * The terms of one article that the theme queries use ({@link TermDictionary}), read once from the article's
 * in-memory index: the words present (for the {@link Presearcher}) and, per pair, its positions and character
 * offsets (for {@link QueryProgram}s). Not thread-safe; one per article and call.
 */
final class ArticleTerms {
    private final Postings[] byPair;
    private final int[] words;

    /**
     * Occurrences of one term in one field: positions ascending, with the character offsets of each.
     *
     * @param positions token positions, ascending
     * @param starts    start offset of each occurrence (UTF-16, 0-based)
     * @param ends      end offset of each occurrence, exclusive
     */
    record Postings(int[] positions, int[] starts, int[] ends) {
        /** @return the occurrences lying in [from, to) (start &ge; from, end &le; to), or null when none */
        Postings slice(int from, int to) {
            int n = 0;
            for (int i = 0; i < starts.length; i++) if (starts[i] >= from && ends[i] <= to) n++;
            if (n == starts.length) return this;
            if (n == 0) return null;
            int[] p = new int[n], s = new int[n], e = new int[n];
            for (int i = 0, j = 0; i < starts.length; i++) {
                if (starts[i] >= from && ends[i] <= to) {
                    p[j] = positions[i];
                    s[j] = starts[i];
                    e[j++] = ends[i];
                }
            }
            return new Postings(p, s, e);
        }
    }

    private ArticleTerms(Postings[] byPair, int[] words) {
        this.byPair = byPair;
        this.words = words;
    }

    /**
     * @param full       the leaf of the article's full in-memory index (positions and offsets stored)
     * @param dictionary the terms of the themes
     * @return the article's terms among the dictionary's
     * @throws IOException never for in-memory readers
     */
    static ArticleTerms of(LeafReader full, TermDictionary dictionary) throws IOException {
        Postings[] byPair = new Postings[dictionary.pairs()];
        boolean[] seen = new boolean[dictionary.words()];
        int[] words = new int[64];
        int count = 0;
        PostingsEnum reuse = null;
        for (FieldInfo info : full.getFieldInfos()) {
            Terms terms = full.terms(info.name);
            if (terms == null) continue;
            int field = dictionary.field(info.name);
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                TermDictionary.Word w = dictionary.find(t);
                if (w == null) continue;
                if (!seen[w.id]) {
                    seen[w.id] = true;
                    if (count == words.length) words = Arrays.copyOf(words, count * 2);
                    words[count++] = w.id;
                }
                int pair = w.pair(field);
                if (pair < 0) continue;
                reuse = it.postings(reuse, PostingsEnum.OFFSETS);
                byPair[pair] = read(reuse);
            }
        }
        return new ArticleTerms(byPair, Arrays.copyOf(words, count));
    }

    private static Postings read(PostingsEnum postings) throws IOException {
        postings.nextDoc();
        int freq = postings.freq();
        int[] p = new int[freq], s = new int[freq], e = new int[freq];
        for (int i = 0; i < freq; i++) {
            p[i] = postings.nextPosition();
            s[i] = postings.startOffset();
            e[i] = postings.endOffset();
        }
        return new Postings(p, s, e);
    }

    /** @return the numbers of the dictionary words the article contains, in any field */
    int[] words() {
        return words;
    }

    /** @return the occurrences of a pair in the whole article, or null when absent */
    Postings postings(int pair) {
        return byPair[pair];
    }
}
