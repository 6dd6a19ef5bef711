package io.newsradar.index;

import io.newsradar.index.dedup.StorySignature;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the story (near-duplicate group) an article joins when it is written: the article's
 * {@link StorySignature} band terms are looked up in the index ({@link Schema#STORY_BAND}, {@link BandPostings}) and
 * among the articles written since the last reader refresh (kept here, not yet searchable); the candidates sharing
 * the most band terms are compared, and the most similar near-duplicate ({@link StorySignature#isNearDuplicate})
 * gives its story id. Without one the article starts its own story, with its own id.
 *
 * <p>Templates: a band term carried by at least {@link #COMMON_BAND} other articles (index and pending) stands for
 * text many articles share, such as a column's standing introduction, a footer or a list of related links, not
 * for one story; such bands select no candidates, so articles that share only a template do not meet. When most of
 * an article's bands are common it is itself a copy of widely repeated text (a wire story run by many outlets), and
 * all its bands count.
 *
 * <p>Index candidates are screened by their stored MinHash sketch ({@link StorySignature#estimate}): below
 * {@link StorySignature#ESTIMATE_FLOOR} they are dropped, else the stored body is read and compared exactly.
 * Pending candidates (in memory) are always compared exactly.
 *
 * <p>Articles are grouped in the order they are written, which is first-seen order, so a story's id is the id of
 * its earliest-first-seen member, and that member's source and first-seen time are the story's. An article that
 * is already stored keeps its story (re-ingesting or re-tagging never moves it). Thread-safe: the index is read
 * outside this class's lock (the caller's searcher is a fixed point in time), and assignments are serialised, so
 * two copies written at once by two threads still meet.
 */
final class StoryGrouper {
    /** Candidates compared per article, best (most shared band terms) first, from the index and from pending. */
    static final int CANDIDATES = 16;
    /** Pending members after which the store should refresh its reader (bounds this class's memory). */
    static final int PENDING_MAX = 2_000;
    /**
     * Articles carrying a band term from which on it counts as a template's. At 8 articles a shared text is a
     * template or a widely copied story; the first articles of a series can still meet until their template
     * bands reach it.
     */
    static final int COMMON_BAND = 8;

    private final Map<String, List<Member>> pendingByBand = new HashMap<>();
    private final Map<String, Member> pendingByUrl = new HashMap<>();
    private long order;

    private record Member(String id, String url, String story, StorySignature signature, List<String> bands, long order) {}

    /**
     * @param id          the article id
     * @param url         its canonical URL (the document key)
     * @param storedStory its story when the URL is already in the searchable index, else null
     * @param signature   the signature of its body (computed by the caller, outside this class's lock)
     * @param searcher    a searcher over the index as of the last refresh, not refreshed until this call returns
     * @return the story it belongs to, with its band terms and sketch
     * @throws IOException when the index cannot be read
     */
    Story assign(String id, String url, String storedStory, StorySignature signature, IndexSearcher searcher)
            throws IOException {
        List<String> bands = signature.bandTerms();
        int[] sketch = signature.sketch();
        BandPostings indexed = storedStory != null || bands.isEmpty() ? BandPostings.NONE
                : BandPostings.find(url, bands, searcher);
        synchronized (this) {
            Member pending = pendingByUrl.get(url);
            String story = pending != null ? pending.story() : storedStory;
            if (story == null) story = bestMatch(url, signature, sketch, bands, indexed, searcher);
            if (story == null) story = id;
            remember(new Member(id, url, story, signature, bands, order++));
            return new Story(story, bands, sketch);
        }
    }

    /** @return true when enough articles are pending that the caller should refresh and then {@link #clear()} */
    synchronized boolean full() {
        return pendingByUrl.size() >= PENDING_MAX;
    }

    /** Forgets the pending articles: call after the searcher has been refreshed to see them. */
    synchronized void clear() {
        pendingByBand.clear();
        pendingByUrl.clear();
    }

    private String bestMatch(String url, StorySignature signature, int[] sketch, List<String> bands,
                             BandPostings indexed, IndexSearcher searcher) throws IOException {
        if (bands.isEmpty()) return null;
        boolean[] usable = usableBands(bands, indexed);
        String best = null;
        double bestSimilarity = -1;
        for (Member m : pendingCandidates(url, bands, usable)) {
            double sim = signature.jaccard(m.signature());
            if (sim > bestSimilarity && signature.isNearDuplicate(m.signature())) {
                best = m.story();
                bestSimilarity = sim;
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int docId : indexCandidates(indexed, usable)) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
            int doc = docId - leaf.docBase;
            BinaryDocValues sketches = leaf.reader().getBinaryDocValues(Schema.STORY_SKETCH);
            SortedSetDocValues stories = DocValues.getSortedSet(leaf.reader(), Schema.STORY);
            if (sketches == null || !sketches.advanceExact(doc) || !stories.advanceExact(doc)) continue;
            BytesRef b = sketches.binaryValue();
            double estimate = StorySignature.estimate(sketch, Story.sketchOf(b.bytes, b.offset, b.length));
            if (estimate < StorySignature.ESTIMATE_FLOOR || estimate <= bestSimilarity) continue;
            double sim = exact(signature, docId, searcher);
            if (sim >= StorySignature.THRESHOLD && sim > bestSimilarity) {
                best = stories.lookupOrd(stories.nextOrd()).utf8ToString();
                bestSimilarity = sim;
            }
        }
        return best;
    }

    /**
     * @return per band, whether it may select candidates: fewer than {@link #COMMON_BAND} other articles carry it,
     *         or most of the article's bands are that common
     */
    private boolean[] usableBands(List<String> bands, BandPostings indexed) {
        boolean[] usable = new boolean[bands.size()];
        int common = 0;
        for (int i = 0; i < usable.length; i++) {
            int df = indexed.docFreq(i) + pendingByBand.getOrDefault(bands.get(i), List.of()).size();
            usable[i] = df < COMMON_BAND;
            if (!usable[i]) common++;
        }
        if (common * 2 > usable.length) Arrays.fill(usable, true);
        return usable;
    }

    /** @return the pending members sharing the most usable band terms, at most {@link #CANDIDATES}, earliest first on ties */
    private List<Member> pendingCandidates(String url, List<String> bands, boolean[] usable) {
        Map<Member, Integer> shared = new HashMap<>();
        for (int i = 0; i < bands.size(); i++) {
            if (!usable[i]) continue;
            for (Member m : pendingByBand.getOrDefault(bands.get(i), List.of())) {
                if (!m.url().equals(url)) shared.merge(m, 1, Integer::sum);
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Member, Integer>comparingByValue().reversed()
                        .thenComparingLong(e -> e.getKey().order()))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /** @return the index documents sharing the most usable band terms, at most {@link #CANDIDATES}, lowest id first on ties */
    private static int[] indexCandidates(BandPostings indexed, boolean[] usable) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (int i = 0; i < usable.length; i++) {
            if (!usable[i]) continue;
            for (int doc : indexed.docs(i)) shared.merge(doc, 1, Integer::sum);
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(CANDIDATES).mapToInt(Map.Entry::getKey).toArray();
    }

    /** @return the exact similarity of a stored body to {@code signature}; 0 when not near-duplicates */
    private static double exact(StorySignature signature, int doc, IndexSearcher searcher) throws IOException {
        String body = searcher.storedFields().document(doc, Set.of(Schema.BODY)).get(Schema.BODY);
        StorySignature other = StorySignature.of(body);
        return signature.isNearDuplicate(other) ? signature.jaccard(other) : 0;
    }

    private void remember(Member m) {
        Member old = pendingByUrl.put(m.url(), m);
        if (old != null) for (String band : old.bands()) pendingByBand.get(band).remove(old);
        for (String band : m.bands()) pendingByBand.computeIfAbsent(band, b -> new ArrayList<>()).add(m);
    }
}
