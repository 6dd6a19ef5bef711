package io.newsradar.digest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's budget: a digest of 10,000 new articles across 50 themes renders in under 5 s, per format. Prints the
 * measured milliseconds (second of two runs, so class loading and template compilation are not counted twice).
 */
class DigestRenderBenchTest {
    static Digest large(int themes, int perTheme) {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        List<Digest.Section> sections = new ArrayList<>();
        for (int t = 0; t < themes; t++) {
            List<Digest.Item> items = new ArrayList<>();
            for (int i = 0; i < perTheme; i++) {
                items.add(new Digest.Item("中国発AIディープシークの台頭 <" + t + "/" + i + "> & export controls on H800 chips",
                        "https://news.example.jp/" + t + "/" + i + "?a=1&b=2", "ジェトロ・ビジネス短信", "みらいニュース", i % 2 == 0 ? "ja" : "en",
                        ZonedDateTime.of(2025, 1, 31, 16, i % 60, 0, 0, tokyo), Instant.parse("2025-02-01T00:00:00Z"),
                        "中国の人工知能(AI)スタートアップ「ディープシーク」が米国市場で急速に普及した。議論を巻き起こしている。", i % 17 == 0));
            }
            sections.add(new Digest.Section("Theme " + t, "v" + t, items, 0, new Trend(perTheme, List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L))));
        }
        return new Digest("bench", Instant.parse("2025-01-31T15:00:00Z"), Instant.parse("2025-02-01T15:00:00Z"), "Asia/Tokyo",
                Instant.parse("2025-02-01T22:00:00Z"), sections);
    }

    @Test
    void tenThousandArticlesAcrossFiftyThemesRenderInUnderFiveSecondsPerFormat() {
        Digest d = large(50, 200);
        assertThat(d.total()).isEqualTo(10_000);
        for (DigestFormat f : DigestFormat.values()) {
            DigestRenderer r = f.renderer();
            r.render(d);
            long t0 = System.nanoTime();
            String text = r.render(d);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("digest render bench: %s, 10000 articles / 50 themes: %d ms, %d chars%n", f, ms, text.length());
            assertThat(ms).as(f + " render time, ms").isLessThan(5_000);
        }
    }
}
