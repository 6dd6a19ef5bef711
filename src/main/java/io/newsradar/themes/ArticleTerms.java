package io.newsradar.themes;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * @param byStart   whether the start offsets never decrease (so a part is found by binary search)
     */
    record Postings(int[] positions, int[] starts, int[] ends, boolean byStart) {
        Postings(int[] positions, int[] starts, int[] ends) {
            this(positions, starts, ends, nonDecreasing(starts));
        }

        private static boolean nonDecreasing(int[] values) {
            for (int i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
            return true;
        }

        /**
         * @return the occurrences lying in [from, to) (start &ge; from, end &le; to), or null when none
         */
        Postings slice(int from, int to) {
            int lo = byStart ? firstStartAtLeast(from) : 0, hi = byStart ? firstStartAtLeast(to) : starts.length;
            int n = 0;
            for (int i = lo; i < hi; i++) if (starts[i] >= from && ends[i] <= to) n++;
            if (n == starts.length) return this;
            if (n == 0) return null;
            int[] p = new int[n], s = new int[n], e = new int[n];
            for (int i = lo, j = 0; i < hi; i++) {
                if (starts[i] >= from && ends[i] <= to) {
                    p[j] = positions[i];
                    s[j] = starts[i];
                    e[j++] = ends[i];
                }
            }
            return new Postings(p, s, e, byStart);
        }

        /** @return the index of the first occurrence starting at or after {@code offset} ({@code starts.length} if none) */
        private int firstStartAtLeast(int offset) {
            int lo = 0, hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < offset) lo = mid + 1;
                else hi = mid;
            }
            return lo;
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
        Map<Integer, List<Postings>> prefixed = new HashMap<>();
        for (FieldInfo info : full.getFieldInfos()) {
            Terms terms = full.terms(info.name);
            if (terms == null) continue;
            int field = dictionary.field(info.name);
            TermDictionary.Prefixes prefixes = dictionary.prefixes(info.name);
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                Postings read = null;
                TermDictionary.Word w = dictionary.find(t);
                if (w != null) {
                    if (!seen[w.id]) {
                        seen[w.id] = true;
                        if (count == words.length) words = Arrays.copyOf(words, count * 2);
                        words[count++] = w.id;
                    }
                    int pair = w.pair(field);
                    if (pair >= 0) byPair[pair] = read = read(reuse = it.postings(reuse, PostingsEnum.OFFSETS));
                }
                if (prefixes == null) continue;
                List<Integer> found = new ArrayList<>(2);
                prefixes.match(t, found::add);
                if (found.isEmpty()) continue;
                if (read == null) read = read(reuse = it.postings(reuse, PostingsEnum.OFFSETS));
                for (int pair : found) prefixed.computeIfAbsent(pair, k -> new ArrayList<>()).add(read);
            }
        }
        prefixed.forEach((pair, list) -> byPair[pair] = merge(list));
        return new ArticleTerms(byPair, Arrays.copyOf(words, count));
    }

    /** @return the occurrences of several terms as one list, by position (then start offset) */
    private static Postings merge(List<Postings> list) {
        if (list.size() == 1) return list.getFirst();
        int n = list.stream().mapToInt(p -> p.positions().length).sum();
        long[][] all = new long[n][];
        int k = 0;
        for (Postings p : list) {
            for (int i = 0; i < p.positions().length; i++) all[k++] = new long[] {p.positions()[i], p.starts()[i], p.ends()[i]};
        }
        Arrays.sort(all, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] pos = new int[n], s = new int[n], e = new int[n];
        for (int i = 0; i < n; i++) {
            pos[i] = (int) all[i][0];
            s[i] = (int) all[i][1];
            e[i] = (int) all[i][2];
        }
        return new Postings(pos, s, e);
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
