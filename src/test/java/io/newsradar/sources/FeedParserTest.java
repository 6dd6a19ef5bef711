package io.newsradar.sources;

import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private static byte[] rss(String items, Charset cs, String declared) {
        return ("<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n<rss version=\"2.0\"><channel><title>T</title>"
                + items + "</channel></rss>").getBytes(cs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'Fri, 31 Jan 2025 09:00:00 JST', 2025-01-31T00:00:00Z",
            "'Thu, 30 Jan 2025 18:00:00 EST', 2025-01-30T23:00:00Z",
            "'Thu, 30 Jan 2025 14:00:00 PST', 2025-01-30T22:00:00Z",
            "'Thu, 30 Jan 2025 22:30:00 GMT', 2025-01-30T22:30:00Z",
            "'Fri, 31 Jan 2025 08:15:00 +0900', 2025-01-30T23:15:00Z",
            "'2025-01-31T10:30:00+09:00', 2025-01-31T01:30:00Z"})
    void pubDatesKeepTheirZone(String pubDate, String instant) throws SourceException {
        ParsedFeed f = parser.parse(rss("<item><link>/a</link><pubDate>" + pubDate + "</pubDate></item>",
                StandardCharsets.UTF_8, "UTF-8"), "https://wire.example.org/rss.xml", "application/rss+xml");
        assertThat(f.items().get(0).published()).isEqualTo(Instant.parse(instant));
        assertThat(f.items().get(0).link()).isEqualTo("https://wire.example.org/a");
    }

    @Test
    void undeclaredEntitiesAndBareAmpersandsAreRepairedAndReported() throws SourceException {
        byte[] feed = rss("<item><title>R&D &mdash; Caf&eacute;</title><link>https://n.example.com/a?id=1&lang=en</link>"
                + "<description><![CDATA[kept & raw]]></description></item>", StandardCharsets.UTF_8, "UTF-8");
        ParsedFeed f = parser.parse(feed, "https://n.example.com/rss", null);
        assertThat(f.items().get(0).title()).isEqualTo("R&D — Café");
        assertThat(f.items().get(0).link()).isEqualTo("https://n.example.com/a?id=1&lang=en");
        assertThat(f.items().get(0).description()).isEqualTo("kept & raw");
        assertThat(f.repairs()).containsExactly("decoded 2 undeclared HTML entities", "escaped 2 bare ampersands");
    }

    @Test
    void eucJpDeclaredOnlyInTheXmlDeclarationDecodes() throws SourceException {
        ParsedFeed f = parser.parse(rss("<item><title>輸出規制</title><link>/a</link></item>", Charset.forName("EUC-JP"), "EUC-JP"),
                "https://jp.example.com/rss", "text/xml");
        assertThat(f.charset()).isEqualTo("EUC-JP");
        assertThat(f.items().get(0).title()).isEqualTo("輸出規制");
    }

    @Test
    void externalEntitiesAreNeverFetched() {
        try (RouteServer evil = new RouteServer().route("/", ex -> RouteServer.sendText(ex, 200, "<!ENTITY x 'pwned'>"))) {
            String url = "http://" + evil.hostPort() + "/evil.dtd";
            byte[] feed = ("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + url + "\" [<!ENTITY xxe SYSTEM \"" + url
                    + "\">]><rss version=\"2.0\"><channel><title>&xxe;</title><item><title>a</title><link>/a</link></item>"
                    + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
            try {
                ParsedFeed f = parser.parse(feed, "https://n.example.com/rss", null);
                assertThat(f.title()).doesNotContain("pwned");
                assertThat(f.repairs()).contains("removed DOCTYPE (DTDs are not processed)");
            } catch (SourceException rejected) {
                assertThat(rejected.getMessage()).isNotBlank();
            }
            assertThat(evil.log()).isEmpty();
        }
    }

    @Test
    void linksComeOutAsRequestedPercentEncodedAscii() throws SourceException {
        ParsedFeed f = parser.parse(rss("<item><link>/tech/生成AI 2025.html?q=a|b</link></item>", StandardCharsets.UTF_8, "UTF-8"),
                "https://jp.example.com/rss", null);
        assertThat(f.items().get(0).link()).isEqualTo("https://jp.example.com/tech/%E7%94%9F%E6%88%90AI%202025.html?q=a%7Cb");
    }

    @Test
    void htmlIsNotAFeed() {
        assertThatThrownBy(() -> parser.parse("<!doctype html><html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8),
                "https://n.example.com/", "text/html"))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("not a feed");
    }

    @Test
    void markupInTitlesBecomesText() throws SourceException {
        ParsedFeed f = parser.parse(rss("<item><title>&lt;b&gt;Bold&lt;/b&gt; move</title><link>/a</link></item>"
                + "<item><title>RSS &lt;&lt;&lt; Title &gt;&gt;&gt;</title></item>", StandardCharsets.UTF_8, "UTF-8"),
                "https://n.example.com/rss", null);
        assertThat(f.items()).extracting(FeedItem::title).containsExactly("Bold move", "RSS <<< Title >>>");
        assertThat(f.items().get(1).link()).isNull();
    }
}
