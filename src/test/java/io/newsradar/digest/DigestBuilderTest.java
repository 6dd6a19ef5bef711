package io.newsradar.digest;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Theme;
import io.newsradar.query.LuceneArticleSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static io.newsradar.digest.TestIndex.add;
import static io.newsradar.digest.TestIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

/** The builder over a real on-disk index: first-seen selection, late marks, the trend counts. */
class DigestBuilderTest {
    private static final Theme CHIPS = new Theme("Chips", "", "chip", "v1");
    private static final Theme OTHER = new Theme("Other", "", "other", "v2");
    private static final DigestWindow DAY = new DigestWindow(Instant.parse("2025-02-08T00:00:00Z"), Instant.parse("2025-02-09T00:00:00Z"));

    @Test
    void listsWhatWasFirstSeenInTheWindowWithTrendByPublication(@TempDir Path data) throws Exception {
        // previous 7 daily windows (1..7 Feb): published counts 1,0,0,2,0,1,0 ; window (8 Feb): 3 published
        String[] earlier = {"2025-02-01T10:00:00Z", "2025-02-04T10:00:00Z", "2025-02-04T11:00:00Z", "2025-02-06T10:00:00Z"};
        for (int i = 0; i < earlier.length; i++) add(data, article("old" + i, "old chip " + i, earlier[i]), List.of("Chips"), earlier[i]);
        for (int i = 0; i < 3; i++) {
            add(data, article("new" + i, "new chip " + i, "2025-02-08T0" + (i + 1) + ":00:00Z"), List.of("Chips"), "2025-02-08T0" + (i + 1) + ":05:00Z");
        }
        add(data, article("late", "late chip", "2025-01-02T10:00:00Z"), List.of("Chips"), "2025-02-08T12:00:00Z"); // old, indexed late
        add(data, article("out", "tomorrow chip", "2025-02-09T01:00:00Z"), List.of("Chips"), "2025-02-09T01:00:00Z"); // after the window

        try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(data); LuceneArticleStore store = LuceneArticleStore.open(data)) {
            Digest d = new DigestBuilder(searcher, List.of(CHIPS, OTHER), ZoneId.of("UTC"))
                    .build("daily", DAY, Instant.parse("2025-02-09T00:00:01Z"), 3);
            Digest.Section chips = d.sections().getFirst();
            assertThat(chips.items()).extracting(Digest.Item::title).containsExactly("late chip", "new chip 2", "new chip 1");
            assertThat(chips.more()).isEqualTo(1);
            assertThat(chips.items().getFirst().late()).isTrue();
            assertThat(chips.items().get(1).late()).isFalse();
            assertThat(chips.items().get(1).lead()).isEqualTo("new chip 2. Second sentence.");
            assertThat(chips.trend().previous()).containsExactly(1L, 0L, 0L, 2L, 0L, 1L, 0L);
            assertThat(chips.trend().count()).isEqualTo(3);
            assertThat(chips.trend().spike()).isTrue(); // 3 >= 3 and 3 >= 2 x 4/7
            Digest.Section other = d.sections().get(1);
            assertThat(other.items()).isEmpty();
            assertThat(other.trend().count()).isZero();
            assertThat(other.trend().spike()).isFalse();
        }
    }

    @Test
    void aCalendarDayTrendStepsBackByCalendarDaysAcrossADstChange(@TempDir Path data) throws Exception {
        ZoneId ny = ZoneId.of("America/New_York");
        // window: 9 Mar 2025 in New York (23 h, 05:00Z to 04:00Z next day); the day before, 8 Mar, is 05:00Z to 05:00Z
        DigestWindow sunday = new DigestWindow(Instant.parse("2025-03-09T05:00:00Z"), Instant.parse("2025-03-10T04:00:00Z"));
        add(data, article("sat-late", "chip Saturday 23:30 EST", "2025-03-09T04:30:00Z"), List.of("Chips"), "2025-03-09T04:40:00Z");
        add(data, article("sat-early", "chip Saturday 00:30 EST", "2025-03-08T05:30:00Z"), List.of("Chips"), "2025-03-08T05:40:00Z");
        add(data, article("fri-late", "chip Friday 23:30 EST", "2025-03-08T04:30:00Z"), List.of("Chips"), "2025-03-08T04:40:00Z");
        try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(data)) {
            Trend t = new DigestBuilder(searcher, List.of(CHIPS), ny).build("d", sunday, sunday.end(), 5).sections().getFirst().trend();
            // by calendar days: Saturday 8 Mar holds both Saturday articles, Friday 7 Mar the Friday one; stepping back
            // by 23 h would have cut Saturday at 01:00 EST and counted 1 then 2
            assertThat(t.previous()).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 2L);
        }
    }
}
