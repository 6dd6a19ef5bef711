package io.newsradar.digest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownDigestRendererTest {
    private static Digest digest(String title, String url) {
        Digest.Item item = new Digest.Item(title, url, "ジェトロ・ビジネス短信", "みらいニュース", "ja",
                ZonedDateTime.of(2025, 1, 31, 16, 0, 0, 0, ZoneId.of("Asia/Tokyo")), Instant.parse("2025-02-01T00:00:00Z"),
                "ディープシークが米国市場で急速に普及した。", false);
        return new Digest("daily", Instant.parse("2025-01-31T15:00:00Z"), Instant.parse("2025-02-01T15:00:00Z"),
                "Asia/Tokyo", Instant.parse("2025-02-01T22:00:00Z"),
                List.of(new Digest.Section("DeepSeek", "abc123", List.of(item), 2),
                        new Digest.Section("AI regulation in the EU and Japan", "def456", List.of(), 0)));
    }

    @Test
    void rendersThemesItemsAndWindowInTheDigestZone() {
        String md = new MarkdownDigestRenderer().render(digest("中国発AIディープシークの台頭", "https://news.example.jp/a/1"));
        assertThat(md).contains("# newsradar digest: daily")
                .contains("Window 2025-02-01 00:00 to 2025-02-02 00:00 (Asia/Tokyo)")
                .contains("## DeepSeek (3 new) · definition abc123")
                .contains("[中国発AIディープシークの台頭](<https://news.example.jp/a/1>)")
                .contains("ジェトロ・ビジネス短信 via みらいニュース · 2025-01-31 16:00 · ja")
                .contains("… and 2 more")
                .contains("## AI regulation in the EU and Japan (0 new)")
                .contains("Nothing new.");
    }

    @Test
    void hostileTitlesAndLinksAreDefused() {
        String md = new MarkdownDigestRenderer().render(digest("<script>alert(1)</script> [x](javascript:y)", "javascript:alert(1)"));
        assertThat(md).doesNotContain("<script>").doesNotContain("(<javascript")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:"); // an unescaped ]( would make a link
        assertThat(md).contains("\\<script\\>");
    }
}
