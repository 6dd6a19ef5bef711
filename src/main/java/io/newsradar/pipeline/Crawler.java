package io.newsradar.pipeline;

import io.newsradar.archive.WarcArchive;
import io.newsradar.config.FetchSettings;
import io.newsradar.fetch.HttpFetcher;
import io.newsradar.fetch.RobotsCache;
import io.newsradar.model.Failure;
import io.newsradar.sources.LinkRules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One crawl pass ({@code newsradar crawl}): fetches the given feeds and sitemaps, collects their article URLs
 * (normalised, de-duplicated, minus those an earlier pass already handled), checks robots.txt (RFC 9309), fetches
 * the pages politely (one queue per host, hosts in parallel on virtual threads, at most
 * {@code maxConcurrentRequests} requests at once), archives every HTTP exchange as WARC
 * ({@code <data>/warc}), and hands each HTML page to the {@link PageSink}. A URL given with {@code --url} may
 * turn out to be a feed or a sitemap; its content decides. Failures are collected, never thrown; the pass ends
 * when every queue is empty. A 429/503 with a {@code Retry-After} up to {@code maxRetryAfterMs} is retried once,
 * after the wait; the host is paused meanwhile. The seen-set lives in {@code <data>/crawl/seen.txt}, so crawling the same feed
 * again fetches nothing that was stored before (a stored page enters it once the sink has made it durable:
 * {@link PageSink#checkpoint()}, every {@link CrawlCheckpoints#EVERY_PAGES} pages or
 * {@link CrawlCheckpoints#EVERY_MS} ms and at the end of the pass); feeds and sitemaps are polled with a conditional GET
 * ({@code ETag}/{@code Last-Modified} kept in {@code <data>/crawl/validators.tsv}), so an unchanged one costs a 304.
 * Article URLs queued but not finished (killed process, failed fetch) are queued again by the next pass, up to
 * {@link CrawlPending#MAX_ATTEMPTS} failures ({@code <data>/crawl/pending.tsv}).
 */
public final class Crawler {
    private final FetchSettings settings;
    private final Path dataDir;
    private final PageSink sink;
    private volatile CrawlFrontier current;
    private volatile boolean stopRequested;
    private int checkpointPages = CrawlCheckpoints.EVERY_PAGES;
    private long checkpointMs = CrawlCheckpoints.EVERY_MS;

    /**
     * @param fetch   HTTP limits and politeness
     * @param dataDir the data directory; {@code warc/} and {@code crawl/} are created in it
     * @param sink    where HTML pages go (extraction, tagging, indexing)
     */
    public Crawler(FetchSettings fetch, Path dataDir, PageSink sink) {
        this.settings = fetch;
        this.dataDir = dataDir;
        this.sink = sink;
    }

    /**
     * Sets how often the sink is checkpointed during a pass (tests: small, to see kills between checkpoints).
     *
     * @param pages stored pages after which, or
     * @param ms    milliseconds after which the sink is checkpointed
     * @return this crawler
     */
    Crawler checkpointEvery(int pages, long ms) {
        if (pages < 1 || ms < 1) throw new IllegalArgumentException("checkpoint interval must be positive");
        this.checkpointPages = pages;
        this.checkpointMs = ms;
        return this;
    }

    /**
     * Runs one pass and returns when it is done.
     *
     * @param feeds    RSS/Atom feed URLs
     * @param sitemaps sitemap or sitemap-index URLs
     * @param urls     article URLs (or feeds/sitemaps of unknown kind: their content decides)
     * @return counts, failures (one line each) and per-URL outcomes
     */
    public CrawlSummary run(List<String> feeds, List<String> sitemaps, List<String> urls) {
        return run(feeds, sitemaps, urls, java.util.Map.of());
    }

    /**
     * Runs one pass with seed pages too.
     *
     * @param seeds seed page URL -> the patterns its links must pass; a seed page is fetched every pass
     *              (conditionally), never stored; its same-site links that pass are fetched as article pages
     * @return counts (a seed page counts with the feeds), failures and per-URL outcomes
     */
    public CrawlSummary run(List<String> feeds, List<String> sitemaps, List<String> urls,
                            java.util.Map<String, LinkRules> seeds) {
        CrawlTally tally = new CrawlTally();
        WarcArchive archive = new WarcArchive(dataDir.resolve("warc"), settings.warcMaxFileBytes());
        try (CrawlSeenSet seen = new CrawlSeenSet(dataDir.resolve("crawl").resolve("seen.txt"));
             CrawlValidators validators = new CrawlValidators(dataDir.resolve("crawl").resolve("validators.tsv"));
             CrawlPending pending = new CrawlPending(dataDir.resolve("crawl").resolve("pending.tsv"), seen::contains);
             HttpFetcher fetcher = new HttpFetcher(settings, archive);
             ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            RobotsCache robots = new RobotsCache(fetcher, settings.robotsAgent(), settings.robotsTtlMs(),
                    settings.maxCrawlDelayMs());
            CrawlRun run = new CrawlRun(settings, fetcher, robots, seen, validators, pending, tally,
                    new CrawlCheckpoints(sink, seen, System::currentTimeMillis, checkpointPages, checkpointMs));
            CrawlFrontier frontier = new CrawlFrontier(executor, run::handle);
            run.attach(frontier);
            current = frontier;
            if (stopRequested) frontier.stop(); // stop() came before the frontier existed
            feeds.forEach(u -> run.offer(u, CrawlTask.Kind.FEED, 0));
            sitemaps.forEach(u -> run.offer(u, CrawlTask.Kind.SITEMAP, 0));
            urls.forEach(u -> run.offer(u, CrawlTask.Kind.AUTO, 0));
            seeds.forEach(run::offerSeed);
            pending.resumable().forEach(u -> run.offer(u, CrawlTask.Kind.PAGE, 1));
            try {
                frontier.awaitIdle();
            } finally {
                current = null;
                run.finish();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.fail(new Failure("crawl", Failure.Stage.FETCH, "interrupted; queued URLs stay unfetched"));
        } catch (IOException e) {
            tally.fail(new Failure(dataDir.toString(), Failure.Stage.ARCHIVE, "cannot close crawl state: " + e.getMessage()));
        } finally {
            closeArchive(archive, tally);
        }
        return tally.summary();
    }

    /**
     * Ends the running pass early and gently (for SIGINT/SIGTERM): fetches in flight finish and are archived and
     * stored, nothing new starts, and {@link #run} returns; unfinished URLs are queued again by the next pass.
     * Safe to call from any thread (a shutdown hook); a pass that starts afterwards ends at once (what was given is
     * queued for the next pass only if it was pending before).
     */
    public void stop() {
        stopRequested = true;
        CrawlFrontier f = current;
        if (f != null) f.stop();
    }

    private static void closeArchive(WarcArchive archive, CrawlTally tally) {
        try {
            archive.close();
        } catch (IOException e) {
            tally.fail(new Failure("warc", Failure.Stage.ARCHIVE, "cannot close WARC file: " + e.getMessage()));
        }
        archive.drainFailures().forEach(tally::fail);
    }
}
