package io.newsradar.cli;

import io.newsradar.pipeline.CrawlOutcome;
import io.newsradar.pipeline.CrawlSummary;
import io.newsradar.pipeline.SourcePass;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line per polled source that {@code crawl} prints and {@code watch} logs. */
class SourcePassReportTest {
    private static CrawlOutcome feed(String outcome) {
        return new CrawlOutcome("https://example.com/feed.xml", "feed", outcome, "https://example.com/feed.xml", null);
    }

    @Test
    void aFeedThatAnswered304IsCountedAsPolledAndNamedNotModified() {
        CrawlSummary unchanged = new CrawlSummary(0, 0, 0, 0, 0, 0, List.of(), List.of(feed("not_modified")));
        assertThat(SourcePassReport.line(new SourcePass("reuters", unchanged, false)))
                .isEqualTo("source reuters: 1 feeds/sitemaps (1 not modified), 0 pages fetched, 0 stored, 0 skipped, 0 failed");
    }

    @Test
    void parsedAndUnchangedListingsAddUp() {
        var page304 = new CrawlOutcome("https://example.com/a.html", "page", "not_modified", "https://example.com/a.html", null);
        var sitemap = new CrawlOutcome("https://example.com/sitemap.xml", "sitemap", "parsed", "https://example.com/sitemap.xml", null);
        CrawlSummary mixed = new CrawlSummary(1, 3, 2, 2, 1, 0, List.of(), List.of(feed("not_modified"), sitemap, page304));
        assertThat(SourcePassReport.line(new SourcePass("nikkei", mixed, false)))
                .isEqualTo("source nikkei: 2 feeds/sitemaps (1 not modified), 2 pages fetched, 2 stored, 1 skipped, 0 failed");
    }

    @Test
    void aPassWithNothingUnchangedKeepsTheShortForm() {
        CrawlSummary parsed = new CrawlSummary(1, 3, 3, 3, 0, 0, List.of(), List.of(feed("parsed")));
        assertThat(SourcePassReport.line(new SourcePass("alpha", parsed, true)))
                .isEqualTo("source alpha: 1 feeds/sitemaps, 3 pages fetched, 3 stored, 0 skipped, 0 failed (stopped)");
    }
}
