package io.newsradar.index;

import io.newsradar.model.Article;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Test helper run in a child JVM by {@link LuceneArticleStoreCrashTest}: writes and commits {@code n} articles,
 * prints {@code COMMITTED}, then keeps writing (and flushing segments) without committing until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        LuceneArticleStore store = LuceneArticleStore.open(data);
        for (int i = 0; i < n; i++) store.upsert(article(i), List.of("T"), Instant.EPOCH);
        store.commit();
        System.out.println("COMMITTED");
        System.out.flush();
        for (int i = n; ; i++) {
            store.upsert(article(i), List.of("T"), Instant.EPOCH);
            if (i % 500 == 0) store.count(); // refreshes: flushes new segments to disk, still uncommitted
        }
    }

    static Article article(int i) {
        return new Article(null, "https://crash.example/" + i, null, "記事 " + i,
                "本文。輸出規制とH800について。 Export controls on chips, item " + i + ".",
                OffsetDateTime.parse("2025-01-31T16:00:00+09:00"), "given", null, i % 2 == 0 ? "ja" : "en", "S", "S",
                null, false, true, null, null);
    }
}
