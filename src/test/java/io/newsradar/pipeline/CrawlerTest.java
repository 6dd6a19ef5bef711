package io.newsradar.pipeline;

import io.newsradar.config.FetchSettings;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.newsradar.testkit.RouteServer.sendText;
import static org.assertj.core.api.Assertions.assertThat;

/** One crawl pass over two loopback "hosts": a news site with a feed and robots.txt, and a wire with a sitemap. */
class CrawlerTest {
    static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>News</title>
            <item><title>A</title><link>https://news.example.com/a.html?utm_source=rss</link></item>
            <item><title>A again</title><link>https://news.example.com/a.html</link></item>
            <item><title>B</title><link>/b.html</link></item>
            <item><title>Members</title><link>https://news.example.com/private/c.html</link></item>
            <item><title>Broken</title><link>https://news.example.com/broken.html</link></item>
            <item><title>PDF</title><link>https://news.example.com/report.pdf</link></item>
            </channel></rss>
            """;
    static final String SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://wire.example.org/x.html</loc></url>
            <url><loc>https://wire.example.org/moved.html</loc></url>
            </urlset>
            """;

    @TempDir
    Path data;
    RouteServer news;
    RouteServer wire;
    final List<Page> sunk = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        news = new RouteServer()
                .route("/robots.txt", ex -> sendText(ex, 200, "User-agent: *\nDisallow: /private/\n", "Content-Type", "text/plain"))
                .route("/feed.xml", ex -> {
                    if ("\"f1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) RouteServer.send(ex, 304, new byte[0]);
                    else sendText(ex, 200, FEED, "Content-Type", "text/html", "ETag", "\"f1\"");
                })
                .route("/a.html", ex -> sendText(ex, 200, "<html><title>A</title></html>", "Content-Type", "text/html"))
                .route("/b.html", ex -> sendText(ex, 200, "<html><title>B</title></html>", "Content-Type", "text/html"))
                .route("/private/", ex -> sendText(ex, 200, "<html>secret</html>", "Content-Type", "text/html"))
                .route("/broken.html", ex -> sendText(ex, 500, "oops", "Content-Type", "text/plain"))
                .route("/report.pdf", ex -> sendText(ex, 200, "%PDF-1.4", "Content-Type", "application/pdf"));
        wire = new RouteServer()
                .route("/sitemap.xml", ex -> sendText(ex, 200, SITEMAP, "Content-Type", "application/xml"))
                .route("/x.html", ex -> sendText(ex, 200, "<html><title>X</title></html>", "Content-Type", "text/html"))
                .route("/moved.html", ex -> RouteServer.send(ex, 301, new byte[0], "Location", "https://wire.example.org/x.html"));
    }

    @AfterEach
    void stop() {
        news.close();
        wire.close();
    }

    private CrawlSummary crawl() {
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("news.example.com:443", news.hostPort(), "wire.example.org:443", wire.hostPort()));
        PageSink sink = page -> {
            sunk.add(page);
            return Optional.empty();
        };
        return new Crawler(s, data, sink).run(List.of("https://news.example.com/feed.xml"),
                List.of("https://wire.example.org/sitemap.xml"), List.of());
    }

    @Test
    void firstPassStoresEachArticleOnceAndReportsFailuresAsLines() throws IOException {
        CrawlSummary s = crawl();
        assertThat(sunk).extracting(Page::url).containsExactlyInAnyOrder(
                "https://news.example.com/a.html", "https://news.example.com/b.html", "https://wire.example.org/x.html");
        assertThat(s.feeds()).isEqualTo(2);
        // a.html (twice in the feed, once with utm_source), b, private/c, broken, pdf, x, moved
        assertThat(s.items()).isEqualTo(7);
        assertThat(s.stored()).isEqualTo(3);
        assertThat(s.failures()).extracting(Failure::line).containsExactlyInAnyOrder(
                "https://news.example.com/broken.html: fetch: HTTP 500",
                "https://news.example.com/report.pdf: fetch: not HTML (application/pdf)");
        assertThat(s.outcomes()).anyMatch(o -> o.url().equals("https://news.example.com/private/c.html")
                && o.outcome().equals("robots_denied"));
        assertThat(news.log()).doesNotContain("/private/c.html");
        try (var files = Files.list(data.resolve("warc"))) {
            assertThat(files.toList()).isNotEmpty();
        }
    }

    @Test
    void tooManyRequestsWithAShortRetryAfterIsRetriedOnceAfterTheWait() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        news.route("/busy.html", ex -> {
            if (calls.getAndIncrement() == 0) sendText(ex, 429, "later", "Retry-After", "1");
            else sendText(ex, 200, "<html><title>Busy</title></html>", "Content-Type", "text/html");
        });
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("news.example.com:443", news.hostPort()));
        long start = System.nanoTime();
        CrawlSummary summary = new Crawler(s, data, page -> {
            sunk.add(page);
            return Optional.empty();
        }).run(List.of(), List.of(), List.of("https://news.example.com/busy.html"));
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.stored()).isEqualTo(1);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
    }

    @Test
    void fromALargeSitemapOnlyRecentEntriesAreFetched() {
        StringBuilder sm = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 1000; i++) {
            sm.append("<url><loc>https://wire.example.org/old/").append(i).append(".html</loc><lastmod>2020-01-01</lastmod></url>");
        }
        sm.append("<url><loc>https://wire.example.org/x.html</loc><lastmod>").append(java.time.LocalDate.now()).append("</lastmod></url></urlset>");
        wire.route("/big.xml", ex -> sendText(ex, 200, sm.toString(), "Content-Type", "application/xml"));
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("wire.example.org:443", wire.hostPort()));
        CrawlSummary summary = new Crawler(s, data, page -> {
            sunk.add(page);
            return Optional.empty();
        }).run(List.of(), List.of("https://wire.example.org/big.xml"), List.of());
        assertThat(summary.items()).isEqualTo(1);
        assertThat(sunk).extracting(Page::url).containsExactly("https://wire.example.org/x.html");
        assertThat(summary.outcomes().get(0).reason()).isEqualTo("1000 entries older than 7 days skipped");
    }

    @Test
    void anUnreachableHostIsAFailureWithTheReason() {
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("*", "127.0.0.1:1"));
        CrawlSummary summary = new Crawler(s, data, page -> Optional.empty())
                .run(List.of("https://down.example.com/rss"), List.of(), List.of("https://down.example.com/a.html"));
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.failures()).allMatch(f -> f.line().contains(": robots: robots.txt unreachable: cannot connect to down.example.com"));
        assertThat(summary.outcomes()).extracting(CrawlOutcome::outcome).containsOnly("connect_error");
    }

    @Test
    void stopEndsThePassAndTheNextPassResumes() throws Exception {
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(200)
                .withConnectTo(Map.of("news.example.com:443", news.hostPort(), "wire.example.org:443", wire.hostPort()));
        java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        Crawler crawler = new Crawler(s, data, page -> {
            sunk.add(page);
            first.countDown();
            return Optional.empty();
        });
        // on the common pool on purpose: run() must not starve it while waiting
        var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> crawler.run(
                List.of("https://news.example.com/feed.xml"), List.of(), List.of()));
        if (!first.await(10, java.util.concurrent.TimeUnit.SECONDS)) throw new AssertionError("no page stored");
        crawler.stop();
        CrawlSummary stopped = running.get(10, java.util.concurrent.TimeUnit.SECONDS);
        CrawlSummary resumed = new Crawler(s.withPolitenessDelayMs(0), data, page -> {
            sunk.add(page);
            return Optional.empty();
        }).run(List.of(), List.of(), List.of());
        assertThat(sunk).extracting(Page::url).containsExactlyInAnyOrder(
                "https://news.example.com/a.html", "https://news.example.com/b.html");
        assertThat(resumed.stored() + stopped.stored()).isEqualTo(2);
    }

    @Test
    void aFailingArticleIsGivenUpAfterThreePasses() {
        for (int i = 0; i < 5; i++) crawl();
        long brokenFetches = news.log().stream().filter(p -> p.equals("/broken.html")).count();
        assertThat(brokenFetches).isEqualTo(3);
    }

    @Test
    void secondPassOverTheSameFeedFetchesAndAddsNothing() {
        crawl();
        int newsRequests = news.log().size();
        sunk.clear();
        CrawlSummary again = crawl();
        assertThat(sunk).isEmpty();
        assertThat(again.stored()).isZero();
        assertThat(again.fetched()).isZero();
        List<String> secondPass = news.log().subList(newsRequests, news.log().size());
        // the feed answered 304; the 5xx page is retried from the pending log; robots-denied stays unfetched
        assertThat(secondPass).containsExactlyInAnyOrder("/robots.txt", "/feed.xml", "/broken.html");
        assertThat(again.failures()).extracting(Failure::line).containsExactly("https://news.example.com/broken.html: fetch: HTTP 500");
        assertThat(again.outcomes()).anyMatch(o -> o.url().endsWith("/feed.xml") && o.outcome().equals("not_modified"));
        // polled: the feed (304, unchanged) and the sitemap (no validators: fetched and parsed again)
        assertThat(again.listingsNotModified()).isEqualTo(1);
        assertThat(again.feeds()).isEqualTo(1);
        assertThat(again.listingsPolled()).isEqualTo(2);
    }
}
