package io.newsradar.e2e;

import io.newsradar.index.ArticleStore;
import io.newsradar.index.LuceneArticleStore;
import io.newsradar.support.CliRun;
import io.newsradar.support.NewsSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sources add|list|remove} edit the sources file; {@code crawl} with no URLs polls the due sources. */
class SourcesCrawlTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void crawlsEveryDueSourceOnceAndKeepsPollTimes() throws Exception {
        try (NewsSite a = new NewsSite(3); NewsSite b = new NewsSite(2)) {
            assertThat(run("sources", "add", "alpha", "--feed", a.feedUrl(), "--poll", "2h").exit()).isZero();
            assertThat(run("sources", "add", "beta", "--sitemap", b.base() + "/sitemap.xml").exit()).isZero();
            assertThat(run("sources", "add", "beta", "--lang", "en", "--zone", "Europe/London").exit()).isZero();
            CliRun list = run("sources", "list");
            assertThat(list.out()).contains("alpha  (poll 2h, adaptive 5m..6h, never polled)")
                    .contains("beta  (poll 1h, adaptive 5m..6h, lang en, zone Europe/London, never polled)")
                    .contains("  sitemap  " + b.base() + "/sitemap.xml");

            CliRun first = run("crawl", "--allow-private", "--delay", "0");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).contains("source alpha: 1 feeds/sitemaps, 3 pages fetched, 3 stored")
                    .contains("source beta: 1 feeds/sitemaps, 2 pages fetched, 2 stored")
                    .contains("5 articles added");
            assertThat(NewsSite.stored(data)).hasSize(5);

            CliRun second = run("crawl", "--allow-private", "--delay", "0");
            assertThat(second.exit()).isZero();
            assertThat(second.out()).contains("no source is due");
            assertThat(a.server().hits("/feed.xml")).isEqualTo(1);

            CliRun forced = run("crawl", "--allow-private", "--delay", "0", "--all-sources", "--json");
            assertThat(forced.exit()).isZero();
            assertThat(forced.out()).contains("\"source\":\"alpha\"").contains("\"added\":0");
            assertThat(a.server().hits("/feed.xml")).isEqualTo(2);
            assertThat(a.server().hits("/news/1.html")).isEqualTo(1);
            assertThat(run("sources", "list", "--json").out()).contains("\"last_poll\":\"20");
        }
    }

    @Test
    void theSourceZoneReadsLocalTimesWithoutOffset() throws Exception {
        try (NewsSite site = new NewsSite(1)) {
            String page = """
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves budget</title>
                    <meta property="article:published_time" content="2025-01-31T09:00:00"></head>
                    <body><article><h1>Council approves budget</h1>
                    <p>The city council approved next year's budget on Friday after a long debate about transport
                    spending and the cost of repairing the old harbour bridge, officials said.</p>
                    <p>The vote was eleven to four, with the opposition calling for more money for schools.</p>
                    </article></body></html>
                    """;
            site.server().route("/local.html", 200, "text/html; charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
            site.server().route("/city/", 200, "text/html", "<html><body><a href=\"/local.html\">Budget</a></body></html>".getBytes(StandardCharsets.UTF_8));
            site.server().route("/tokyo/", 200, "text/html", "<html><body><a href=\"/local2.html\">Budget</a></body></html>".getBytes(StandardCharsets.UTF_8));
            Path file = elsewhere.resolve("sources.yaml");
            assertThat(run("sources", "--help").exit()).isZero();
            assertThat(run("sources", "add", "ny", "--sources", file.toString(), "--seed", site.base() + "/city/",
                    "--zone", "America/New_York").exit()).isZero();
            assertThat(Files.readString(file)).contains("America/New_York");
            CliRun crawl = run("crawl", "--sources", file.toString(), "--allow-private", "--delay", "0");
            assertThat(crawl.exit()).as(crawl.err()).isZero();
            try (ArticleStore store = LuceneArticleStore.open(data)) {
                var a = store.get(site.base() + "/local.html").orElseThrow().article();
                assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-01-31T09:00:00-05:00"));
            }

            // a language hint without a zone: the zone of that language (extract.zone_by_language: ja -> Asia/Tokyo)
            site.server().route("/local2.html", 200, "text/html; charset=UTF-8",
                    page.replace("Council approves budget", "Council approves budget again").getBytes(StandardCharsets.UTF_8));
            assertThat(run("sources", "add", "tokyo", "--sources", file.toString(), "--seed", site.base() + "/tokyo/",
                    "--lang", "ja").exit()).isZero();
            assertThat(run("crawl", "--sources", file.toString(), "--allow-private", "--delay", "0").exit()).isZero();
            try (ArticleStore store = LuceneArticleStore.open(data)) {
                var a = store.get(site.base() + "/local2.html").orElseThrow().article();
                assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-01-31T09:00:00+09:00"));
            }
        }
    }

    @Test
    void seedPagesAreReadEveryPollAndTheirMatchingLinksFetchedOnce() throws Exception {
        try (NewsSite site = new NewsSite(3)) {
            String section = "<html><body><nav><a href=\"/\">Home</a></nav>"
                    + "<a href=\"/news/1.html\">1</a><a href=\"/news/2.html#c\">2</a><a href=\"/news/3.html\">3</a>"
                    + "<a href=\"/video/9.html\">video</a><a href=\"https://elsewhere.example/news/4.html\">4</a></body></html>";
            site.server().route("/world/", 200, "text/html", section.getBytes(StandardCharsets.UTF_8));
            assertThat(run("sources", "add", "front", "--seed", site.base() + "/world/", "--include", "/news/\\d+\\.html$",
                    "--exclude", "/video/").exit()).isZero();
            assertThat(run("sources", "list").out()).contains("  include  /news/\\d+\\.html$");

            CliRun first = run("crawl", "--allow-private", "--delay", "0");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).contains("source front: 1 feeds/sitemaps, 3 pages fetched, 3 stored");
            assertThat(NewsSite.stored(data).keySet()).containsExactly(site.articleUrl(1), site.articleUrl(2), site.articleUrl(3));

            assertThat(run("crawl", "--allow-private", "--delay", "0", "--all-sources").exit()).isZero();
            assertThat(site.server().hits("/world/")).isEqualTo(2);
            assertThat(site.server().hits("/news/1.html")).isEqualTo(1);
            assertThat(site.server().hits("/video/9.html")).isZero();
        }
    }

    @Test
    void sectionPagesAreFollowedUpToTheDepth() throws Exception {
        try (NewsSite site = new NewsSite(3)) {
            site.server().route("/world/", 200, "text/html", ("<html><body><a href=\"/news/1.html\">1</a>"
                    + "<a href=\"/world/page2/\">more</a></body></html>").getBytes(StandardCharsets.UTF_8));
            site.server().route("/world/page2/", 200, "text/html", ("<html><body><a href=\"/news/2.html\">2</a>"
                    + "<a href=\"/world/page3/\">more</a></body></html>").getBytes(StandardCharsets.UTF_8));
            site.server().route("/world/page3/", 200, "text/html", "<html><body><a href=\"/news/3.html\">3</a></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(run("sources", "add", "deep", "--seed", site.base() + "/world/", "--include", "/news/",
                    "--depth", "2").exit()).isZero();
            assertThat(run("sources", "list").out()).contains("  depth    2");
            CliRun crawl = run("crawl", "--allow-private", "--delay", "0");
            assertThat(crawl.exit()).as(crawl.err()).isZero();
            assertThat(NewsSite.stored(data).keySet()).containsExactly(site.articleUrl(1), site.articleUrl(2));
            assertThat(site.server().hits("/world/page3/")).isZero();
            assertThat(run("sources", "add", "deep", "--depth", "4").err()).contains("depth: must be 1..3, was 4");
        }
    }

    @Test
    void removeAndUsageErrors() throws Exception {
        assertThat(run("crawl").err()).contains("nothing to crawl").contains("sources add");
        assertThat(run("sources", "add", "x").exit()).isEqualTo(2);
        CliRun bad = run("sources", "add", "x", "--feed", "https://x.example/f.xml", "--zone", "Nowhere/City");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("source 'x' zone: not an IANA time zone: Nowhere/City");
        assertThat(run("sources", "add", "x", "--feed", "https://x.example/f.xml").exit()).isZero();
        assertThat(run("sources", "remove", "y").err()).contains("no source named 'y'");
        assertThat(run("sources", "remove", "x").exit()).isZero();
        assertThat(run("sources", "list").out()).contains("no sources in");
    }
}
