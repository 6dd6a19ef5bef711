package io.newsradar.extract;

import io.newsradar.config.ExtractSettings;
import io.newsradar.model.Article;
import io.newsradar.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behaviour of the whole extractor on small pages written for each rule. */
class ArticleExtractorTest {
    private static final Instant FETCHED = Instant.parse("2025-02-01T03:00:00Z");
    private static final String P1 = "Several chipmakers are moving final test and packaging lines out of mainland China, "
            + "according to supplier filings reviewed this week, as export rules on advanced semiconductors widen.";
    private static final String P2 = "The moves mostly involve equipment used to test high-end processors, which now needs "
            + "a licence to be serviced by foreign engineers in some locations, people familiar with the matter said.";
    private static final String JA1 = "米国と同盟国による対中輸出規制の強化が、日本の半導体製造装置メーカーの経営に影を落としている。売上高に占める中国向けの比率が高い企業ほど、受注の先行きが見通しにくくなっている。";
    private static final String JA2 = "業界団体は、半導体の輸出規制が続く中でも国内の計算資源を確保する必要があると指摘している。各社は対応策の検討を急いでいる。";
    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    private Article extract(String html) throws ExtractionException {
        return extract(html, "https://news.example.com/a/1");
    }

    private Article extract(String html, String url) throws ExtractionException {
        return extractor.extract(new Page(url, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", FETCHED));
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void relatedStoriesWithSummariesStayOutButAListAfterProseStays() throws Exception {
        Article a = extract(page("<title>Chips move | Daily</title>", "<article><h1>Chips move</h1><p>" + P1 + "</p>"
                + "<p>The company listed its steps:</p><ul><li><a href=/x>Malaysia</a> gets two lines this year and more later</li>"
                + "<li><a href=/y>Vietnam</a> gets one line next year and another after that</li></ul><p>" + P2 + "</p>"
                + "<div class=more-on-this><h3>More on this topic</h3><ul>"
                + "<li><a href=/1>Packaging boom lifts equipment orders</a><p>Orders for bonding tools rose sharply last quarter as customers added capacity.</p></li>"
                + "<li><a href=/2>Exporters face long licence queues</a><p>Applications for servicing licences have piled up for months.</p></li>"
                + "</ul></div></article>"));
        assertThat(a.body()).contains(P1, P2, "Malaysia gets two lines").doesNotContain("More on this topic", "Orders for bonding");
        assertThat(a.body().split("\n\n")).hasSize(5);
    }

    @Test
    void hiddenCopiesCommentsAndPaywallPromptsAreNotBody() throws Exception {
        Article a = extract(page("<title>t</title>", "<main><h1>対中輸出規制の試練</h1><div class=text><p>" + JA1 + "</p><p>" + JA2
                + "</p><div style='display:none' itemprop=articleBody><p>" + JA1 + JA1 + JA1 + "</p></div>"
                + "<p>この記事は有料会員限定です。続きを読むには会員登録が必要です。</p><p>月額1,980円で全ての記事が読めます。登録は今すぐこちらから。</p></div>"
                + "<h3>コメント</h3><p>読者の意見です。輸出規制については様々な見方があり、今後の動向を注視したいと考えています。</p></main>"));
        assertThat(a.body()).isEqualTo(JA1 + "\n\n" + JA2);
        assertThat(a.paywalled()).isTrue();
        assertThat(a.lang()).isEqualTo("ja");
    }

    @Test
    void rubyReadingsAreKeptOnlyWhereThePageGivesParentheses() throws Exception {
        Article a = extract(page("<title>t</title>", "<article><h1>見出しの文章です</h1><p><ruby>子<rt>こ</rt></ruby>どもへの"
                + "<ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>大統領の発言について" + JA2 + "</p></article>"));
        assertThat(a.body()).startsWith("子どもへの尹錫悦（ユンソンニョル）大統領");
    }

    @Test
    void readsTheSeedStyleDatelineOutletAndRelativeDates() throws Exception {
        Article a = extract(page("<title>見出し - ポータル</title><meta property=og:site_name content=ポータル>",
                "<article><h1>見出し</h1><p class=src><a href=/p>アジア通商ウォッチ</a> / ２０２５年１月３１日　１６時０分</p>"
                        + "<div class=body><p>" + JA1 + "</p><p>" + JA2 + "</p></div></article>"));
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-01-31T16:00+09:00"));
        assertThat(a.dateSource()).isEqualTo("text");
        assertThat(a.source()).isEqualTo("アジア通商ウォッチ");
        assertThat(a.site()).isEqualTo("ポータル");
        Article rel = extract(page("<title>t</title>", "<article><h1>見出し</h1><p>2時間前</p><p>" + JA1 + "</p></article>"));
        assertThat(rel.published().toInstant()).isEqualTo(Instant.parse("2025-02-01T01:00:00Z"));
    }

    @Test
    void futureDatesAndScriptDatesAreNeverPublished() throws Exception {
        Article a = extract(page("<title>t</title><meta property=article:published_time content=2026-03-01T00:00:00Z>"
                + "<script>var end='2025-01-30T10:00:00Z';</script>", "<article><h1>Title here</h1><p>" + P1 + "</p></article>"));
        assertThat(a.published()).isNull();
        assertThat(a.dateSource()).isEqualTo("none");
    }

    @Test
    void metadataWinsInTheDocumentedOrder() throws Exception {
        Article a = extract(page("<title>Chips move | Daily</title><meta property=og:title content='Chips move'>"
                + "<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"Chips move\",\"datePublished\":\"2025-01-29T21:30:00Z\",\"dateModified\":\"2025-01-30T08:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"}]}]}</script>"
                + "<meta property=article:published_time content=2025-01-28T00:00:00Z><meta name=robots content='noindex, follow'>",
                "<article><h1>Chips move</h1><p>By Someone Else | Jan. 27, 2025 4:00 p.m. ET</p><p>" + P1 + "</p></article>"));
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-01-29T21:30Z"));
        assertThat(a.dateSource()).isEqualTo("json-ld");
        assertThat(a.modified()).isEqualTo(OffsetDateTime.parse("2025-01-30T08:00Z"));
        assertThat(a.author()).isEqualTo("Ann Lee");
        assertThat(a.indexable()).isFalse();
        assertThat(a.title()).isEqualTo("Chips move");
        assertThat(a.body()).isEqualTo(P1);
        assertThat(a.lang()).isEqualTo("en");
    }

    @Test
    void canonicalIsResolvedAgainstBaseHrefAndLosesTrackingParameters() throws Exception {
        Article a = extract(page("<base href='https://news.example.com/world/'><link rel=canonical href='2025/01/30/x?utm_source=rss&id=4'>",
                "<p>" + P1 + "</p>"), "https://news.example.com/world/2025/01/30/x?from=home");
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example.com/world/2025/01/30/x?id=4");
        assertThat(a.url()).isEqualTo("https://news.example.com/world/2025/01/30/x?from=home");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            application/pdf          | not HTML (application/pdf)
            image/png; charset=x     | not HTML (image/png)
            """)
    void refusesNonHtmlWithOneLine(String contentType, String reason) {
        Page p = new Page("https://news.example.com/f", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), contentType, FETCHED);
        assertThatThrownBy(() -> extractor.extract(p)).isInstanceOf(ExtractionException.class)
                .hasMessage("https://news.example.com/f: " + reason);
    }

    @Test
    void refusesEmptyAndBinaryBodies() {
        assertThatThrownBy(() -> extractor.extract(new Page("https://e.example/x", new byte[0], null, FETCHED)))
                .hasMessage("https://e.example/x: empty response body");
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i % 7);
        assertThatThrownBy(() -> extractor.extract(new Page("https://e.example/y", binary, null, FETCHED)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("https://e.example/y: ");
    }

    @Test
    void siteZoneFromThePageOverridesTheLanguageDefault() throws Exception {
        String html = page("<title>t</title>", "<article><h1>Title here</h1><p>2025-01-28 07:40</p><p>" + P1 + "</p></article>");
        Page p = new Page("https://news.example.com/a", html.getBytes(StandardCharsets.UTF_8), null, FETCHED, "America/New_York");
        assertThat(extractor.extract(p).published()).isEqualTo(OffsetDateTime.parse("2025-01-28T07:40-05:00"));
        assertThat(extract(html).published()).isEqualTo(OffsetDateTime.parse("2025-01-28T07:40Z"));
    }
}
