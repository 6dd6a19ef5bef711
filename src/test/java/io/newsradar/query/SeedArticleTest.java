package io.newsradar.query;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.model.Snippet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed article ({@code corpus/seed/truth.json}) as extracted, indexed and searched the ways an analyst would. */
class SeedArticleTest {
    @TempDir
    static Path data;
    private static JsonNode truth;

    @BeforeAll
    static void index() throws IOException {
        Path file = TextCorpus.shared().resolve("corpus/seed/truth.json");
        assumeTrue(Files.isRegularFile(file), file + " absent: skipping");
        truth = JsonMapper.builder().build().readTree(file.toFile());
        List<String> paragraphs = new ArrayList<>();
        truth.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
        Article seed = new Article(null, truth.get("url").asString(), null, truth.get("title").asString(),
                String.join("\n\n", paragraphs), OffsetDateTime.parse(truth.get("published").asString()), "json-ld",
                null, "ja", truth.get("source").asString(), "news.example.jp", null, false, true, "UTF-8", null);
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.upsert(seed, List.of(), Instant.now());
        }
    }

    private static SearchResult search(String q) throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            return s.search(SearchRequest.of(q));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"輸出規制", "\"輸出規制\"", "ディープシーク", "ﾃﾞｨｰﾌﾟｼｰｸ", "H800", "Ｈ８００", "H100", "A100", "R1", "V3",
            "ＡＩ", "エヌビディア", "輸出管理", "知識蒸留", "Knowledge Distillation", "\"Mixture of Experts\"",
            "lead:アズール", "title:ディープシーク", "ディープシーク NEAR/10 輸出規制", "ディープシーク SENT 輸出規制",
            "atleast5(ディープシーク)", "source:ジェトロ・ビジネス短信", "published:2025-01-31", "lang:ja"})
    void theSeedIsFoundTheWaysAnAnalystAsks(String query) throws IOException {
        assertThat(search(query).total()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead:輸出規制", "H200", "DeepSeek", "title:輸出規制", "atleast20(ディープシーク)", "published:2025-02"})
    void andNotFoundWhereItShouldNotBe(String query) throws IOException {
        assertThat(search(query).total()).isZero();
    }

    @Test
    void theSnippetMarksEveryMatchInTheBestPassage() throws IOException {
        Snippet s = search("輸出規制").hits().getFirst().snippet();
        assertThat(s.highlights()).isNotEmpty();
        s.highlights().forEach(h -> assertThat(s.text().substring(h.start(), h.end())).isEqualTo("輸出規制"));
        assertThat(s.text().length()).isLessThanOrEqualTo(Snippets.WINDOW + 40);
    }
}
