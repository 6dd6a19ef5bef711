package io.newsradar.themes;

import io.newsradar.SharedData;
import io.newsradar.index.ArticleAnalysis;
import io.newsradar.model.Article;
import io.newsradar.pipeline.JsonlArticles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tagging from an {@link ArticleAnalysis} (the tokens the index is then written from) gives the same themes as
 * tagging from the text analysed on its own, for the themes-gold articles and English, Japanese and Chinese
 * articles of the shared corpora (skipped when {@code ../shared} is absent).
 */
class ArticleAnalysisTagsTest {
    @Test
    void tagsAreTheSameEitherWay() throws IOException {
        Path corpus = SharedData.require("corpus");
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, Integer> f : Map.of("themes-gold/articles.jsonl", Integer.MAX_VALUE,
                "text/en/reuters21578.jsonl", 150, "text/ja/livedoor-news.jsonl", 150,
                "text/zh/sogouca-smarty.jsonl", 200).entrySet()) {
            List<Article> some = new ArrayList<>();
            JsonlArticles.read(corpus.resolve(f.getKey()), a -> {
                if (some.size() < f.getValue()) some.add(a);
            }, x -> { });
            articles.addAll(some);
        }
        MemoryThemeMatcher matcher = new MemoryThemeMatcher(ThemesFile.loadDefault());
        int tagged = 0;
        for (Article a : articles) {
            List<String> fromText = matcher.match(new ArticleViews(a));
            List<String> fromTokens = matcher.match(ArticleAnalysis.of(a));
            assertThat(fromTokens).as(a.id()).isEqualTo(fromText);
            if (!fromText.isEmpty()) tagged++;
        }
        assertThat(articles.stream().map(Article::lang).distinct()).contains("en", "ja", "zh");
        assertThat(tagged).as("articles with at least one theme").isGreaterThan(50);
    }
}
