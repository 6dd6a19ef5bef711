package io.newsradar.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the searchable index holds for one article's story band terms ({@link Schema#STORY_BAND}): per band, its
 * document frequency and the live documents carrying it (at most {@link #MAX_POSTINGS} per band and segment), other
 * than the documents of the article's own URL. Read with one {@link TermsEnum} per segment, seeking the band terms
 * in sorted order: no query, weight or scorer per term. Immutable once built.
 */
final class BandPostings {
    /** Documents read per band and segment; a band carried by more is a template's, never a candidate's. */
    static final int MAX_POSTINGS = 64;
    static final BandPostings NONE = new BandPostings(new int[0], List.of());

    private final int[] docFreq;
    /** Per band (in the order given), the global doc ids carrying it. */
    private final List<int[]> docs;

    private BandPostings(int[] docFreq, List<int[]> docs) {
        this.docFreq = docFreq;
        this.docs = docs;
    }

    /**
     * @param url      the article's canonical URL: its own stored document is left out
     * @param bands    the article's band terms
     * @param searcher a searcher over the index as of the last refresh
     * @return per band, the document frequency (deleted documents may still count) and the live carriers
     * @throws IOException when the index cannot be read
     */
    static BandPostings find(String url, List<String> bands, IndexSearcher searcher) throws IOException {
        int n = bands.size();
        Integer[] order = new Integer[n];
        BytesRef[] terms = new BytesRef[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            terms[i] = new BytesRef(bands.get(i));
        }
        Arrays.sort(order, (a, b) -> terms[a].compareTo(terms[b]));
        int[] docFreq = new int[n];
        int[][] found = new int[n][];
        int[] counts = new int[n];
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms bandTerms = leaf.reader().terms(Schema.STORY_BAND);
            if (bandTerms == null) continue;
            int self = ownDoc(leaf, url);
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum te = bandTerms.iterator();
            for (int i : order) {
                if (!te.seekExact(terms[i])) continue;
                docFreq[i] += te.docFreq();
                postings = te.postings(postings, PostingsEnum.NONE);
                int read = 0;
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && read < MAX_POSTINGS; d = postings.nextDoc()) {
                    read++;
                    if (d == self || (live != null && !live.get(d))) continue;
                    if (found[i] == null) found[i] = new int[4];
                    else if (counts[i] == found[i].length) found[i] = Arrays.copyOf(found[i], counts[i] * 2);
                    found[i][counts[i]++] = leaf.docBase + d;
                }
            }
        }
        List<int[]> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) docs.add(found[i] == null ? new int[0] : Arrays.copyOf(found[i], counts[i]));
        return new BandPostings(docFreq, docs);
    }

    /** @return the segment-local doc id of {@code url}'s live document in {@code leaf}, or -1 */
    private static int ownDoc(LeafReaderContext leaf, String url) throws IOException {
        Terms urls = leaf.reader().terms(Schema.URL);
        if (urls == null) return -1;
        TermsEnum te = urls.iterator();
        if (!te.seekExact(new Term(Schema.URL, url).bytes())) return -1;
        PostingsEnum p = te.postings(null, PostingsEnum.NONE);
        Bits live = leaf.reader().getLiveDocs();
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
            if (live == null || live.get(d)) return d;
        }
        return -1;
    }

    /** @return the index's document frequency of band {@code i} */
    int docFreq(int i) {
        return i < docFreq.length ? docFreq[i] : 0;
    }

    /** @return the live documents (global ids) carrying band {@code i} */
    int[] docs(int i) {
        return i < docs.size() ? docs.get(i) : new int[0];
    }
}
