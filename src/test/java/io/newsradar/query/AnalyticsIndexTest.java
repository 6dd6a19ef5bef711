package io.newsradar.query;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Significant terms and spikes over a small on-disk index: 10 English articles, 4 tagged "Glacier" of which 3 plant
 * the word "moraine" (found nowhere else); "the" and "report" occur everywhere.
 */
class AnalyticsIndexTest {
    @TempDir
    static Path data;

    private static Article en(String id, String title, String body, String published) {
        return new Article(id, "https://news.example/" + id, null, title, body, OffsetDateTime.parse(published),
                "given", null, "en", "Wire", "wire.example", null, false, true, null, null);
    }

    @BeforeAll
    static void index() throws IOException {
        Instant seen = Instant.parse("2025-03-01T00:00:00Z");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.upsert(en("g1", "Ice report", "The report maps a moraine. The 2025 survey in 12 valleys.",
                    "2025-02-03T09:00:00Z"), List.of("Glacier"), seen);
            store.upsert(en("g2", "Valley report", "The report: a moraine blocks the valley.",
                    "2025-02-04T09:00:00Z"), List.of("Glacier"), seen);
            store.upsert(en("g3", "Melt report", "The report says the moraine lake grew.",
                    "2025-02-05T09:00:00Z"), List.of("Glacier"), seen);
            store.upsert(en("g4", "Snow report", "The report on snow.", "2025-01-10T09:00:00Z"), List.of("Glacier"), seen);
            for (int i = 1; i <= 6; i++) {
                store.upsert(en("o" + i, "Market report " + i, "The report on markets and the valley economy " + i + ".",
                        "2025-01-0" + i + "T09:00:00Z"), List.of(), seen);
            }
        }
    }

    private static SearchRequest theme(String name, Instant since, Instant until) {
        return new SearchRequest("", List.of(name), since, until, null, null, SearchRequest.Sort.DATE, 1, List.of());
    }

    @Test
    void thePlantedTermRanksFirst() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            List<SignificantTerms.Term> top = s.significantTerms(theme("Glacier", null, null), 10);
            // moraine: in 3 of the 4 Glacier articles, 3 of the 10 articles (10 English bodies):
            // a=3 b=1 c=0 d=6, N=10; E = 1.2, 2.8, 1.8, 4.2 -> G² = 2 (3 ln 2.5 + 1 ln(1/2.8) + 6 ln(6/4.2)) = 7.7186
            assertThat(top.getFirst().term()).isEqualTo("moraine");
            assertThat(top.getFirst().fgCount()).isEqualTo(3);
            assertThat(top.getFirst().bgCount()).isEqualTo(3);
            assertThat(top.getFirst().score()).isCloseTo(7.7186, org.assertj.core.data.Offset.offset(1e-3));
            // in every article, and numbers, and the boundary markers, never rank
            assertThat(top).extracting(SignificantTerms.Term::term)
                    .doesNotContain("the", "report", "2025", "12", "zzsentzz", "zzparazz");
        }
    }

    @Test
    void theWindowNarrowsTheForeground() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            // Only g4 is in January: no term is in 2 foreground articles
            assertThat(s.significantTerms(theme("Glacier", Instant.parse("2025-01-01T00:00:00Z"),
                    Instant.parse("2025-02-01T00:00:00Z")), 10)).isEmpty();
        }
    }
}
