package io.newsradar.digest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;

class HtmlDigestRendererTest {
    private static final HtmlDigestRenderer HTML = new HtmlDigestRenderer();

    @Test
    void titleIsALinkToTheArticleAndTheHeaderNamesWindowAndZone() {
        Document doc = Jsoup.parse(HTML.render(withItem("中国発AIディープシークの台頭", "https://news.example.jp/a/1?x=1&y=2")));
        Element a = doc.selectFirst("a");
        assertThat(a.attr("href")).isEqualTo("https://news.example.jp/a/1?x=1&y=2");
        assertThat(a.text()).isEqualTo("中国発AIディープシークの台頭");
        assertThat(a.closest("[lang]").attr("lang")).isEqualTo("ja"); // CJK fonts chosen by the item's language
        assertThat(doc.text()).contains("Window 2025-02-01 00:00 to 2025-02-02 00:00 (Asia/Tokyo)")
                .contains("DeepSeek (3 new)").contains("definition abc123").contains("▂▁▃▂▁▂▃█ spike")
                .contains("ジェトロ・ビジネス短信 via みらいニュース · 2025-01-31 16:00 · ja");
    }

    @Test
    void emailSafeNoScriptsNoStyleBlocksNoExternalResources() {
        String html = HTML.render(withItem("t", "https://news.example.jp/a/1"));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, style, link, iframe, object, form")).isEmpty();
        assertThat(doc.select("img")).isNotEmpty().allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));
        assertThat(doc.select("[style]")).isNotEmpty();
        assertThat(html).doesNotContainIgnoringCase("javascript:");
        assertThat(doc.getAllElements()).allSatisfy(e -> e.attributes().forEach(at -> assertThat(at.getKey()).doesNotStartWith("on")));
    }

    @Test
    void hostileTitleIsTextNotMarkup() {
        String title = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        Document doc = Jsoup.parse(HTML.render(withItem(title, "https://news.example.jp/a/1")));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"))
                .noneMatch(img -> img.hasAttr("onerror"));
        assertThat(doc.selectFirst("a").text()).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<b>x</b>",
            "vbscript:msgbox", "//evil.example/x", "https:/no-host", "ftp://files.example/x"})
    void nonHttpLinksNeverBecomeLinks(String url) {
        Document doc = Jsoup.parse(HTML.render(withItem("headline", url)));
        assertThat(doc.select("a")).isEmpty();
        assertThat(doc.text()).contains("headline");
    }

    @Test
    void quotesInAttributesCannotBreakOut() {
        String url = "https://news.example.jp/a\" onmouseover=\"alert(1)";
        Document doc = Jsoup.parse(HTML.render(withItem("q'\"", url)));
        Element a = doc.selectFirst("a");
        assertThat(a.attributes().size()).isEqualTo(2); // href and style only
        assertThat(a.attr("href")).isEqualTo("https://news.example.jp/a%22%20onmouseover=%22alert(1)");
        assertThat(a.text()).isEqualTo("q'\"");
    }

    @Test
    void atomFragmentTrendChartIsTableCellsScaledToTheLargestWindowWithTheSpikeInRed() {
        Document doc = Jsoup.parse(HTML.fragment(withItem("t", "https://news.example.jp/a/1")));
        assertThat(doc.select("img")).isEmpty(); // feed readers drop inline images: bars as table cells
        var bars = doc.select("table[role=presentation] td > div[title]");
        // previous 1,0,2,1,0,1,2 then 6 (spike): heights 2 + count x 22 / 6, rounded
        assertThat(bars.eachAttr("title")).containsExactly("1", "0", "2", "1", "0", "1", "2", "6");
        assertThat(bars.eachAttr("style")).allMatch(st -> st.contains("height:")).last().asString()
                .contains("height:24px").contains("#b00020");
        assertThat(bars.first().attr("style")).contains("height:6px");
    }

    @Test
    void trendChartIsAnInlinePngWithTheCountsAsAltText() throws Exception {
        Document doc = Jsoup.parse(HTML.render(withItem("t", "https://news.example.jp/a/1")));
        var img = doc.select("img");
        assertThat(img).hasSize(1); // one theme has a trend
        assertThat(img.attr("alt")).isEqualTo("Articles published per window, oldest first: 1, 0, 2, 1, 0, 1, 2; this window: 6 (average 1.0, spike)");
        assertThat(img.attr("width")).isEqualTo(String.valueOf(TrendChart.WIDTH));
        String src = img.attr("src");
        assertThat(src).startsWith("data:image/png;base64,");
        byte[] png = java.util.Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
        java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(chart.getWidth()).isEqualTo(2 * TrendChart.WIDTH);
        assertThat(chart.getHeight()).isEqualTo(2 * TrendChart.HEIGHT);
        // the last bar (this window, a spike) is red near the bottom right; an earlier bar is grey
        int red = chart.getRGB(chart.getWidth() - 20, chart.getHeight() - 8) & 0xffffff;
        assertThat(red).isEqualTo(0xb00020);
        assertThat(doc.text()).contains("▂▁▃▂▁▂▃█"); // the sparkline stays in the text
    }
}
