package io.newsradar.query;

import io.newsradar.index.Analyzers;
import io.newsradar.index.ArticleAnalysis;
import io.newsradar.index.ArticleDocuments;
import io.newsradar.index.LuceneArticleStore;
import io.newsradar.index.Story;
import io.newsradar.index.dedup.StorySignature;
import io.newsradar.model.Article;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A search benchmark as issue 5 states it: index {@code n} articles taken from a corpus (repeated with fresh ids
 * and URLs when {@code n} exceeds it; publication dates spread uniformly over 2024-2025), tag each with
 * synthetic theme labels ({@link #THEMES}, each on about 1 article in 8, chosen from a hash of the id: the filter's
 * cost, not the tagger's, is measured), then run queries with a theme filter, a 30-120 day date range and facets
 * {@code theme,source,lang,day}, and report latency percentiles. Pure code: the CLI prints the {@link Result}.
 */
public final class SearchBench {
    /** Synthetic theme labels used as filters. */
    public static final List<String> THEMES = List.of("Semiconductor export controls", "US-China AI competition",
            "DeepSeek", "Energy", "Trade", "Markets", "Technology", "Sports");
    /** Queries mixing languages, phrases, wildcards and proximity. */
    public static final List<String> QUERIES = List.of("東京", "映画 監督", "\"スマートフォン\"", "携帯 OR スマートフォン",
            "oil", "coffee OR cocoa", "\"interest rates\"", "export*", "bank NEAR/5 rates", "trade NOT japan",
            "選手 AND 監督", "market", "");
    private static final List<String> FACETS = List.of("theme", "source", "lang", "day");
    private static final long SPAN_START = LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final long SPAN_DAYS = 731;

    private SearchBench() {}

    /**
     * @param articles     articles indexed
     * @param ingestPerSec articles indexed per second, commit included (wall clock, {@code threads} threads)
     * @param openMs       time to open a searcher on the committed index, milliseconds
     * @param queries      timed queries run
     * @param p50Ms        median query latency (search + facets + hits with snippets), milliseconds
     * @param p99Ms        99th percentile latency, milliseconds
     * @param meanTotal    mean number of matching articles per query
     * @param indexBytes   size of the index on disk
     */
    public record Result(int articles, double ingestPerSec, double openMs, int queries, double p50Ms, double p99Ms,
                         double meanTotal, long indexBytes) {}

    /**
     * Runs the benchmark in {@code dataDir} (an index already there is added to; use an empty directory).
     *
     * @param corpus  source articles, repeated as needed; not empty
     * @param n       articles to index
     * @param threads ingest threads
     * @param queries timed queries (after {@code queries / 5} warm-up queries)
     * @param seed    random seed for dates, ranges and query order
     */
    public static Result run(Path dataDir, List<Article> corpus, int n, int threads, int queries, long seed)
            throws IOException {
        return run(dataDir, corpus, n, threads, queries, seed, false);
    }

    /**
     * As {@link #run(Path, List, int, int, int, long)}; with {@code bulk}, the articles are written straight to a
     * Lucene {@code IndexWriter} as the store's documents ({@link ArticleDocuments#toDocument}, same analyzers and
     * fields, story band terms included) but each as its own story: the store's per-article near-duplicate and URL
     * look-ups are skipped (they are about half of the store's cost per article on a large index), and a copy of a
     * corpus article replays the tokens of its first analysis ({@link ArticleAnalysis#forCopy}), which keeps the
     * corpus's analyses in memory (give the JVM a few GiB for a large corpus). Query timing is the same.
     */
    public static Result run(Path dataDir, List<Article> corpus, int n, int threads, int queries, long seed, boolean bulk)
            throws IOException {
        if (corpus.isEmpty()) throw new IllegalArgumentException("empty corpus");
        long t0 = System.nanoTime();
        if (bulk) bulkIngest(dataDir, corpus, n, threads);
        else ingest(dataDir, corpus, n, threads);
        double ingestSec = (System.nanoTime() - t0) / 1e9;
        Latency l = latency(dataDir, queries, seed);
        return new Result(n, n / ingestSec, l.openMs(), l.queries(), l.p50Ms(), l.p99Ms(), l.meanTotal(),
                size(dataDir.resolve("index")));
    }

    /**
     * Query latency alone, on an index already in {@code dataDir} (e.g. a large one built once).
     *
     * @param openMs    time to open the searcher, milliseconds
     * @param queries   timed queries run
     * @param p50Ms     median latency, milliseconds
     * @param p99Ms     99th percentile latency, milliseconds
     * @param meanTotal mean number of matching articles per query
     * @param articles  articles in the index
     */
    public record Latency(double openMs, int queries, double p50Ms, double p99Ms, double meanTotal, long articles) {}

    /**
     * Runs {@code queries} timed queries (after {@code queries / 5} warm-up ones) with a theme filter, a 30-120 day
     * date range in 2024-2025 and facets {@code theme,source,lang,day}.
     */
    public static Latency latency(Path dataDir, int queries, long seed) throws IOException {
        long o0 = System.nanoTime();
        try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(dataDir)) {
            double openMs = (System.nanoTime() - o0) / 1e6;
            Random random = new Random(seed);
            for (int i = 0; i < queries / 5; i++) searcher.search(request(random));
            double[] ms = new double[queries];
            long totals = 0;
            for (int i = 0; i < queries; i++) {
                SearchRequest r = request(random);
                long q0 = System.nanoTime();
                totals += searcher.search(r).total();
                ms[i] = (System.nanoTime() - q0) / 1e6;
            }
            Arrays.sort(ms);
            return new Latency(openMs, queries, percentile(ms, 50), percentile(ms, 99), (double) totals / queries,
                    searcher.indexSearcher().getIndexReader().numDocs());
        }
    }

    private static void ingest(Path dataDir, List<Article> corpus, int n, int threads) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(dataDir)) {
            inParallel(n, threads, i -> {
                Article a = variant(corpus, i);
                store.upsert(a, themes(a.id()), Instant.ofEpochSecond(SPAN_START + i));
            });
            store.commit();
        }
    }

    /** A corpus article's analysis and story signature, reused for its copies. */
    private record Analysed(ArticleAnalysis analysis, List<String> bands, int[] sketch) {}

    private static void bulkIngest(Path dataDir, List<Article> corpus, int n, int threads) throws IOException {
        java.util.concurrent.atomic.AtomicReferenceArray<Analysed> analysed =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(corpus.size());
        Path dir = dataDir.resolve("index");
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64);
        try (FSDirectory fs = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(fs, config)) {
            inParallel(n, threads, i -> {
                Article a = variant(corpus, i);
                int k = i % corpus.size();
                Analysed first = analysed.get(k);
                if (first == null) {
                    StorySignature signature = StorySignature.of(a.body());
                    first = new Analysed(ArticleAnalysis.of(a), signature.bandTerms(), signature.sketch());
                    if (i < corpus.size()) analysed.set(k, first);
                }
                Story own = new Story(a.id(), first.bands(), first.sketch());
                writer.addDocument(ArticleDocuments.toDocument(first.analysis().forCopy(a), themes(a.id()),
                        Instant.ofEpochSecond(SPAN_START + i), own));
            });
            writer.commit();
        }
    }

    /** One article's work in {@link #inParallel}. */
    private interface ArticleTask {
        void run(int i) throws IOException;
    }

    /** Runs {@code task} for 0 .. n-1 on {@code threads} threads; @throws IOException the first task's failure */
    private static void inParallel(int n, int threads, ArticleTask task) throws IOException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) task.run(i);
                    return null;
                }));
            }
            for (Future<?> job : jobs) job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The i-th article: the corpus article i mod size, dated in 2024-2025; past the first round, a new id and URL. */
    static Article variant(List<Article> corpus, int i) {
        Article a = corpus.get(i % corpus.size());
        int round = i / corpus.size();
        SplittableRandom r = new SplittableRandom(i);
        OffsetDateTime when = Instant.ofEpochSecond(SPAN_START + r.nextLong(SPAN_DAYS * 86_400))
                .atOffset(a.published() == null ? ZoneOffset.UTC : a.published().getOffset());
        String suffix = round == 0 ? "" : "-r" + round;
        return new Article(a.id() + suffix, a.url() + suffix, a.canonicalUrl() + suffix, a.title(), a.body(), when,
                "given", null, a.lang(), a.source(), a.site(), a.author(), false, true, null, null);
    }

    static List<String> themes(String id) {
        int h = id.hashCode();
        List<String> out = new ArrayList<>();
        for (int t = 0; t < THEMES.size(); t++) if (((h >>> (t * 3)) & 7) == 0) out.add(THEMES.get(t));
        return out;
    }

    private static SearchRequest request(Random random) {
        String q = QUERIES.get(random.nextInt(QUERIES.size()));
        long start = SPAN_START + random.nextLong(SPAN_DAYS - 120) * 86_400;
        long days = 30 + random.nextInt(91);
        return new SearchRequest(q, List.of(THEMES.get(random.nextInt(THEMES.size()))), Instant.ofEpochSecond(start),
                Instant.ofEpochSecond(start + days * 86_400), null, null, SearchRequest.Sort.RELEVANCE, 10, FACETS);
    }

    private static double percentile(double[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
