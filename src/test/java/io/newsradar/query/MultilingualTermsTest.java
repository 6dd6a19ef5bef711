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
import static org.assertj.core.api.Assertions.within;

/**
 * Significant terms per language field: 3 Japanese and 3 Chinese "Glacier" articles plant モレーン and 冰碛; 3 + 3
 * others say 市場 / 市场 instead. Japanese is read as Kuromoji {@code body_ja} terms (6 Japanese bodies), Chinese
 * as gram {@code body} bigrams against the 6 Chinese bodies only (the gram field indexes every article, but
 * Japanese and English ones are not read as gram terms).
 */
class MultilingualTermsTest {
    @TempDir
    static Path data;

    private static Article a(String id, String lang, String body) {
        return new Article(id, "https://news.example/" + id, null, "T", body,
                OffsetDateTime.parse("2025-02-01T09:00:00+09:00"), "given", null, lang, "Wire", "wire.example",
                null, false, true, null, null);
    }

    @BeforeAll
    static void index() throws IOException {
        Instant seen = Instant.parse("2025-03-01T00:00:00Z");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (int i = 1; i <= 3; i++) {
                store.upsert(a("jg" + i, "ja", "報告書はモレーンを示した。"), List.of("Glacier"), seen);
                store.upsert(a("zg" + i, "zh", "报告说：冰碛。"), List.of("Glacier"), seen);
                store.upsert(a("jo" + i, "ja", "報告書は市場を示した。"), List.of(), seen);
                store.upsert(a("zo" + i, "zh", "报告说：市场。"), List.of(), seen);
            }
        }
    }

    @Test
    void eachLanguageIsReadInItsOwnField() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            List<SignificantTerms.Term> top = s.significantTerms(new SearchRequest("", List.of("Glacier"), null, null,
                    null, null, SearchRequest.Sort.DATE, 1, List.of()), 10);
            assertThat(top).extracting(SignificantTerms.Term::term).containsExactly("モレーン", "冰碛"); // tie: by term
            // 冰碛: a=3 b=0 c=0 d=3, N=6 -> 2 (3 ln 2 + 3 ln 2) = 12 ln 2 = 8.3178, as モレーン
            assertThat(top.get(0).score()).isCloseTo(8.3178, within(1e-3));
            assertThat(top.get(1).bgCount()).isEqualTo(3);
            // モレーン: a=3 b=0 c=0 d=3, N=6 -> 2 (3 ln 2 + 3 ln 2) = 12 ln 2 = 8.3178
            assertThat(top.get(1).score()).isCloseTo(8.3178, within(1e-3));
        }
    }
}
