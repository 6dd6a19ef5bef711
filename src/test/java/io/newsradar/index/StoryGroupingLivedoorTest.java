package io.newsradar.index;

import io.newsradar.index.dedup.StorySignature;
import io.newsradar.model.Article;
import io.newsradar.pipeline.JsonlArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Diagnostics (temporary). */
class StoryGroupingLivedoorTest {
    private static final Path FILE = Path.of(System.getProperty("newsradar.shared", "../shared"))
            .resolve("corpus/text/ja/livedoor-news.jsonl");
    @TempDir
    Path data;

    @Test
    void groups() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), FILE + " absent: skipping");
        List<Article> articles = new ArrayList<>();
        JsonlArticles.read(FILE, a -> { if (articles.size() < 4000) articles.add(a); }, f -> { });
        Map<String, String> story = new HashMap<>();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        long start = System.nanoTime();
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (int i = 0; i < articles.size(); i++) store.upsert(articles.get(i), List.of(), t0.plusSeconds(i));
            store.commit();
            store.forEach(s -> story.put(s.article().id(), s.story()));
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        Map<String, List<String>> groups = new HashMap<>();
        story.forEach((id, s) -> groups.computeIfAbsent(s, k -> new ArrayList<>()).add(id));
        List<List<String>> multi = groups.values().stream().filter(g -> g.size() > 1)
                .sorted((a, b) -> b.size() - a.size()).toList();
        System.out.printf("livedoor: %d articles, %d stories, %d multi-member, largest %d, %d ms%n", story.size(),
                groups.size(), multi.size(), multi.isEmpty() ? 0 : multi.get(0).size(), ms);
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        for (List<String> g : multi.subList(0, Math.min(multi.size(), Integer.getInteger("show", 5)))) {
            System.out.println("GROUP " + g.size() + " " + g.subList(0, Math.min(6, g.size())));
            for (String id : g.subList(0, Math.min(3, g.size()))) {
                String b = byId.get(id).body();
                System.out.println("  " + id + " J0=" + String.format("%.3f",
                        StorySignature.of(byId.get(g.get(0)).body()).jaccard(StorySignature.of(b))) + " len=" + b.length()
                        + " | " + b.replace('\n', ' ').substring(0, Math.min(120, b.length())) + " ... "
                        + b.replace('\n', ' ').substring(Math.max(0, b.length() - 200)));
            }
        }
    }
}
