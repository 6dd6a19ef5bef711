package io.newsradar.index;

import io.newsradar.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneArticleStoreTest {
    private static final Instant T1 = Instant.parse("2025-02-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2025-02-02T00:00:00Z");

    @TempDir
    Path data;

    static Article article(String url, String title) {
        return new Article(null, url + "?utm_source=x", url, title, "本文です。H800を使った。",
                OffsetDateTime.parse("2025-01-31T16:00:00+09:00"), "json-ld", null, "ja", "JETRO", "Yahoo!ニュース",
                "山田", false, true, "UTF-8", T1);
    }

    @Test
    void reingestUpdatesInPlaceAndKeepsFirstSeen() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            assertThat(store.upsert(article("https://a.example/1", "old"), List.of("DeepSeek"), T1)).isTrue();
            assertThat(store.upsert(article("https://a.example/1", "new"), List.of(), T2)).isFalse();
            store.commit();
            assertThat(store.upsert(article("https://a.example/1", "newer"), List.of("X"), T2)).isFalse();
            assertThat(store.count()).isEqualTo(1);
            var stored = store.get("https://a.example/1").orElseThrow();
            assertThat(stored.article().title()).isEqualTo("newer");
            assertThat(stored.firstSeen()).isEqualTo(T1);
            assertThat(stored.themes()).containsExactly("X");
        }
    }

    @Test
    void uncommittedArticlesAreReadableByIdAndUrl() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            Article a = article("https://a.example/9", "t");
            store.upsert(a, List.of(), T1);
            assertThat(store.get("https://a.example/unknown")).isEmpty();
            assertThat(store.get(a.id())).isPresent();
            assertThat(store.get("https://a.example/9")).isPresent();
        }
    }

    @Test
    void everyArticleFieldRoundTrips() throws IOException {
        Article a = article("https://a.example/2", "見出し");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.upsert(a, List.of("B", "A"), T1);
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            var stored = store.get(a.id()).orElseThrow();
            assertThat(stored.article()).isEqualTo(a);
            assertThat(stored.themes()).containsExactly("B", "A");
        }
    }

    @Test
    void setThemesRewritesTheDocumentAndForEachVisitsAll() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (int i = 0; i < 5; i++) store.upsert(article("https://a.example/" + i, "t" + i), List.of(), T1);
            List<String> ids = new ArrayList<>();
            store.forEach(s -> ids.add(s.article().id()));
            assertThat(ids).hasSize(5);
            for (String id : ids) store.setThemes(id, List.of("T"));
            store.setThemes("no-such-id", List.of("T"));
            store.commit();
            List<List<String>> themes = new ArrayList<>();
            store.forEach(s -> themes.add(s.themes()));
            assertThat(themes).hasSize(5).allSatisfy(t -> assertThat(t).containsExactly("T"));
            assertThat(store.get(ids.getFirst()).orElseThrow().firstSeen()).isEqualTo(T1);
        }
    }

    @Test
    void concurrentWritersNeverDuplicate() throws Exception {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) store.upsert(article("https://a.example/" + i, "t"), List.of(), T1);
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
            pool.shutdown();
            store.commit();
            assertThat(store.count()).isEqualTo(300);
        }
    }

    @Test
    void uncommittedWritesAreInvisibleToReadersAndASecondWriterIsRefused() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.upsert(article("https://a.example/1", "a"), List.of(), T1);
            store.commit();
            store.upsert(article("https://a.example/2", "b"), List.of(), T1);
            try (var reader = org.apache.lucene.index.DirectoryReader.open(
                    org.apache.lucene.store.FSDirectory.open(data.resolve("index")))) {
                assertThat(reader.numDocs()).isEqualTo(1);
            }
            assertThatThrownBy(() -> LuceneArticleStore.open(data))
                    .isInstanceOf(IOException.class).hasMessageContaining("another newsradar process");
        }
    }
}
