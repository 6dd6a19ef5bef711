package io.newsradar.pipeline;

import io.newsradar.config.FetchSettings;
import io.newsradar.extract.ArticleExtractor;
import io.newsradar.extract.ExtractionException;
import io.newsradar.fetch.FetchFailure;
import io.newsradar.fetch.FetchOutcome;
import io.newsradar.fetch.FetchResult;
import io.newsradar.fetch.HttpFetcher;
import io.newsradar.fetch.RobotsCache;
import io.newsradar.fetch.RobotsRules;
import io.newsradar.model.Article;
import io.newsradar.model.Page;
import io.newsradar.sources.FeedItem;
import io.newsradar.sources.FeedParser;
import io.newsradar.sources.ParsedFeed;
import io.newsradar.sources.ParsedSitemap;
import io.newsradar.sources.ResourceKind;
import io.newsradar.sources.SitemapParser;
import io.newsradar.sources.SourceException;
import io.newsradar.sources.UrlNormalizer;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code newsradar inspect URL}: shows what the crawler would do with a URL, with the same rules as a crawl
 * (normalisation, RFC 9309 robots.txt through crawler-commons, the fetch limits of {@link FetchSettings}, the
 * content-decides {@link ResourceKind}), without archiving, storing or marking anything. A URL robots.txt
 * disallows is not fetched.
 */
public final class Inspector {
    private final FetchSettings settings;
    private final ArticleExtractor extractor;
    private final Path dataDir;

    /**
     * @param settings  fetch limits and politeness ({@code allowPrivate} as for a crawl)
     * @param extractor extracts an HTML page
     * @param dataDir   data directory whose crawl state says whether the URL was seen; read only
     */
    public Inspector(FetchSettings settings, ArticleExtractor extractor, Path dataDir) {
        this.settings = settings;
        this.extractor = extractor;
        this.dataDir = dataDir;
    }

    /** @return the inspection; never throws for a bad URL or response (see {@link Inspection#problem()}) */
    public Inspection inspect(String url) {
        Optional<String> norm = new UrlNormalizer(settings.trackingParams()).normalize(url);
        if (norm.isEmpty()) return failed(url, null, false, null, "not an absolute http(s) URL");
        String u = norm.get();
        Set<String> seenSet = CrawlSeenSet.peek(dataDir.resolve("crawl").resolve("seen.txt"));
        boolean seen = seenSet.contains(u);
        try (HttpFetcher fetcher = new HttpFetcher(settings)) {
            RobotsCache robots = new RobotsCache(fetcher, settings.robotsAgent(), settings.robotsTtlMs(), settings.maxCrawlDelayMs());
            RobotsRules rules = robots.rulesFor(u);
            Inspection.RobotsVerdict verdict = new Inspection.RobotsVerdict(robotsUrl(u), rules.isAllowed(u),
                    settings.robotsAgent(), rules.decidingRule(u).orElse(null), rules.origin(),
                    rules.unreachableBecause().map(f -> f.reason()).orElse(null), rules.crawlDelayMs(), rules.sitemaps());
            if (verdict.unreachable() != null) {
                return failed(url, u, seen, verdict, "not fetched: robots.txt unreachable: " + verdict.unreachable());
            }
            if (!verdict.allowed()) return failed(url, u, seen, verdict, "not fetched: disallowed by robots.txt");
            FetchOutcome out = fetcher.fetch(u);
            if (out instanceof FetchFailure f) {
                return new Inspection(url, u, seen, verdict, f.status() == 0 ? null : f.status(), null, null, 0,
                        null, null, null, null, "fetch failed: " + f.reason(), -1);
            }
            Inspection i = parsed(url, u, seen, verdict, (FetchResult) out);
            return i.withUnseen(unseen(i, seenSet));
        }
    }

    private Inspection parsed(String url, String u, boolean seen, Inspection.RobotsVerdict verdict, FetchResult r) {
        ResourceKind kind = ResourceKind.of(r.contentType(), r.body());
        ParsedFeed feed = null;
        ParsedSitemap sitemap = null;
        Article article = null;
        String problem = null;
        try {
            switch (kind) {
                case FEED -> feed = new FeedParser().parse(r.body(), r.finalUrl(), r.contentType());
                case SITEMAP -> sitemap = new SitemapParser().parse(r.body(), r.finalUrl(), r.contentType());
                case HTML -> article = extractor.extract(new Page(r.finalUrl(), r.body(), r.contentType(), r.fetchedAt()));
                case OTHER -> problem = "not a feed, sitemap or HTML page ("
                        + (r.contentType() == null ? "no content type" : r.contentType()) + "): a crawl skips it";
            }
        } catch (SourceException | ExtractionException e) {
            problem = e.getMessage();
        }
        return new Inspection(url, u, seen, verdict, r.status(), r.finalUrl(), r.contentType(), r.body().length, kind,
                feed, sitemap, article, problem, -1);
    }

    /** @return how many distinct article URLs the feed or sitemap lists that no earlier crawl handled, or -1 */
    private int unseen(Inspection i, Set<String> seenSet) {
        List<String> links = i.feed() != null ? i.feed().items().stream().map(FeedItem::link).toList()
                : i.sitemap() != null ? i.sitemap().urls() : null;
        if (links == null) return -1;
        UrlNormalizer n = new UrlNormalizer(settings.trackingParams());
        return (int) links.stream().filter(java.util.Objects::nonNull).map(n::normalize).flatMap(Optional::stream)
                .distinct().filter(x -> !seenSet.contains(x)).count();
    }

    private static Inspection failed(String url, String u, boolean seen, Inspection.RobotsVerdict v, String why) {
        return new Inspection(url, u, seen, v, null, null, null, 0, null, null, null, null, why, -1);
    }

    private static String robotsUrl(String url) {
        URI x = URI.create(url);
        return x.getScheme() + "://" + x.getRawAuthority() + "/robots.txt";
    }
}
