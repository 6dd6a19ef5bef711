package io.newsradar.pipeline;

import io.newsradar.archive.ReplayCounts;
import io.newsradar.archive.WarcReplay;
import io.newsradar.index.ArticleStore;
import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code newsradar reindex}: rebuilds the Lucene index from the WARC files in {@code <data>/warc} (ISO 28500,
 * replayed oldest file first) with the current extractor, analyzers and themes, into a fresh index that replaces
 * {@code <data>/index} only once the rebuild is complete and committed ({@link IndexSwap}); an exception, a kill or
 * a full disk leaves the old index as it was. The old index stays write-locked during the rebuild, so no crawl
 * writes to it meanwhile.
 *
 * <p>First-seen times are kept: an article the old index holds keeps its first-seen; a new one gets the
 * {@code WARC-Date} of its first replayed fetch (files are replayed oldest first; pages are extracted by a few
 * threads, so two fetches of one URL a few records apart may be stored in either order). Articles of the old index that the archive does not hold (ingested from
 * HTML files or JSON Lines) are carried over as stored and re-tagged, unless {@code warcOnly}. An old index that
 * cannot be read (corrupt, deleted) is reported as one failure and the rebuild goes on from the archive alone.
 */
public final class Reindex {
    /** Threads extracting and storing replayed pages: the cores, at most 4. */
    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Replayed pages waiting for a worker, at most (bounds memory: a page is up to max_body_bytes). */
    static final int IN_FLIGHT = 2 * WORKERS;

    private final Workspace workspace;
    private final boolean warcOnly;
    private final Consumer<Failure> failures;
    private final ReindexProgress progress;
    private final AtomicLong failed = new AtomicLong();

    /**
     * @param workspace the data directory; its store must not be open (the rebuild takes the index's write lock)
     * @param warcOnly  drop old articles the archive does not hold instead of carrying them over
     * @param failures  told about each record or article that failed, as it happens
     * @param progress  told how far the rebuild is
     */
    public Reindex(Workspace workspace, boolean warcOnly, Consumer<Failure> failures, ReindexProgress progress) {
        this.workspace = workspace;
        this.warcOnly = warcOnly;
        this.failures = f -> {
            failed.incrementAndGet();
            synchronized (failures) {
                failures.accept(f);
            }
        };
        this.progress = progress;
    }

    /** @return the WARC files of a data directory ({@code <data>/warc/*.warc[.gz]}), oldest (by name) first */
    public static List<Path> warcFiles(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("warc");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(Reindex::isWarc).sorted().toList();
        }
    }

    private static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /**
     * Rebuilds and swaps.
     *
     * @return what was done
     * @throws IOException when the new index cannot be written or swapped in (the old one is kept), or another
     *                     process writes the index
     */
    public ReindexSummary run() throws IOException {
        Path dataDir = workspace.dir();
        IndexSwap.recover(dataDir);
        List<Path> files = warcFiles(dataDir);
        ReindexSummary summary;
        try (LuceneArticleStore old = openOld(dataDir)) {
            Map<String, Instant> firstSeen = firstSeen(old);
            summary = rebuild(files, old, firstSeen);
        } catch (IOException | RuntimeException e) {
            IndexSwap.deleteTree(IndexSwap.buildDir(dataDir));
            throw e;
        }
        IndexSwap.swap(dataDir);
        return summary;
    }

    private ReindexSummary rebuild(List<Path> files, ArticleStore old, Map<String, Instant> firstSeen) throws IOException {
        Path build = IndexSwap.buildDir(workspace.dir());
        IndexSwap.deleteTree(build);
        try (LuceneArticleStore fresh = LuceneArticleStore.open(build)) {
            Ingestor ingestor = new Ingestor(workspace.extractor(), workspace.matcher(), fresh, workspace.clock(), workspace.hints());
            Set<String> rebuilt = ConcurrentHashMap.newKeySet();
            ReplayCounts replayed = replayAll(files, ingestor, firstSeen, rebuilt);
            long fromArchive = ingestor.added();
            long carried = warcOnly || old == null ? 0 : carryOver(old, rebuilt, ingestor);
            fresh.commit();
            progress.finish();
            return new ReindexSummary(files.size(), replayed.records(), replayed.pages(), fromArchive,
                    ingestor.skipped(), carried, fresh.count(), failed.get());
        }
    }

    /**
     * Replays every file, oldest first, on this thread; pages are extracted and stored by {@link #WORKERS} threads
     * (at most {@link #IN_FLIGHT} pages waiting). {@code rebuilt} collects the canonical URLs stored.
     */
    private ReplayCounts replayAll(List<Path> files, Ingestor ingestor, Map<String, Instant> firstSeen,
                                   Set<String> rebuilt) throws IOException {
        WarcReplay replay = new WarcReplay(workspace.settings().fetch().maxBodyBytes());
        long total = 0;
        for (Path f : files) total += Files.size(f);
        progress.start(total);
        long done = 0;
        int records = 0, pages = 0, skipped = 0, bad = 0;
        AtomicLong stored = new AtomicLong();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        try (ExecutorService workers = Executors.newFixedThreadPool(WORKERS)) {
            for (Path f : files) {
                long base = done;
                ReplayCounts c = replay.replay(f, page -> {
                    slots.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            ingest(ingestor, page, firstSeen, rebuilt);
                            stored.incrementAndGet();
                        } finally {
                            slots.release();
                        }
                    });
                }, failures, pos -> progress.advanced(base + pos, stored.get()));
                records += c.records();
                pages += c.pages();
                skipped += c.skipped();
                bad += c.failed();
                done += Files.size(f);
                progress.advanced(done, stored.get());
            }
        } // close() waits for the pages in flight
        progress.advanced(done, stored.get());
        return new ReplayCounts(records, pages, skipped, bad);
    }

    private void ingest(Ingestor ingestor, Page page, Map<String, Instant> firstSeen, Set<String> rebuilt) {
        try {
            ingestor.accept(page, a -> {
                rebuilt.add(a.canonicalUrl());
                return firstSeen.getOrDefault(a.canonicalUrl(), fetchedAt(page));
            }).ifPresent(failures);
        } catch (RuntimeException e) {
            failures.accept(new Failure(page.url(), Failure.Stage.INDEX, "cannot store: " + e));
        }
    }

    private Instant fetchedAt(Page page) {
        return page.fetchedAt() == null ? workspace.clock().instant() : page.fetchedAt();
    }

    /** Old articles the archive does not hold: stored again as they were, re-tagged with the current themes. */
    private long carryOver(ArticleStore old, Set<String> rebuilt, Ingestor ingestor) throws IOException {
        long[] n = {0};
        old.forEach(s -> {
            if (rebuilt.contains(s.article().canonicalUrl())) return;
            ingestor.store(s.article(), s.firstSeen()).ifPresentOrElse(failures, () -> n[0]++);
        });
        return n[0];
    }

    private LuceneArticleStore openOld(Path dataDir) throws IOException {
        try {
            return LuceneArticleStore.open(dataDir);
        } catch (IOException e) {
            if (e.getCause() instanceof LockObtainFailedException) throw e;
            failures.accept(new Failure(dataDir.resolve("index").toString(), Failure.Stage.INDEX,
                    "old index unreadable, rebuilding from the archive alone: " + e.getMessage()));
            return null;
        }
    }

    private static Map<String, Instant> firstSeen(ArticleStore old) throws IOException {
        Map<String, Instant> m = new HashMap<>();
        if (old != null) old.forEach(s -> m.put(s.article().canonicalUrl(), s.firstSeen()));
        return m;
    }
}
