package io.newsradar.digest;

import io.newsradar.pipeline.SourcePolls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's sources polled and missed in a window, from the crawl's poll records and the sources file. */
class CrawlStatusTest {
    private static final DigestWindow DAY = new DigestWindow(Instant.parse("2025-02-01T15:00:00Z"), Instant.parse("2025-02-02T15:00:00Z"));

    @Test
    void withoutCrawlRecordsTheHeaderSaysNothingIsKnown(@TempDir Path data) throws Exception {
        CrawlStatus c = CrawlStatus.of(data, DAY);
        assertThat(c.recorded()).isFalse();
        assertThat(DigestView.crawl(c, ZoneId.of("Asia/Tokyo"))).startsWith("no crawl records in this data directory");
    }

    @Test
    void polledMissedAndNotDueFollowThePollTimesAndIntervals(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("sources.yaml"), """
                sources:
                  nhk:
                    feeds: ["https://www3.nhk.or.jp/rss/news/cat0.xml"]
                    poll: 1h
                  weekly:
                    feeds: ["https://weekly.example/feed.xml"]
                    poll: 1w
                  broken:
                    feeds: ["https://broken.example/feed.xml"]
                    poll: 2h
                  fresh:
                    feeds: ["https://fresh.example/feed.xml"]
                """);
        SourcePolls polls = new SourcePolls(data);
        polls.record("nhk", Instant.parse("2025-02-02T14:30:00Z"));     // in the window
        polls.record("weekly", Instant.parse("2025-01-30T00:00:00Z"));  // before it, next due after it: not due
        polls.record("broken", Instant.parse("2025-02-01T10:00:00Z"));  // due at 12:00, never polled since: missed
        // fresh: in the sources file, never polled: missed
        CrawlStatus c = CrawlStatus.of(data, DAY);
        assertThat(c.recorded()).isTrue();
        assertThat(c.polled()).containsExactly("nhk");
        assertThat(c.missed()).containsExactly(new CrawlStatus.Missed("broken", Instant.parse("2025-02-01T10:00:00Z")),
                new CrawlStatus.Missed("fresh", null));
        assertThat(c.notDue()).isEqualTo(1);
        assertThat(DigestView.crawl(c, ZoneId.of("Asia/Tokyo"))).isEqualTo("1 source polled since the window start (nhk); "
                + "2 due but not polled to the end (failed or not run): broken (last 2025-02-01 19:00), fresh (last never); 1 not due");
    }

    @Test
    void theHeaderOfEveryFormatShowsThemeVersionsAndSources() {
        Digest d = SampleDigests.withItem("t", "https://news.example.jp/a/1");
        Digest withCrawl = new Digest(d.name(), d.windowStart(), d.windowEnd(), d.timezone(), d.generatedAt(), d.sections(),
                new CrawlStatus(true, List.of("nhk"), List.of(new CrawlStatus.Missed("<b>bad</b>", null)), 0));
        String html = new HtmlDigestRenderer().render(withCrawl);
        assertThat(org.jsoup.Jsoup.parse(html).text()).contains("Themes (definition versions): DeepSeek abc123, AI regulation in the EU and Japan def456")
                .contains("Sources: 1 source polled since the window start (nhk); 1 due but not polled to the end (failed or not run): <b>bad</b> (last never)");
        assertThat(html).doesNotContain("<b>bad</b>");
        assertThat(new MarkdownDigestRenderer().render(withCrawl)).contains("Sources: 1 source polled").contains("\\<b\\>bad\\</b\\>");
        assertThat(new JsonDigestRenderer().render(withCrawl)).contains("\"polled\" : [ \"nhk\" ]").contains("\"last_poll\" : null");
        assertThat(new JsonDigestRenderer().render(d)).contains("\"crawl\" : null");
    }
}
