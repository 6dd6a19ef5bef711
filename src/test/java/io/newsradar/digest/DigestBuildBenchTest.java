package io.newsradar.digest;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Theme;
import io.newsradar.query.LuceneArticleSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building (index reads, leads, trends) and rendering a digest of 10,000 new articles across 50 themes from a real
 * on-disk index, under issue 6's 5 s budget. Prints the measured milliseconds.
 */
class DigestBuildBenchTest {
    @Test
    void tenThousandNewArticlesAcrossFiftyThemesBuildAndRenderInUnderFiveSeconds(@TempDir Path data) throws Exception {
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < 50; t++) themes.add(new Theme("Theme " + t, "", "t" + t, "v" + t));
        Instant seen = Instant.parse("2025-02-08T06:00:00Z");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (int i = 0; i < 10_000; i++) {
                store.upsert(TestIndex.article("a" + i, "Export controls story " + i, "2025-02-0" + (1 + i % 8) + "T03:00:00Z"),
                        List.of("Theme " + (i % 50)), seen.plusSeconds(i));
            }
            store.commit();
        }
        DigestWindow day = new DigestWindow(Instant.parse("2025-02-08T00:00:00Z"), Instant.parse("2025-02-09T00:00:00Z"));
        try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(data); LuceneArticleStore store = LuceneArticleStore.open(data)) {
            DigestBuilder builder = new DigestBuilder(searcher, themes, ZoneId.of("Asia/Tokyo"));
            builder.build("warm", day, day.end(), 200);
            long t0 = System.nanoTime();
            Digest d = builder.build("bench", day, day.end(), 200);
            long built = (System.nanoTime() - t0) / 1_000_000;
            String html = new HtmlDigestRenderer().render(d);
            long total = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("digest build bench: 10000 articles / 50 themes: build %d ms, build+HTML %d ms (%d chars)%n", built, total, html.length());
            assertThat(d.total()).isEqualTo(10_000);
            assertThat(d.sections().getFirst().trend().previous()).hasSize(7);
            assertThat(total).isLessThan(5_000);
        }
    }
}
