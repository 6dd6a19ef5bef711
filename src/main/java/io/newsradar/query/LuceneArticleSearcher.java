package io.newsradar.query;

import io.newsradar.index.AnalyzerWarmup;
import io.newsradar.index.ArticleDocuments;
import io.newsradar.index.ArticleStore;
import io.newsradar.index.Schema;
import io.newsradar.index.syntax.ExpansionGuard;
import io.newsradar.index.syntax.QuerySyntax;
import io.newsradar.model.Hit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * The Lucene {@link ArticleSearcher} over the index in {@code <data>/index}: a point-in-time view of the last commit
 * (open a new searcher to see later commits). Thread-safe.
 * <ul>
 *   <li>Query: {@link QuerySyntax} over title and body (dates in {@code published:} read in the query zone,
 *       UTC unless given to {@link #open(Path, ZoneId)}); the request's
 *       themes, since/until (on {@code published}, {@code [since, until)}), lang and source are non-scoring
 *       filters. Articles without a publication date never pass a since/until filter.</li>
 *   <li>Order: relevance (BM25, title weighted 2) or date (newest first, undated last, score {@code NaN}).</li>
 *   <li>Total: exact (every match is counted).</li>
 *   <li>Collapse ({@link SearchRequest#collapse()}): one hit per story, the best ranked, with
 *       {@link Hit#similarCount()} the story's other matches ({@link StoryCollapse}).</li>
 *   <li>Snippet: about 200 characters of the body around the densest matches, with the offsets of the matched
 *       terms in whichever language field matched ({@link Snippets}); the body's start when only the title or a
 *       filter matched.</li>
 *   <li>Facets ({@code theme}, {@code source}, {@code site}, {@code lang}, {@code day}): counted over all matches in
 *       the same pass from doc values; {@code day} is the publication date as the publisher printed it (in the
 *       article's own UTC offset), undated articles are not counted there.</li>
 *   <li>Significant terms: {@link ForegroundTerms} counts, {@link SignificantTerms} scores.</li>
 *   <li>Timeline: publication times of all matches bucketed in the requested zone, zero-filled.</li>
 * </ul>
 * Opening is cheap (no global ordinals, analyzers warmed up in the background): a whole {@code newsradar search}
 * process is dominated by JVM start and class loading.
 */
public final class LuceneArticleSearcher implements ArticleSearcher {
    private static final Set<String> HIT_FIELDS = Set.of(Schema.ID, Schema.URL, Schema.TITLE, Schema.SOURCE,
            Schema.SITE, Schema.LANG, Schema.PUBLISHED_ISO, Schema.FIRST_SEEN, Schema.THEME, Schema.BODY, Schema.STORY);
    /** Fields of story members: a hit's fields without the body (no snippet). */
    private static final Set<String> STORY_FIELDS = Set.of(Schema.ID, Schema.URL, Schema.TITLE, Schema.SOURCE,
            Schema.SITE, Schema.LANG, Schema.PUBLISHED_ISO, Schema.FIRST_SEEN, Schema.THEME, Schema.STORY);
    /** Terms in fewer matching articles are not reported as significant. */
    private static final int MIN_FOREGROUND_COUNT = 2;
    /** Most ranked matches read to find {@code limit} distinct stories when collapsing. */
    private static final int MAX_FETCH = 10_000;
    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final ZoneId queryZone;
    private final Closeable owned;

    /**
     * @param reader    the index to search; {@link #close()} does not close it
     * @param queryZone zone in which {@code published:} dates without an offset are read
     */
    public LuceneArticleSearcher(IndexReader reader, ZoneId queryZone) {
        this(reader, queryZone, () -> { });
    }

    private LuceneArticleSearcher(IndexReader reader, ZoneId queryZone, Closeable owned) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.queryZone = queryZone;
        this.owned = owned;
    }

    /**
     * Opens the index of a data directory read-only; an absent index searches as empty.
     *
     * @param dataDir the newsradar data directory (the index is {@code <dataDir>/index})
     * @return a searcher over the last commit; close it to release the files
     * @throws IOException when the index exists but cannot be read
     */
    public static LuceneArticleSearcher open(Path dataDir) throws IOException {
        return open(dataDir, ZoneOffset.UTC);
    }

    /**
     * Like {@link #open(Path)}, reading dates without an offset in {@code published:} ranges in {@code queryZone}.
     *
     * @param dataDir   the newsradar data directory
     * @param queryZone zone of {@code published:[2025-01-01 TO 2025-01-31]} style bounds
     */
    public static LuceneArticleSearcher open(Path dataDir, ZoneId queryZone) throws IOException {
        AnalyzerWarmup.start(); // query analysis needs Kuromoji's dictionary: load it while the index opens
        Path dir = dataDir.resolve("index");
        if (!Files.isDirectory(dir)) return new LuceneArticleSearcher(new MultiReader(), queryZone);
        FSDirectory fs = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(fs)) {
            fs.close();
            return new LuceneArticleSearcher(new MultiReader(), queryZone);
        }
        DirectoryReader r = DirectoryReader.open(fs);
        return new LuceneArticleSearcher(r, queryZone, () -> {
            try (fs) {
                r.close();
            }
        });
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        long t0 = System.nanoTime();
        Query text = QuerySyntax.parse(request.query(), QuerySyntax.DEFAULT_FIELDS, queryZone);
        Query query = filtered(text, request);
        int fetch = request.collapse() ? Math.min(MAX_FETCH, request.limit() * 4 + 16) : request.limit();
        List<String> dims = new ArrayList<>(request.facets());
        if (request.collapse() && !dims.contains("story")) dims.add("story");
        Object[] results = ExpansionGuard.run(() -> searcher.search(query,
                new MultiCollectorManager(top(request.sort(), fetch), new FacetCounter(dims))));
        TopDocs docs = (TopDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<String, List<SearchResult.FacetCount>> counted = (Map<String, List<SearchResult.FacetCount>>) results[1];
        Map<String, List<SearchResult.FacetCount>> facets = new java.util.LinkedHashMap<>(counted);
        facets.keySet().retainAll(request.facets());
        Query highlight = request.query().isBlank() ? null : text;
        List<Hit> hits = request.collapse() ? collapsed(query, request, docs, highlight)
                : hits(List.of(docs.scoreDocs), highlight, request.sort());
        long stories = request.collapse() ? storyCount(docs.totalHits.value(), counted.get("story")) : -1;
        return new SearchResult(docs.totalHits.value(), hits, facets, (System.nanoTime() - t0) / 1_000_000, stories);
    }

    /** Distinct stories among {@code total} matches: each storied match counted once per story, others singly. */
    private static long storyCount(long total, List<SearchResult.FacetCount> perStory) {
        long inStories = 0;
        for (SearchResult.FacetCount c : perStory) inStories += c.count();
        return perStory.size() + (total - inStories);
    }

    private static CollectorManager<?, ? extends TopDocs> top(SearchRequest.Sort sort, int n) {
        return sort == SearchRequest.Sort.DATE
                ? new TopFieldCollectorManager(byDate(Schema.PUBLISHED), n, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(n, Integer.MAX_VALUE);
    }

    /**
     * The best-ranked match of each of the first {@code limit} stories, each with the number of other matches of
     * its story; fetches deeper (up to {@link #MAX_FETCH} matches) while the ranked matches hold too few stories.
     */
    private List<Hit> collapsed(Query query, SearchRequest r, TopDocs first, Query text) throws IOException {
        TopDocs ranked = first;
        Map<String, ScoreDoc> best = StoryCollapse.best(searcher, ranked.scoreDocs, r.limit());
        while (best.size() < r.limit() && ranked.scoreDocs.length < Math.min(MAX_FETCH, first.totalHits.value())) {
            int deeper = Math.min(MAX_FETCH, ranked.scoreDocs.length * 4);
            ranked = ExpansionGuard.run(() -> searcher.search(query, top(r.sort(), deeper)));
            best = StoryCollapse.best(searcher, ranked.scoreDocs, r.limit());
        }
        Map<String, Long> counts = StoryCollapse.counts(searcher, query, best.keySet());
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits(best.values(), text, r.sort())) {
            long all = h.story() == null ? 1 : counts.getOrDefault(h.story(), 1L);
            out.add(h.withSimilarCount((int) Math.min(Integer.MAX_VALUE, Math.max(0, all - 1))));
        }
        return out;
    }

    @Override
    public List<TimelineBucket> timeline(SearchRequest request, Bucket by, ZoneId zone) throws IOException {
        Query query = filtered(QuerySyntax.parse(request.query(), QuerySyntax.DEFAULT_FIELDS, queryZone), request);
        long[] published = ExpansionGuard.run(() -> searcher.search(query, new Timelines.Published()));
        return Timelines.buckets(published, request.since(), request.until(), by, zone);
    }

    @Override
    public List<SignificantTerms.Term> significantTerms(SearchRequest request, int limit) throws IOException {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        Query query = filtered(QuerySyntax.parse(request.query(), QuerySyntax.DEFAULT_FIELDS, queryZone), request);
        List<SignificantTerms.Counts> counts = ExpansionGuard.run(() -> ForegroundTerms.count(searcher, query));
        return SignificantTerms.top(counts, MIN_FOREGROUND_COUNT, limit);
    }

    @Override
    public List<SignificantTerms.Term> characteristicTerms(String theme, Instant from, Instant to, int limit) throws IOException {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        var sample = ForegroundTerms.headlinesAndLeads(CHARACTERISTIC_SAMPLE, byDate(Schema.FIRST_SEEN));
        return SignificantTerms.top(ForegroundTerms.count(searcher, firstSeenQuery(theme, from, to), sample),
                MIN_FOREGROUND_COUNT, limit);
    }

    private static Query firstSeenQuery(String theme, Instant from, Instant to) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.THEME, theme)), Occur.FILTER)
                .add(QuerySyntax.range(Schema.FIRST_SEEN, from.toEpochMilli(), to.toEpochMilli() - 1), Occur.FILTER)
                .build();
    }

    @Override
    public SearchResult firstSeen(String theme, Instant from, Instant to, int limit) throws IOException {
        long t0 = System.nanoTime();
        Query query = firstSeenQuery(theme, from, to);
        TopDocs docs = searcher.search(query, new TopFieldCollectorManager(byDate(Schema.FIRST_SEEN), limit, Integer.MAX_VALUE));
        List<Hit> hits = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc sd : docs.scoreDocs) hits.add(bareHit(searcher.storedFields().document(sd.doc, STORY_FIELDS)));
        return new SearchResult(docs.totalHits.value(), hits, Map.of(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public Optional<ArticleStore.StoredArticle> article(String idOrUrl) throws IOException {
        return ArticleDocuments.find(searcher, idOrUrl);
    }

    @Override
    public SearchResult similar(String idOrUrl, int limit) throws IOException {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be 1..10000, was " + limit);
        long t0 = System.nanoTime();
        TopDocs found = searcher.search(ArticleDocuments.keyQuery(idOrUrl), 1);
        if (found.scoreDocs.length == 0) return new SearchResult(0, List.of(), Map.of(), 0);
        Query like = Similar.query(reader, searcher.storedFields().document(found.scoreDocs[0].doc));
        TopDocs docs = searcher.search(like, new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE));
        return new SearchResult(docs.totalHits.value(), hits(List.of(docs.scoreDocs), null, SearchRequest.Sort.RELEVANCE), Map.of(),
                (System.nanoTime() - t0) / 1_000_000);
    }


    @Override
    public SearchResult story(String storyId, int limit) throws IOException {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit must be 1..10000, was " + limit);
        long t0 = System.nanoTime();
        Sort earliest = new Sort(new SortField(Schema.FIRST_SEEN, SortField.Type.LONG), SortField.FIELD_DOC);
        TopDocs docs = searcher.search(new TermQuery(new Term(Schema.STORY, storyId)),
                new TopFieldCollectorManager(earliest, limit, Integer.MAX_VALUE));
        return new SearchResult(docs.totalHits.value(), hits(List.of(docs.scoreDocs), null, SearchRequest.Sort.DATE),
                Map.of(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public Map<String, Long> storySizes(Collection<String> storyIds, Instant before) throws IOException {
        if (storyIds.isEmpty()) return Map.of();
        return StoryCollapse.counts(searcher, QuerySyntax.range(Schema.FIRST_SEEN, Long.MIN_VALUE, before.toEpochMilli() - 1), storyIds);
    }

    @Override
    public Map<String, Mentions> mentions(String query, Collection<String> ids) throws IOException {
        return QueryPlacements.of(searcher, query, ids);
    }

    @Override
    public Map<String, List<Hit>> stories(Collection<String> storyIds, Instant before, int limitPerStory) throws IOException {
        if (limitPerStory < 1 || limitPerStory > 10_000) throw new IllegalArgumentException("limit must be 1..10000, was " + limitPerStory);
        Map<String, List<Hit>> out = new java.util.HashMap<>();
        if (storyIds.isEmpty()) return out;
        List<org.apache.lucene.util.BytesRef> terms = storyIds.stream().distinct().map(org.apache.lucene.util.BytesRef::new).toList();
        Query q = new BooleanQuery.Builder()
                .add(new org.apache.lucene.search.TermInSetQuery(Schema.STORY, terms), Occur.FILTER)
                .add(QuerySyntax.range(Schema.FIRST_SEEN, Long.MIN_VALUE, before.toEpochMilli() - 1), Occur.FILTER)
                .build();
        int max = (int) Math.min(1_000_000L, (long) terms.size() * limitPerStory);
        Sort earliest = new Sort(new SortField(Schema.FIRST_SEEN, SortField.Type.LONG), SortField.FIELD_DOC);
        TopDocs docs = searcher.search(q, new TopFieldCollectorManager(earliest, max, Integer.MAX_VALUE));
        List<LeafReaderContext> leaves = reader.leaves();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (ScoreDoc sd : docs.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            org.apache.lucene.index.SortedSetDocValues dv = org.apache.lucene.index.DocValues.getSortedSet(leaf.reader(), Schema.STORY);
            if (dv.advanceExact(sd.doc - leaf.docBase) && seen.merge(dv.lookupOrd(dv.nextOrd()).utf8ToString(), 1, Integer::sum) > limitPerStory) {
                continue; // over the limit: not read (stored fields are the cost here)
            }
            Document d = searcher.storedFields().document(sd.doc, STORY_FIELDS);
            List<Hit> members = out.computeIfAbsent(ArticleDocuments.story(d), k -> new ArrayList<>());
            if (members.size() < limitPerStory) members.add(bareHit(d));
        }
        return out;
    }

    /** @return a hit of a document read with {@link #STORY_FIELDS}: no snippet, score NaN */
    private static Hit bareHit(Document d) {
        String iso = d.get(Schema.PUBLISHED_ISO);
        return new Hit(d.get(Schema.ID), d.get(Schema.URL), d.get(Schema.TITLE), d.get(Schema.SOURCE),
                d.get(Schema.SITE), d.get(Schema.LANG), iso == null ? null : OffsetDateTime.parse(iso),
                ArticleDocuments.firstSeen(d), Float.NaN, null, ArticleDocuments.themes(d), ArticleDocuments.story(d), 0);
    }

    @Override
    public void close() throws IOException {
        owned.close();
    }

    /** @return the underlying Lucene searcher (for benchmarks and diagnostics) */
    public IndexSearcher indexSearcher() {
        return searcher;
    }

    private static Sort byDate(String field) {
        SortField sf = new SortField(field, SortField.Type.LONG, true);
        sf.setMissingValue(Long.MIN_VALUE);
        return new Sort(sf, SortField.FIELD_DOC);
    }

    /** The text query with the request's filters as non-scoring clauses. */
    static Query filtered(Query text, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        for (String theme : r.themes()) b.add(new TermQuery(new Term(Schema.THEME, theme)), Occur.FILTER);
        if (r.since() != null || r.until() != null) {
            long from = r.since() == null ? Long.MIN_VALUE : r.since().toEpochMilli();
            long to = r.until() == null ? Long.MAX_VALUE : r.until().toEpochMilli() - 1;
            b.add(QuerySyntax.range(Schema.PUBLISHED, from, to), Occur.FILTER);
        }
        if (r.lang() != null) b.add(new TermQuery(new Term(Schema.LANG, r.lang())), Occur.FILTER);
        if (r.source() != null) b.add(new TermQuery(new Term(Schema.SOURCE, r.source())), Occur.FILTER);
        return b.build();
    }

    /**
     * A range filter on a point + doc-values field: Lucene walks the points when the range leads the search and
     * checks doc values per candidate when a selective text clause leads (no bitset of the whole range built).
     */
    private List<Hit> hits(Collection<ScoreDoc> docs, Query text, SearchRequest.Sort sort) throws IOException {
        Weight weight = text == null || text instanceof MatchAllDocsQuery ? null
                : searcher.createWeight(searcher.rewrite(text), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = reader.leaves();
        List<Hit> out = new ArrayList<>(docs.size());
        for (ScoreDoc sd : docs) {
            Document d = searcher.storedFields().document(sd.doc, HIT_FIELDS);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            String iso = d.get(Schema.PUBLISHED_ISO);
            float score = sort == SearchRequest.Sort.DATE ? Float.NaN : sd.score;
            out.add(new Hit(d.get(Schema.ID), d.get(Schema.URL), d.get(Schema.TITLE), d.get(Schema.SOURCE),
                    d.get(Schema.SITE), d.get(Schema.LANG), iso == null ? null : OffsetDateTime.parse(iso),
                    ArticleDocuments.firstSeen(d), score,
                    Snippets.of(weight, leaf, sd.doc - leaf.docBase, d.get(Schema.BODY)), ArticleDocuments.themes(d),
                    ArticleDocuments.story(d), 0));
        }
        return out;
    }
}
