package io.newsradar.digest;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Writes articles to a real on-disk index in a data directory, with chosen first-seen times. */
final class TestIndex {
    private TestIndex() {
    }

    static Article article(String id, String title, String published) {
        return new Article(id, "https://news.example/" + id, null, title, title + ". Second sentence. Third.",
                published == null ? null : OffsetDateTime.parse(published), "given", null, "en", "Wire", "wire.example",
                null, false, true, null, null);
    }

    /** Adds {@code article} tagged with {@code themes}, first seen at {@code seen}, and commits. */
    static void add(Path data, Article article, List<String> themes, String seen) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.upsert(article, themes, Instant.parse(seen));
            store.commit();
        }
    }
}
