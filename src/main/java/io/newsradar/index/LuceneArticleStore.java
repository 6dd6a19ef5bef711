package io.newsradar.index;

import io.newsradar.index.dedup.StorySignature;
import io.newsradar.model.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The on-disk Lucene {@link ArticleStore}: an {@link IndexWriter} on {@code <data>/index}, one document per
 * canonical URL ({@code updateDocument} by the {@link Schema#URL} term), reads through a near-real-time
 * {@link SearcherManager}.
 *
 * <p>Durability: only {@link #commit()} (and {@link #close()}) make writes durable. Lucene commit points are
 * atomic, so a crash or kill at any moment leaves the index as of the last commit, never a corrupt one; writes
 * since then are lost and are re-done by ingesting again (upserts are idempotent). Only one process may write an
 * index at a time (Lucene's {@code write.lock}); readers ({@code LuceneArticleSearcher}) may open it alongside.
 *
 * <p>{@link #setThemes} rewrites the whole document (Lucene cannot change a keyword field in place), so re-tagging
 * costs about what ingesting costs, but only for articles whose theme list actually changes.
 *
 * <p>Stories: each upsert joins the article to a near-duplicate group ({@link StoryGrouper}) and stores the group's
 * id in {@link Schema#STORY} and the body's band terms in {@link Schema#STORY_BAND}; a stored URL keeps its story.
 *
 * <p>Thread-safe. The first-seen time of a URL is read from the stored document before it is replaced; URLs
 * written since the last reader refresh are remembered in memory so two updates in one batch keep it too.
 */
public final class LuceneArticleStore implements ArticleStore {
    /** Pending URLs after which the reader is refreshed, bounding the memory of the first-seen map. */
    private static final int REFRESH_EVERY = 20_000;
    private static final int STRIPES = 64;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** URL -> first-seen ms of documents written since the last refresh (not yet visible to {@link #searchers}). */
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    /** Ids of the documents in {@link #pending}. */
    private final Set<String> pendingIds = ConcurrentHashMap.newKeySet();
    private final ReentrantReadWriteLock refreshLock = new ReentrantReadWriteLock();
    private final ReentrantLock[] urlLocks = new ReentrantLock[STRIPES];
    private final ReentrantLock dueRefresh = new ReentrantLock();
    private final StoryGrouper stories = new StoryGrouper();

    private LuceneArticleStore(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        for (int i = 0; i < STRIPES; i++) urlLocks[i] = new ReentrantLock();
    }

    /**
     * Opens (creating when absent) the index in {@code <dataDir>/index}.
     *
     * @param dataDir the newsradar data directory; created when missing
     * @return the store; close it to commit and release the write lock
     * @throws IOException when the directory cannot be created or another process holds the index's write lock
     */
    public static LuceneArticleStore open(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("index");
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        FSDirectory fs = FSDirectory.open(dir);
        try {
            return new LuceneArticleStore(new IndexWriter(fs, config));
        } catch (LockObtainFailedException e) {
            fs.close();
            throw new IOException(dir + ": index is being written by another newsradar process", e);
        }
    }

    @Override
    public boolean upsert(Article article, Collection<String> themes, Instant seenAt) throws IOException {
        return upsert(article, null, themes, seenAt);
    }

    /** Like {@link #upsert(Article, Collection, Instant)}; the text fields are indexed from the analysis's tokens. */
    @Override
    public boolean upsert(ArticleAnalysis analysis, Collection<String> themes, Instant seenAt) throws IOException {
        return upsert(analysis.article(), analysis, themes, seenAt);
    }

    /** @param analysis the article's analysis, or null to analyse it while indexing */
    private boolean upsert(Article article, ArticleAnalysis analysis, Collection<String> themes, Instant seenAt)
            throws IOException {
        String url = article.canonicalUrl();
        ReentrantLock lock = urlLocks[Math.floorMod(url.hashCode(), STRIPES)];
        refreshLock.readLock().lock();
        lock.lock();
        try {
            Long firstSeen = pending.get(url);
            Prior prior = firstSeen == null ? storedPrior(url) : null;
            if (prior != null) firstSeen = prior.firstSeen();
            boolean isNew = firstSeen == null;
            long seen = isNew ? seenAt.toEpochMilli() : firstSeen;
            Story story = assignStory(article, prior);
            Instant first = Instant.ofEpochMilli(seen);
            writer.updateDocument(new Term(Schema.URL, url), analysis == null
                    ? ArticleDocuments.toDocument(article, themes, first, story)
                    : ArticleDocuments.toDocument(analysis, themes, first, story));
            pending.put(url, seen);
            pendingIds.add(article.id());
            return isNew;
        } finally {
            lock.unlock();
            refreshLock.readLock().unlock();
            if (refreshDue()) refreshWhenDue();
        }
    }

    private boolean refreshDue() {
        return pending.size() >= REFRESH_EVERY || stories.full();
    }

    /**
     * The refresh that bounds the pending memory: done by one writer; the others, who found it due at the same
     * time, go on writing instead of queueing for refreshes of their own (each would flush the few documents
     * written meanwhile as one more tiny segment, which every later band lookup would have to search).
     */
    private void refreshWhenDue() throws IOException {
        if (!dueRefresh.tryLock()) return;
        try {
            if (refreshDue()) refresh();
        } finally {
            dueRefresh.unlock();
        }
    }

    @Override
    public void setThemes(String id, Collection<String> themes) throws IOException {
        Optional<StoredArticle> stored = get(id);
        if (stored.isEmpty()) return;
        if (stored.get().themes().equals(List.copyOf(new LinkedHashSet<>(themes)))) return; // unchanged: no rewrite
        upsert(stored.get().article(), themes, stored.get().firstSeen());
    }

    @Override
    public Optional<StoredArticle> get(String idOrUrl) throws IOException {
        Optional<StoredArticle> found = lookup(idOrUrl);
        boolean stale = found.isEmpty() ? pending.containsKey(idOrUrl) || pendingIds.contains(idOrUrl)
                : pending.containsKey(found.get().article().canonicalUrl());
        if (!stale) return found;
        refresh();
        return lookup(idOrUrl);
    }

    @Override
    public void forEach(Consumer<StoredArticle> visitor) throws IOException {
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) visitor.accept(toStored(stored.document(doc)));
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
        refresh();
    }

    @Override
    public long count() throws IOException {
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try (writer; searchers) {
            writer.commit();
        }
    }

    /**
     * Makes all writes visible to {@link #get}, {@link #forEach} and {@link #count}; forgets the pending map. The
     * bulk of the work (flushing the buffered documents to a segment, opening its reader) is done first while
     * writers go on; only a second, small refresh of what they wrote meanwhile holds them up.
     */
    private void refresh() throws IOException {
        if (pending.isEmpty()) return;
        searchers.maybeRefreshBlocking();
        refreshLock.writeLock().lock();
        try {
            searchers.maybeRefreshBlocking();
            pending.clear();
            pendingIds.clear();
            stories.clear();
        } finally {
            refreshLock.writeLock().unlock();
        }
    }

    /** What the searchable index already holds for a URL. */
    private record Prior(long firstSeen, String story) {}

    private Prior storedPrior(String url) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.URL, url)), 1);
            if (top.scoreDocs.length == 0) return null;
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.FIRST_SEEN, Schema.STORY));
            return new Prior(ArticleDocuments.firstSeen(d).toEpochMilli(), ArticleDocuments.story(d));
        } finally {
            searchers.release(searcher);
        }
    }

    private Story assignStory(Article article, Prior prior) throws IOException {
        StorySignature signature = StorySignature.of(article.body());
        IndexSearcher searcher = searchers.acquire();
        try {
            return stories.assign(article.id(), article.canonicalUrl(), prior == null ? null : prior.story(),
                    signature, searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    private Optional<StoredArticle> lookup(String idOrUrl) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return ArticleDocuments.find(searcher, idOrUrl);
        } finally {
            searchers.release(searcher);
        }
    }

    private static StoredArticle toStored(Document d) {
        return new StoredArticle(ArticleDocuments.toArticle(d), ArticleDocuments.themes(d), ArticleDocuments.firstSeen(d),
                ArticleDocuments.story(d));
    }
}
