package io.newsradar.query;

import io.newsradar.query.ArticleSearcher.Bucket;
import io.newsradar.query.ArticleSearcher.TimelineBucket;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two timelines on one calendar, in Tokyo time. */
class ComparisonTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static TimelineBucket month(String ym, long count) {
        LocalDate d = LocalDate.parse(ym + "-01");
        return new TimelineBucket(d.atStartOfDay(TOKYO).toInstant(), ym, count);
    }

    @Test
    void disjointRangesAreJoinedWithZerosBetween() {
        List<Comparison.Row> rows = Comparison.align(
                List.of(month("2025-01", 4), month("2025-02", 1)),
                List.of(month("2025-05", 2)), Bucket.MONTH, TOKYO);
        assertThat(rows).extracting(Comparison.Row::label)
                .containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05");
        assertThat(rows).extracting(Comparison.Row::first).containsExactly(4L, 1L, 0L, 0L, 0L);
        assertThat(rows).extracting(Comparison.Row::second).containsExactly(0L, 0L, 0L, 0L, 2L);
        assertThat(rows.getFirst().start()).hasToString("2024-12-31T15:00:00Z"); // Tokyo midnight, Jan 1
    }

    @Test
    void oneEmptySideAndBothEmpty() {
        assertThat(Comparison.align(List.of(), List.of(month("2025-03", 7)), Bucket.MONTH, TOKYO))
                .containsExactly(new Comparison.Row(month("2025-03", 0).start(), "2025-03", 0, 7));
        assertThat(Comparison.align(List.of(), List.of(), Bucket.MONTH, TOKYO)).isEmpty();
    }
}
