package io.newsradar.index;

import io.newsradar.index.dedup.StorySignature;
import io.newsradar.model.Article;
import io.newsradar.pipeline.JsonlArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Story grouping on the themes-gold corpus: the articles of {@code articles.jsonl} are written to an on-disk index
 * in file order (one minute apart), and the stored story ids must reproduce the gold {@code story} pairs exactly.
 */
class StoryGroupingGoldTest {
    private static final Path GOLD = Path.of(System.getProperty("newsradar.shared", "../shared"))
            .resolve("corpus/themes-gold/articles.jsonl");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<Article> ARTICLES = new ArrayList<>();
    /** Article id -> gold story label, null when the article is in no pair. */
    private static final Map<String, String> GOLD_STORY = new HashMap<>();

    @TempDir
    static Path data;

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(Files.isRegularFile(GOLD), GOLD + " absent: skipping");
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(GOLD)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            Article a = JsonlArticles.parse(n);
            ARTICLES.add(a);
            GOLD_STORY.put(a.id(), n.path("story").isString() ? n.path("story").asString() : null);
        }
    }

    private static Map<String, String> ingest(List<Article> articles) throws IOException {
        Map<String, String> story = new HashMap<>();
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (int i = 0; i < articles.size(); i++) store.upsert(articles.get(i), List.of(), T0.plusSeconds(60L * i));
            store.commit();
            store.forEach(s -> story.put(s.article().id(), s.story()));
        }
        return story;
    }

    @Test
    void goldPairsShareAStoryAndNoOtherArticlesDo() throws IOException {
        Map<String, String> story = ingest(ARTICLES);
        assertThat(story).hasSize(160);
        int together = 0, apart = 0;
        for (int i = 0; i < ARTICLES.size(); i++) {
            for (int j = i + 1; j < ARTICLES.size(); j++) {
                String a = ARTICLES.get(i).id(), b = ARTICLES.get(j).id();
                boolean gold = GOLD_STORY.get(a) != null && GOLD_STORY.get(a).equals(GOLD_STORY.get(b));
                boolean grouped = story.get(a).equals(story.get(b));
                assertThat(grouped).as("%s / %s grouped", a, b).isEqualTo(gold);
                if (gold) {
                    together++;
                    assertThat(story.get(b)).as("story id is the earlier member's id").isEqualTo(a);
                } else apart++;
            }
        }
        assertThat(together).isEqualTo(7);
        assertThat(apart).isEqualTo(160 * 159 / 2 - 7);
        assertThat(story.values().stream().distinct().count()).isEqualTo(160 - 7);

        // stable: re-ingesting every article, in reverse order and seen later, moves no one
        List<Article> reversed = new ArrayList<>(ARTICLES);
        java.util.Collections.reverse(reversed);
        assertThat(ingest(reversed)).isEqualTo(story);
    }

    @Test
    void fourWritersAtOnceStillGroupEveryPairAndNothingElse() throws Exception {
        Map<String, String> story = new java.util.concurrent.ConcurrentHashMap<>();
        Path dir = Files.createTempDirectory(data, "parallel");
        try (LuceneArticleStore store = LuceneArticleStore.open(dir);
             var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int i = 0; i < ARTICLES.size(); i++) {
                Article a = ARTICLES.get(i);
                Instant seen = T0.plusSeconds(60L * i);
                done.add(pool.submit(() -> store.upsert(a, List.of(), seen)));
            }
            for (var f : done) f.get();
            store.commit();
            store.forEach(s -> story.put(s.article().id(), s.story()));
        }
        for (Article a : ARTICLES) {
            for (Article b : ARTICLES) {
                if (a == b) continue;
                boolean gold = GOLD_STORY.get(a.id()) != null && GOLD_STORY.get(a.id()).equals(GOLD_STORY.get(b.id()));
                assertThat(story.get(a.id()).equals(story.get(b.id()))).as("%s / %s", a.id(), b.id()).isEqualTo(gold);
            }
        }
    }

    @Test
    void thresholdLiesBetweenTheLowestCopyAndTheHighestUnrelatedPair() {
        double lowestTrue = 1, highestFalse = 0;
        String lowPair = "", highPair = "";
        List<StorySignature> sigs = ARTICLES.stream().map(a -> StorySignature.of(a.body())).toList();
        for (int i = 0; i < sigs.size(); i++) {
            for (int j = i + 1; j < sigs.size(); j++) {
                String a = ARTICLES.get(i).id(), b = ARTICLES.get(j).id();
                double sim = sigs.get(i).jaccard(sigs.get(j));
                if (GOLD_STORY.get(a) != null && Objects.equals(GOLD_STORY.get(a), GOLD_STORY.get(b))) {
                    if (sim < lowestTrue) { lowestTrue = sim; lowPair = a + "/" + b; }
                } else if (sim > highestFalse) { highestFalse = sim; highPair = a + "/" + b; }
            }
        }
        System.out.printf("story margin: lowest copy pair %s %.3f, highest unrelated pair %s %.3f, threshold %.2f%n",
                lowPair, lowestTrue, highPair, highestFalse, StorySignature.THRESHOLD);
        assertThat(lowestTrue).isGreaterThanOrEqualTo(StorySignature.THRESHOLD);
        assertThat(highestFalse).isLessThan(StorySignature.THRESHOLD);
    }
}
