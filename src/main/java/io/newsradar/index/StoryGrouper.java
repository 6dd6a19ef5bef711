package io.newsradar.index;

import io.newsradar.index.dedup.StorySignature;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
 * its earliest-first-seen member, and that member's source and first-seen time are the story's; a pending
 * candidate wins a tie with an index one. An article that is already stored keeps its story (re-ingesting or
 * re-tagging never moves it). Thread-safe: the index is read and compared outside this class's lock (the caller's
 * searcher is a fixed point in time), and the pending check with the remembering of the article is atomic, so two
 * copies written at once by two threads still meet.
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

    /** Band term -> its pending carrier (a {@link Member}), or carriers (a {@code List<Member>}): most bands have one. */
    private final Map<String, Object> pendingByBand = new HashMap<>();
    private final Map<String, Member> pendingByUrl = new HashMap<>();
    /** Story id -> its first member, for the pending members that started a story. */
    private final Map<String, Member> pendingRoots = new HashMap<>();
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
        boolean lookUp = storedStory == null && !bands.isEmpty();
        BandPostings indexed = lookUp ? BandPostings.find(url, bands, searcher) : BandPostings.NONE;
        boolean[] usable;
        synchronized (this) {
            usable = usableBands(bands, indexed);
        }
        List<Match> fromIndex = lookUp ? indexMatches(signature, sketch, indexed, usable, searcher) : List.of();
        synchronized (this) {
            Member pending = pendingByUrl.get(url);
            String story = pending != null ? pending.story() : storedStory;
            if (story == null && lookUp) {
                List<Match> matches = new ArrayList<>(pendingMatches(url, signature, bands, usable));
                matches.addAll(fromIndex);
                story = joinable(matches, signature, searcher);
            }
            if (story == null) story = id;
            Member m = new Member(id, url, story, signature, bands, order++);
            remember(m);
            if (story.equals(id)) pendingRoots.put(id, m);
            return new Story(story, bands, sketch);
        }
    }

    /**
     * A near-duplicate found among the candidates.
     *
     * @param story      its story
     * @param similarity its Jaccard similarity to the article
     * @param root       true when it is its story's first member
     */
    private record Match(String story, double similarity, boolean root) {}

    /**
     * @return the story of the most similar match (a pending one first on ties) whose story's first member is a
     *         near-duplicate of the article too, or null. Stories are stars around their first member, not chains:
     *         a series whose articles share only a template cannot grow through one member after another
     */
    private String joinable(List<Match> matches, StorySignature signature, IndexSearcher searcher) throws IOException {
        List<Match> ranked = new ArrayList<>(matches);
        ranked.sort((a, b) -> Double.compare(b.similarity(), a.similarity())); // stable: pending first on ties
        for (Match m : ranked) {
            if (m.root()) return m.story();
            StorySignature root = rootSignature(m.story(), searcher);
            if (root == null || signature.isNearDuplicate(root)) return m.story();
        }
        return null;
    }

    /** @return the signature of the story's first member, pending or indexed; null when it is not found */
    private StorySignature rootSignature(String story, IndexSearcher searcher) throws IOException {
        Member pending = pendingRoots.get(story);
        if (pending != null) return pending.signature();
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, story)), 1);
        if (top.scoreDocs.length == 0) return null;
        String body = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.BODY)).get(Schema.BODY);
        return body == null ? null : StorySignature.of(body);
    }

    /** @return true when enough articles are pending that the caller should refresh and then {@link #clear()} */
    synchronized boolean full() {
        return pendingByUrl.size() >= PENDING_MAX;
    }

    /** Forgets the pending articles: call after the searcher has been refreshed to see them. */
    synchronized void clear() {
        pendingByBand.clear();
        pendingByUrl.clear();
        pendingRoots.clear();
    }

    /** @return the near-duplicates among the pending candidates (under this class's lock) */
    private List<Match> pendingMatches(String url, StorySignature signature, List<String> bands, boolean[] usable) {
        List<Match> out = new ArrayList<>();
        for (Member m : pendingCandidates(url, bands, usable)) {
            if (signature.isNearDuplicate(m.signature())) {
                out.add(new Match(m.story(), signature.jaccard(m.signature()), m.id().equals(m.story())));
            }
        }
        return out;
    }

    /** @return the near-duplicates among the index candidates (reads the index only: no lock needed) */
    private static List<Match> indexMatches(StorySignature signature, int[] sketch, BandPostings indexed,
                                            boolean[] usable, IndexSearcher searcher) throws IOException {
        List<Match> out = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int docId : indexCandidates(indexed, usable)) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
            int doc = docId - leaf.docBase;
            BinaryDocValues sketches = leaf.reader().getBinaryDocValues(Schema.STORY_SKETCH);
            SortedSetDocValues stories = DocValues.getSortedSet(leaf.reader(), Schema.STORY);
            if (sketches == null || !sketches.advanceExact(doc) || !stories.advanceExact(doc)) continue;
            BytesRef b = sketches.binaryValue();
            if (StorySignature.estimate(sketch, Story.sketchOf(b.bytes, b.offset, b.length)) < StorySignature.ESTIMATE_FLOOR) {
                continue;
            }
            Document stored = searcher.storedFields().document(docId, Set.of(Schema.BODY, Schema.ID));
            StorySignature other = StorySignature.of(stored.get(Schema.BODY));
            if (!signature.isNearDuplicate(other)) continue;
            String story = stories.lookupOrd(stories.nextOrd()).utf8ToString();
            out.add(new Match(story, signature.jaccard(other), story.equals(stored.get(Schema.ID))));
        }
        return out;
    }

    /**
     * @return per band, whether it may select candidates: fewer than {@link #COMMON_BAND} other articles carry it,
     *         or most of the article's bands are that common
     */
    private boolean[] usableBands(List<String> bands, BandPostings indexed) {
        boolean[] usable = new boolean[bands.size()];
        int common = 0;
        for (int i = 0; i < usable.length; i++) {
            int df = indexed.docFreq(i) + carriers(bands.get(i)).size();
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
            for (Member m : carriers(bands.get(i))) {
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

    private void remember(Member m) {
        Member old = pendingByUrl.put(m.url(), m);
        if (old != null) for (String band : old.bands()) removeCarrier(band, old);
        for (String band : m.bands()) addCarrier(band, m);
    }

    @SuppressWarnings("unchecked")
    private List<Member> carriers(String band) {
        Object v = pendingByBand.get(band);
        return v == null ? List.of() : v instanceof Member m ? List.of(m) : (List<Member>) v;
    }

    @SuppressWarnings("unchecked")
    private void addCarrier(String band, Member m) {
        pendingByBand.merge(band, m, (had, x) -> {
            if (had instanceof Member first) {
                List<Member> both = new ArrayList<>(2);
                both.add(first);
                both.add(m);
                return both;
            }
            ((List<Member>) had).add(m);
            return had;
        });
    }

    private void removeCarrier(String band, Member m) {
        Object v = pendingByBand.get(band);
        if (v == m) {
            pendingByBand.remove(band);
        } else if (v instanceof List<?> list) {
            list.remove(m);
            if (list.size() == 1) pendingByBand.put(band, list.getFirst());
        }
    }
}
