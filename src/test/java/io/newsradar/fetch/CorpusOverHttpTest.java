package io.newsradar.fetch;

import io.newsradar.SharedData;
import io.newsradar.config.FetchSettings;
import io.newsradar.sources.FeedParser;
import io.newsradar.sources.ParsedFeed;
import io.newsradar.sources.ParsedSitemap;
import io.newsradar.sources.ResourceKind;
import io.newsradar.sources.SitemapParser;
import io.newsradar.sources.SourceException;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corpus feeds and sitemaps fetched over loopback the way real servers damage them: the wrong content type, a
 * gzip Content-Encoding, a gzip file served as a file. Counts come from the corpus MANIFESTs.
 */
class CorpusOverHttpTest {

    private static FetchResult fetch(RouteServer server, String path) {
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("*", server.hostPort()));
        try (HttpFetcher f = new HttpFetcher(s)) {
            FetchOutcome out = f.fetch("https://feeds.example.com" + path);
            assertThat(out).isInstanceOf(FetchResult.class);
            return (FetchResult) out;
        }
    }

    @Test
    void eucJpFeedServedAsGzippedTextHtmlIsStillAFeed() throws IOException, SourceException {
        byte[] feed = Files.readAllBytes(SharedData.require("corpus/feeds").resolve("ja-euc-jp-tls.org.xml"));
        try (RouteServer server = new RouteServer().route("/rss", ex -> RouteServer.send(ex, 200, RouteServer.gzip(feed),
                "Content-Type", "text/html", "Content-Encoding", "gzip"))) {
            FetchResult r = fetch(server, "/rss");
            assertThat(r.body()).isEqualTo(feed);
            assertThat(ResourceKind.of(r.contentType(), r.body())).isEqualTo(ResourceKind.FEED);
            ParsedFeed parsed = new FeedParser().parse(r.body(), r.finalUrl(), r.contentType());
            assertThat(parsed.items()).hasSize(34); // MANIFEST: 34 items
            assertThat(parsed.charset()).isEqualTo("EUC-JP");
            assertThat(parsed.items()).allMatch(i -> !i.title().contains("\uFFFD"));
        }
    }

    @Test
    void gzipSitemapFileServedAsOctetStreamParses() throws IOException, SourceException {
        Path dir = SharedData.require("corpus/sitemaps");
        byte[] gz = Files.readAllBytes(dir.resolve("crawlercommons-xmlSitemap.gz"));
        try (RouteServer server = new RouteServer().route("/sitemap.gz", ex -> RouteServer.send(ex, 200, gz,
                "Content-Type", "application/octet-stream"))) {
            FetchResult r = fetch(server, "/sitemap.gz");
            assertThat(ResourceKind.of(r.contentType(), r.body())).isEqualTo(ResourceKind.SITEMAP);
            ParsedSitemap map = new SitemapParser().parse(r.body(), "http://www.example.com/sitemap.gz", r.contentType());
            assertThat(map.urls()).hasSize(5); // MANIFEST: 5 URLs
        }
    }

    @Test
    void newsSitemapKeepsPublicationDatesAndTitles() throws IOException, SourceException {
        Path dir = SharedData.require("corpus/sitemaps");
        byte[] xml = Files.readAllBytes(dir.resolve("georgia-news-japan-sitemap-news.xml"));
        ParsedSitemap map = new SitemapParser().parse(xml, "https://georgia-news-japan.online/sitemap-news.xml", "text/html");
        assertThat(map.entries()).hasSize(10); // MANIFEST: 10 articles, news:language ja, dates in UTC
        assertThat(map.entries()).allMatch(e -> e.newsPublished() != null && "ja".equals(e.newsLanguage()) && e.newsTitle() != null);
    }
}
