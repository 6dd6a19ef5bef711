package io.newsradar.pipeline;

import io.newsradar.config.FetchSettings;
import io.newsradar.fetch.FetchError;
import io.newsradar.fetch.FetchFailure;
import io.newsradar.fetch.FetchOutcome;
import io.newsradar.fetch.FetchResult;
import io.newsradar.fetch.HttpFetcher;
import io.newsradar.fetch.RobotsCache;
import io.newsradar.fetch.RobotsRules;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import io.newsradar.sources.LinkRules;
import io.newsradar.sources.ResourceKind;
import io.newsradar.sources.SeedLinks;
import io.newsradar.sources.SourceException;
import io.newsradar.sources.UrlNormalizer;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/** The work of one crawl pass: what to do with each {@link CrawlTask}. Used by {@link Crawler} only. */
final class CrawlRun {
    /** Sitemap indexes are followed this many levels deep. */
    static final int MAX_SITEMAP_DEPTH = 3;

    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final UrlNormalizer normalizer;
    private final CrawlSeenSet seen;
    private final CrawlValidators validators;
    private final CrawlPending pending;
    private final PageSink sink;
    private final CrawlTally tally;
    private final Semaphore inFlight;
    /**
     * Pages in the sink at once: extraction, tagging and indexing are CPU-bound, so one per core. More only
     * interleave on the same cores while each holds a parsed page in memory, and every page being indexed at once
     * takes an index writer buffer of its own, flushed as a segment of its own at the next refresh.
     */
    private final Semaphore ingesting = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final long maxRetryAfterMs;
    private final CrawlListings listings;
    private final CrawlCheckpoints checkpoints;
    private CrawlFrontier frontier;
    private final java.util.Map<String, LinkRules> seedRules = new java.util.concurrent.ConcurrentHashMap<>();

    CrawlRun(FetchSettings settings, HttpFetcher fetcher, RobotsCache robots, CrawlSeenSet seen,
             CrawlValidators validators, CrawlPending pending, CrawlTally tally, CrawlCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.validators = validators;
        this.pending = pending;
        this.maxRetryAfterMs = settings.maxRetryAfterMs();
        this.listings = new CrawlListings(settings.sitemapMaxAgeDays());
        this.normalizer = new UrlNormalizer(settings.trackingParams());
        this.inFlight = new Semaphore(settings.maxConcurrentRequests());
        this.fetcher = fetcher;
        this.robots = robots;
        this.seen = seen;
        this.sink = checkpoints.sink();
        this.tally = tally;
    }

    void attach(CrawlFrontier f) {
        this.frontier = f;
    }

    /** Makes the pages stored so far durable and marks them seen: call when the pass ends. */
    void finish() {
        Failure f = checkpoints.checkpoint();
        if (f != null) tally.fail(f);
    }

    /** Normalises, de-duplicates and queues one URL; article URLs handled by an earlier pass are skipped. */
    void offer(String rawUrl, CrawlTask.Kind kind, int depth) {
        Optional<String> norm = normalizer.normalize(rawUrl);
        if (norm.isEmpty()) {
            tally.fail(new Failure(rawUrl == null || rawUrl.isBlank() ? "(blank URL)" : rawUrl,
                    Failure.Stage.SOURCE, "not an absolute http(s) URL"));
            return;
        }
        String url = norm.get();
        if (!frontier.claim(url)) return;
        boolean article = kind == CrawlTask.Kind.PAGE || kind == CrawlTask.Kind.AUTO;
        if (article) tally.items.incrementAndGet();
        if (article && seen.contains(url)) {
            tally.skipped.incrementAndGet();
            tally.outcome(new CrawlOutcome(url, kind(kind), "seen", null, null));
            return;
        }
        if (kind == CrawlTask.Kind.PAGE) pending.queued(url);
        frontier.add(new CrawlTask(url, kind, depth));
    }

    /** Queues a seed page whose links, filtered by {@code rules}, are queued as article pages. */
    void offerSeed(String rawUrl, LinkRules rules) {
        normalizer.normalize(rawUrl).ifPresent(u -> seedRules.put(u, rules));
        offer(rawUrl, CrawlTask.Kind.SEED, 0);
    }

    void handle(CrawlTask task) {
        try {
            RobotsRules rules = robots.rulesFor(task.url());
            if (rules != null && rules.unreachableBecause().isPresent()) {
                unreachable(task, rules.unreachableBecause().get());
                return;
            }
            if (rules == null || !rules.isAllowed(task.url())) {
                denied(task);
                return;
            }
            FetchOutcome out = fetch(task);
            if (out instanceof FetchFailure f && f.retryAfter() != null && f.retryAfter().toMillis() <= maxRetryAfterMs) {
                out = fetch(task); // once: the fetcher has paused the host for the Retry-After
            }
            if (out instanceof FetchFailure f) {
                failed(task, f);
            } else {
                route(task, (FetchResult) out);
            }
        } catch (RuntimeException e) {
            fail(task, null, "failed", new Failure(task.url(), Failure.Stage.EXTRACT, "page sink or crawl error: " + e));
        }
    }

    /** Fetches under the global request limit; feeds and sitemaps conditionally when validators are known. */
    private FetchOutcome fetch(CrawlTask task) {
        String url = task.url();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchFailure(url, FetchError.INTERRUPTED, "interrupted");
        }
        try {
            boolean listing = task.kind() == CrawlTask.Kind.FEED || task.kind() == CrawlTask.Kind.SITEMAP
                    || task.kind() == CrawlTask.Kind.SEED;
            CrawlValidators.Validators v = listing ? validators.get(url).orElse(null) : null;
            FetchOutcome out = v == null ? fetcher.fetch(url) : fetcher.fetch(url, v.etag(), v.lastModified());
            if (listing && out instanceof FetchResult r && !r.notModified()) {
                validators.put(url, r.header("etag").orElse(null), r.header("last-modified").orElse(null));
            }
            return out;
        } finally {
            inFlight.release();
        }
    }

    private void route(CrawlTask task, FetchResult r) {
        if (r.notModified()) {
            if (task.kind() == CrawlTask.Kind.PAGE || task.kind() == CrawlTask.Kind.AUTO) tally.skipped.incrementAndGet();
            tally.outcome(new CrawlOutcome(task.url(), kind(task.kind()), "not_modified", r.finalUrl(), null));
            return;
        }
        ResourceKind sniffed = ResourceKind.of(r.contentType(), r.body());
        switch (task.kind()) {
            case FEED -> listing(task, r, true);
            case SITEMAP -> listing(task, r, false);
            case SEED -> seed(task, r, sniffed);
            case PAGE -> page(task, r, sniffed);
            case AUTO -> {
                if (sniffed == ResourceKind.FEED || sniffed == ResourceKind.SITEMAP) listing(task, r, sniffed == ResourceKind.FEED);
                else page(task, r, sniffed);
            }
        }
    }

    /** A feed or sitemap: count it, queue what it lists (child sitemaps up to {@link #MAX_SITEMAP_DEPTH}). */
    private void listing(CrawlTask task, FetchResult r, boolean feed) {
        try {
            CrawlListings.Listing l = feed ? listings.feed(r) : listings.sitemap(r);
            tally.feeds.incrementAndGet();
            tally.outcome(new CrawlOutcome(task.url(), feed ? "feed" : "sitemap", "parsed", r.finalUrl(), l.note()));
            if (task.depth() < MAX_SITEMAP_DEPTH) l.sitemaps().forEach(s -> offer(s, CrawlTask.Kind.SITEMAP, task.depth() + 1));
            l.pages().forEach(u -> offer(u, CrawlTask.Kind.PAGE, task.depth() + 1));
        } catch (SourceException e) {
            fail(task, r.finalUrl(), feed ? "not_a_feed" : "not_a_sitemap", new Failure(task.url(), Failure.Stage.SOURCE, e.getMessage()));
        }
    }

    /**
     * A seed or section page: its article links are queued as pages; its other same-site links as section pages
     * while fewer than the rules' depth links away from the seed.
     */
    private void seed(CrawlTask task, FetchResult r, ResourceKind sniffed) {
        if (sniffed != ResourceKind.HTML) {
            fail(task, r.finalUrl(), "not_html", new Failure(task.url(), Failure.Stage.SOURCE, "seed page is not HTML"));
            return;
        }
        try {
            LinkRules rules = seedRules.getOrDefault(task.url(), LinkRules.ANY);
            SeedLinks.Found links = SeedLinks.parse(r.body(), r.finalUrl(), r.contentType(), rules);
            tally.feeds.incrementAndGet();
            tally.outcome(new CrawlOutcome(task.url(), "seed", "parsed", r.finalUrl(),
                    links.articles().size() + " article links, " + links.sections().size() + " section links"));
            links.articles().forEach(u -> offer(u, CrawlTask.Kind.PAGE, task.depth() + 1));
            if (task.depth() + 1 < rules.depth()) {
                for (String u : links.sections()) {
                    normalizer.normalize(u).ifPresent(n -> seedRules.putIfAbsent(n, rules));
                    offer(u, CrawlTask.Kind.SEED, task.depth() + 1);
                }
            }
        } catch (SourceException e) {
            fail(task, r.finalUrl(), "not_a_seed", new Failure(task.url(), Failure.Stage.SOURCE, e.getMessage()));
        }
    }

    private void page(CrawlTask task, FetchResult r, ResourceKind sniffed) {
        tally.fetched.incrementAndGet();
        String finalUrl = normalizer.normalize(r.finalUrl()).orElse(r.finalUrl());
        if (sniffed != ResourceKind.HTML) {
            String ct = r.contentType() == null ? "no content type" : r.contentType();
            seen.mark(task.url()); // not worth fetching again: the URL serves no article
            fail(task, r.finalUrl(), "not_html", new Failure(task.url(), Failure.Stage.FETCH, "not HTML (" + ct + ")"));
            return;
        }
        if (!finalUrl.equals(task.url()) && (seen.contains(finalUrl) || !frontier.claim(finalUrl))) {
            tally.skipped.incrementAndGet();
            seen.mark(task.url());
            tally.outcome(new CrawlOutcome(task.url(), kind(task.kind()), "seen", r.finalUrl(), null));
            return;
        }
        Optional<Failure> failure = ingest(new Page(r.finalUrl(), r.body(), r.contentType(), r.fetchedAt()));
        if (failure.isPresent()) {
            seen.mark(task.url());
            seen.mark(finalUrl);
            fail(task, r.finalUrl(), "extract_failed", failure.get());
        } else {
            Failure notDurable = checkpoints.stored(task.url(), finalUrl); // marked seen once the sink made it durable
            if (notDurable != null) tally.fail(notDurable);
            tally.stored.incrementAndGet();
            tally.outcome(new CrawlOutcome(task.url(), kind(task.kind()), "stored", r.finalUrl(), null));
        }
    }

    /**
     * Hands a page to the sink, at most {@link #ingesting} pages at once. The wait (a few pages' worth of CPU) is not
     * interruptible: a fetched page is stored as it was before the limit existed, never dropped half-way by a stop.
     */
    private Optional<Failure> ingest(Page page) {
        ingesting.acquireUninterruptibly();
        try {
            return sink.accept(page);
        } finally {
            ingesting.release();
        }
    }

    private void denied(CrawlTask task) {
        if (task.kind() == CrawlTask.Kind.PAGE) {
            pending.failed(task.url());
            tally.skipped.incrementAndGet();
            tally.outcome(new CrawlOutcome(task.url(), "page", FetchError.ROBOTS_DENIED.outcome(), null,
                    "disallowed by robots.txt"));
        } else {
            fail(task, null, FetchError.ROBOTS_DENIED.outcome(),
                    new Failure(task.url(), Failure.Stage.ROBOTS, "disallowed by robots.txt"));
        }
    }

    /** The host's robots.txt could not be fetched (5xx, network): RFC 9309 says stay away; report why. */
    private void unreachable(CrawlTask task, FetchFailure robotsFailure) {
        if (task.kind() == CrawlTask.Kind.PAGE) pending.failed(task.url());
        fail(task, null, robotsFailure.error().outcome(), new Failure(task.url(), Failure.Stage.ROBOTS,
                "robots.txt unreachable: " + robotsFailure.reason()));
    }

    private void failed(CrawlTask task, FetchFailure f) {
        if (task.kind() == CrawlTask.Kind.PAGE) pending.failed(task.url());
        fail(task, null, f.error().outcome(), f.toFailure());
    }

    private void fail(CrawlTask task, String finalUrl, String outcome, Failure failure) {
        tally.fail(failure);
        tally.outcome(new CrawlOutcome(task.url(), kind(task.kind()), outcome, finalUrl, failure.reason()));
    }

    private static String kind(CrawlTask.Kind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }
}
