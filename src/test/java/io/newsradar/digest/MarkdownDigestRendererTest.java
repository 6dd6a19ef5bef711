package io.newsradar.digest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownDigestRendererTest {
    @Test
    void rendersThemesItemsAndWindowInTheDigestZone() {
        String md = new MarkdownDigestRenderer().render(withItem("中国発AIディープシークの台頭", "https://news.example.jp/a/1"));
        assertThat(md).contains("# newsradar digest: daily")
                .contains("Window 2025-02-01 00:00 to 2025-02-02 00:00 (Asia/Tokyo), 3 new articles counted per theme (an article in two themes counts in each), 2 themes, 1 stories listed")
                .contains("## DeepSeek (3 new) · definition abc123")
                .contains("**[中国発AIディープシークの台頭](<https://news.example.jp/a/1>)**")
                .contains("ジェトロ・ビジネス短信 via みらいニュース · 2025-01-31 16:00 · ja")
                .contains("… and 2 more")
                .contains("## AI regulation in the EU and Japan (0 new) · definition def456")
                .contains("Nothing new.");
    }

    @Test
    void showsTheTrendWithSparklineAndSpike() {
        String md = new MarkdownDigestRenderer().render(withItem("t", "https://news.example.jp/a/1"));
        // previous 1,0,2,1,0,1,2 -> average 1.0; 6 >= 3 and >= 2 x 1.0 -> spike; bars scaled to max 6
        assertThat(md).contains("Published: 6 vs 1.0 average of the previous 7 windows `▂▁▃▂▁▂▃█` **spike**");
    }

    @Test
    void hostileTitlesAndLinksAreDefused() {
        String md = new MarkdownDigestRenderer().render(withItem("<script>alert(1)</script> [x](javascript:y)", "javascript:alert(1)"));
        assertThat(md).doesNotContain("<script>").doesNotContain("(<javascript")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:"); // an unescaped ]( would make a link
        assertThat(md).contains("\\<script\\>").contains("\\[x\\](javascript:y)");
    }

    @Test
    void aUrlCannotCloseItsAngleBrackets() {
        String md = new MarkdownDigestRenderer().render(withItem("t", "https://e.example/a>b c"));
        assertThat(md).contains("[t](<https://e.example/a%3Eb%20c>)");
        String evil = new MarkdownDigestRenderer().render(withItem("t", "https://e.example/a> [evil](javascript:x)"));
        assertThat(evil).contains("- **t**").doesNotContain("javascript");
    }

    @Test
    void blankSourceAndSiteLeaveNoDanglingSeparator() {
        Digest d = withItem("t", "https://news.example.jp/a/1");
        Digest.Item i = d.sections().getFirst().items().getFirst();
        Digest.Item bare = new Digest.Item(i.title(), i.url(), "", "", i.lang(), i.published(), i.firstSeen(), i.lead(), false);
        Digest noSource = new Digest(d.name(), d.windowStart(), d.windowEnd(), d.timezone(), d.generatedAt(),
                List.of(new Digest.Section("DeepSeek", "abc123", List.of(bare), 0)));
        assertThat(new MarkdownDigestRenderer().render(noSource)).contains("\n  2025-01-31 16:00 · ja  \n");
    }

    @Test
    void eachItemLeadEndsItsLineBeforeTheMoreLineAndTheNextSection() {
        String md = new MarkdownDigestRenderer().render(withItem("t", "https://news.example.jp/a/1"));
        assertThat(md).contains("ディープシークが米国市場で急速に普及した。\n- … and 2 more\n\n## AI regulation");
    }
}
