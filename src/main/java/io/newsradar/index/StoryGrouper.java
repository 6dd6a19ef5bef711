package io.newsradar.index;

import io.newsradar.index.dedup.StorySignature;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the story (near-duplicate group) an article joins when it is written: the article's
 * {@link StorySignature} band terms are looked up in the index ({@link Schema#STORY_BAND}) and among the articles
 * written since the last reader refresh (kept here, not yet searchable); the candidate whose body is most similar,
 * at or above {@link StorySignature#THRESHOLD}, gives its story id. Without one the article starts its own story,
 * with its own id.
 *
 * <p>Index candidates are screened by their stored MinHash sketch ({@link StorySignature#estimate}): below
 * {@link StorySignature#ESTIMATE_FLOOR} they are dropped, at or above {@link StorySignature#ESTIMATE_SURE} the
 * estimate is taken, in between the stored body is read and compared exactly. Pending candidates (in memory) are
 * always compared exactly.
 *
 * <p>Articles are grouped in the order they are written, which is first-seen order, so a story's id is the id of
 * its earliest-first-seen member, and that member's source and first-seen time are the story's. An article that
 * is already stored keeps its story (re-ingesting or re-tagging never moves it). Thread-safe: assignments are
 * serialised, so two copies written at once by two threads still meet.
 */
final class StoryGrouper {
    /** Band-term candidates read from the index per article, best (most shared bands) first. */
    static final int CANDIDATES = 16;
    /** Pending members after which the store should refresh its reader (bounds this class's memory). */
    static final int PENDING_MAX = 2_000;

    private final Map<String, List<Member>> pendingByBand = new HashMap<>();
    private final Map<String, Member> pendingByUrl = new HashMap<>();

    private record Member(String id, String url, String story, StorySignature signature, List<String> bands) {}

    /**
     * @param id          the article id
     * @param url         its canonical URL (the document key)
     * @param storedStory its story when the URL is already in the searchable index, else null
     * @param signature   the signature of its body (computed by the caller, outside this class's lock)
     * @param searcher    a searcher over the index as of the last refresh
     * @return the story it belongs to, with its band terms and sketch
     * @throws IOException when the index cannot be read
     */
    Story assign(String id, String url, String storedStory, StorySignature signature, IndexSearcher searcher)
            throws IOException {
        List<String> bands = signature.bandTerms();
        int[] sketch = signature.sketch();
        synchronized (this) {
            Member pending = pendingByUrl.get(url);
            String story = pending != null ? pending.story() : storedStory;
            if (story == null) story = bestMatch(url, signature, sketch, bands, searcher);
            if (story == null) story = id;
            remember(new Member(id, url, story, signature, bands));
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
                             IndexSearcher searcher) throws IOException {
        if (bands.isEmpty()) return null;
        String best = null;
        double bestSimilarity = -1;
        for (Member m : pendingCandidates(bands)) {
            double sim = signature.jaccard(m.signature());
            if (!m.url().equals(url) && signature.isNearDuplicate(m.signature()) && sim > bestSimilarity) {
                best = m.story();
                bestSimilarity = sim;
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc sd : indexCandidates(url, bands, searcher).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            int doc = sd.doc - leaf.docBase;
            BinaryDocValues sketches = leaf.reader().getBinaryDocValues(Schema.STORY_SKETCH);
            SortedSetDocValues stories = DocValues.getSortedSet(leaf.reader(), Schema.STORY);
            if (sketches == null || !sketches.advanceExact(doc) || !stories.advanceExact(doc)) continue;
            BytesRef b = sketches.binaryValue();
            double estimate = StorySignature.estimate(sketch, Story.sketchOf(b.bytes, b.offset, b.length));
            if (estimate < StorySignature.ESTIMATE_FLOOR || estimate <= bestSimilarity) continue;
            double sim = estimate >= StorySignature.ESTIMATE_SURE ? estimate : exact(signature, sd.doc, searcher);
            if (sim >= StorySignature.THRESHOLD && sim > bestSimilarity) {
                best = stories.lookupOrd(stories.nextOrd()).utf8ToString();
                bestSimilarity = sim;
            }
        }
        return best;
    }

    /** @return the pending members sharing the most band terms with {@code bands}, at most {@link #CANDIDATES} */
    private List<Member> pendingCandidates(List<String> bands) {
        Map<Member, Integer> shared = new HashMap<>();
        for (String band : bands) {
            for (Member m : pendingByBand.getOrDefault(band, List.of())) shared.merge(m, 1, Integer::sum);
        }
        return shared.entrySet().stream().sorted(Map.Entry.<Member, Integer>comparingByValue().reversed())
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /** @return the exact similarity of a stored body to {@code signature}; 0 when either is too short */
    private static double exact(StorySignature signature, int doc, IndexSearcher searcher) throws IOException {
        String body = searcher.storedFields().document(doc, Set.of(Schema.BODY)).get(Schema.BODY);
        StorySignature other = StorySignature.of(body);
        return signature.isNearDuplicate(other) ? signature.jaccard(other) : 0;
    }

    private static TopDocs indexCandidates(String url, List<String> bands, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.URL, url)), Occur.MUST_NOT);
        for (String band : bands) q.add(new TermQuery(new Term(Schema.STORY_BAND, band)), Occur.SHOULD);
        return searcher.search(q.build(), CANDIDATES);
    }

    private void remember(Member m) {
        Member old = pendingByUrl.put(m.url(), m);
        if (old != null) for (String band : old.bands()) pendingByBand.get(band).remove(old);
        for (String band : m.bands()) pendingByBand.computeIfAbsent(band, b -> new ArrayList<>()).add(m);
    }
}
