package io.newsradar.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Digests written for the tests: one Japanese item on DeepSeek, one empty theme. */
final class SampleDigests {
    private SampleDigests() {
    }

    static Digest withItem(String title, String url) {
        Digest.Item item = new Digest.Item(title, url, "ジェトロ・ビジネス短信", "みらいニュース", "ja",
                ZonedDateTime.of(2025, 1, 31, 16, 0, 0, 0, ZoneId.of("Asia/Tokyo")), Instant.parse("2025-02-01T00:00:00Z"),
                "ディープシークが米国市場で急速に普及した。", false);
        return new Digest("daily", Instant.parse("2025-01-31T15:00:00Z"), Instant.parse("2025-02-01T15:00:00Z"),
                "Asia/Tokyo", Instant.parse("2025-02-01T22:00:00Z"),
                List.of(new Digest.Section("DeepSeek", "abc123", List.of(item), 2, new Trend(6, List.of(1L, 0L, 2L, 1L, 0L, 1L, 2L))),
                        new Digest.Section("AI regulation in the EU and Japan", "def456", List.of(), 0)));
    }
}
