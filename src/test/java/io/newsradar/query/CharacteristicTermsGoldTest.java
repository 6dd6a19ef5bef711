package io.newsradar.query;

import io.newsradar.themes.ThemesBench;
import io.newsradar.index.LuceneArticleStore;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Characteristic terms on the 160 labelled themes-gold articles (en, ja, zh), each tagged with its gold labels and
 * first seen in one window: a theme's top terms and entities must name what the theme is about (words of the
 * theme's own name, as the gold set labels it) and hold no function words.
 */
class CharacteristicTermsGoldTest {
    private static final Path GOLD = Path.of(System.getProperty("newsradar.shared", "../shared"), "corpus", "themes-gold");
    private static final Instant SEEN = Instant.parse("2025-07-01T00:00:00Z");
    @TempDir
    static Path data;

    @BeforeAll
    static void index() throws IOException {
        assumeTrue(Files.isRegularFile(GOLD.resolve("articles.jsonl")), GOLD + " absent: skipping");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (ThemesBench.GoldArticle g : ThemesBench.read(GOLD.resolve("articles.jsonl"))) {
                store.upsert(g.article(), List.copyOf(g.labels()), SEEN);
            }
        }
    }

    private static List<SignificantTerms.Term> top(String theme) throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            return s.characteristicTerms(theme, SEEN.minusSeconds(3600), SEEN.plusSeconds(3600), 8);
        }
    }

    @Test
    void exportControlsRankExportControlTermsAboveGenericWords() throws IOException {
        List<SignificantTerms.Term> top = top("Semiconductor export controls");
        assertThat(top).hasSizeBetween(5, 8);
        List<String> texts = top.stream().map(t -> t.term().toLowerCase(Locale.ROOT)).toList();
        assertThat(texts).as("top: %s", top).anyMatch(t -> t.contains("export") || t.contains("輸出"));
        assertThat(texts).as("top: %s", top).noneMatch(t -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t)
                || t.equals("said") || t.equals("する") || t.equals("ai"));
        assertThat(top).allMatch(t -> t.fgCount() >= 2 && t.score() > 0);
        for (int k = 1; k < top.size(); k++) assertThat(top.get(k).score()).isLessThanOrEqualTo(top.get(k - 1).score());
    }

    @Test
    void deepSeekRanksItsOwnNameFirstAmongFew() throws IOException {
        List<SignificantTerms.Term> top = top("DeepSeek");
        List<String> texts = top.stream().map(t -> t.term().toLowerCase(Locale.ROOT)).toList();
        assertThat(texts.subList(0, Math.min(3, texts.size()))).as("top: %s", top)
                .anyMatch(t -> t.contains("deepseek") || t.contains("ディープシーク") || t.contains("深度求索"));
    }

    @Test
    void entitiesAreReportedWithTheirKind() throws IOException {
        List<SignificantTerms.Term> all = new ArrayList<>();
        for (String theme : List.of("Semiconductor export controls", "DeepSeek", "AI regulation in the EU and Japan")) {
            all.addAll(top(theme));
        }
        assertThat(all).as("all: %s", all).anyMatch(t -> t.kind() == SignificantTerms.Kind.ENTITY);
        assertThat(all).filteredOn(t -> t.kind() == SignificantTerms.Kind.ENTITY)
                .allMatch(t -> t.term().contains(" ") || t.term().codePoints().anyMatch(c -> c > 0x3000));
    }
}
