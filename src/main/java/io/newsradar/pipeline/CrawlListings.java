package io.newsradar.pipeline;

import io.newsradar.fetch.FetchResult;
import io.newsradar.sources.FeedItem;
import io.newsradar.sources.FeedParser;
import io.newsradar.sources.ParsedFeed;
import io.newsradar.sources.ParsedSitemap;
import io.newsradar.sources.SitemapEntry;
import io.newsradar.sources.SitemapParser;
import io.newsradar.sources.SourceException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sources side of a crawl: a fetched feed or sitemap turned into the URLs it lists. From a sitemap of more
 * than {@code FetchSettings.LARGE_SITEMAP} entries only those dated within {@code maxAgeDays} (or undated) are kept.
 */
final class CrawlListings {
    /**
     * @param pages    article URLs, in document order
     * @param sitemaps child sitemaps (of a sitemap index)
     * @param note     what was repaired or left out, or null
     */
    record Listing(List<String> pages, List<String> sitemaps, String note) {
    }

    private final FeedParser feeds = new FeedParser();
    private final SitemapParser sitemaps = new SitemapParser();
    private final int maxAgeDays;

    CrawlListings(int maxAgeDays) {
        this.maxAgeDays = maxAgeDays;
    }

    Listing feed(FetchResult r) throws SourceException {
        ParsedFeed feed = feeds.parse(r.body(), r.finalUrl(), r.contentType());
        List<String> links = feed.items().stream().map(FeedItem::link).filter(l -> l != null).toList();
        return new Listing(links, List.of(), feed.repaired() ? "repaired: " + String.join("; ", feed.repairs()) : null);
    }

    Listing sitemap(FetchResult r) throws SourceException {
        ParsedSitemap map = sitemaps.parse(r.body(), r.finalUrl(), r.contentType());
        List<SitemapEntry> fresh = fresh(map.entries());
        int old = map.entries().size() - fresh.size();
        return new Listing(fresh.stream().map(SitemapEntry::url).toList(), map.sitemaps(),
                old == 0 ? null : old + " entries older than " + maxAgeDays + " days skipped");
    }

    private List<SitemapEntry> fresh(List<SitemapEntry> entries) {
        if (entries.size() <= io.newsradar.config.FetchSettings.LARGE_SITEMAP || maxAgeDays == 0) return entries;
        Instant cutoff = Instant.now().minus(Duration.ofDays(maxAgeDays));
        return entries.stream().filter(e -> e.freshness() == null || !e.freshness().isBefore(cutoff)).toList();
    }
}
