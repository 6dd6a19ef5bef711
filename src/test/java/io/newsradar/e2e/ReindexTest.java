package io.newsradar.e2e;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.pipeline.Workspace;
import io.newsradar.support.CliRun;
import io.newsradar.support.NewsSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsradar reindex} rebuilds the index from the WARC files of a real loopback crawl. */
class ReindexTest {
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    private void crawl(NewsSite site) {
        CliRun crawl = CliRun.of("--data", data.toString(), "crawl", "--feed", site.feedUrl(), "--allow-private",
                "--delay", "0");
        assertThat(crawl.exit()).as(crawl.err()).isZero();
    }

    @Test
    void aDeletedIndexComesBackFromTheArchiveWithTheSameArticlesAndFirstSeenTimes() throws Exception {
        try (NewsSite site = new NewsSite(5)) {
            crawl(site);
            Map<String, Instant> before = NewsSite.stored(data);
            Map<String, String> titles = NewsSite.titles(data);
            assertThat(before).hasSize(5).containsKey(site.articleUrl(3));
            deleteTree(data.resolve("index"));
            assertThat(NewsSite.stored(data)).isEmpty();

            CliRun re = CliRun.of("--data", data.toString(), "reindex", "--json");
            assertThat(re.exit()).as(re.err()).isZero();
            assertThat(re.out()).contains("\"articles\":5").contains("\"total\":5").contains("\"failed\":0");
            assertThat(NewsSite.titles(data)).isEqualTo(titles);
            Map<String, Instant> after = NewsSite.stored(data);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            // the old index was gone: first-seen comes from the WARC-Date, at most a few seconds from the crawl
            after.forEach((url, t) -> assertThat(t).isBetween(before.get(url).minusSeconds(30), before.get(url)));
            assertThat(data.resolve("reindex")).doesNotExist();

            CliRun search = CliRun.of("--data", data.toString(), "search", "port strike", "--json");
            assertThat(search.out()).contains(site.articleUrl(2));
        }
    }

    @Test
    void keepsFirstSeenAndCarriesOverArticlesTheArchiveDoesNotHold() throws Exception {
        try (NewsSite site = new NewsSite(3)) {
            crawl(site);
            Path jsonl = elsewhere.resolve("in.jsonl");
            Files.writeString(jsonl, """
                    {"id":"x1","url":"https://example.org/x1","title":"Harbour cranes upgraded","body":"The harbour authority finished upgrading its cranes this week, officials said.","published":"2025-01-30T09:00:00+09:00","lang":"en","source":"Example"}
                    """, StandardCharsets.UTF_8);
            assertThat(CliRun.of("--data", data.toString(), "ingest", jsonl.toString()).exit()).isZero();
            Map<String, Instant> before = NewsSite.stored(data);
            assertThat(before).hasSize(4);

            CliRun re = CliRun.of("--data", data.toString(), "reindex");
            assertThat(re.exit()).as(re.err()).isZero();
            assertThat(re.out()).contains("3 articles from the archive, 1 carried over").contains("holds 4 articles");
            assertThat(re.err()).contains("reindex"); // the progress line
            assertThat(NewsSite.stored(data)).isEqualTo(before);

            CliRun warcOnly = CliRun.of("--data", data.toString(), "reindex", "--warc-only", "--no-progress");
            assertThat(warcOnly.exit()).as(warcOnly.err()).isZero();
            assertThat(NewsSite.stored(data)).hasSize(3).doesNotContainKey("https://example.org/x1");
        }
    }

    @Test
    void theOldIndexStaysWhenTheRebuildCannotRun() throws Exception {
        try (NewsSite site = new NewsSite(2)) {
            crawl(site);
            Map<String, Instant> before = NewsSite.stored(data);
            try (LuceneArticleStore writer = LuceneArticleStore.open(data)) { // another process writing
                CliRun re = CliRun.of("--data", data.toString(), "reindex", "--no-progress");
                assertThat(re.exit()).isEqualTo(1);
                assertThat(re.err()).contains("index is being written by another newsradar process");
            }
            assertThat(NewsSite.stored(data)).isEqualTo(before);
            assertThat(data.resolve("reindex")).doesNotExist();
        }
    }

    @Test
    void aSwapCutShortBetweenItsTwoRenamesIsUndoneWhenTheWorkspaceOpens() throws Exception {
        try (NewsSite site = new NewsSite(2)) {
            crawl(site);
            Map<String, Instant> before = NewsSite.stored(data);
            Files.createDirectories(data.resolve("reindex/index"));
            Files.move(data.resolve("index"), data.resolve("reindex/index.old"), StandardCopyOption.ATOMIC_MOVE);
            Workspace.open(data, Clock.systemUTC()).close();
            assertThat(NewsSite.stored(data)).isEqualTo(before);
            assertThat(data.resolve("reindex")).doesNotExist();
        }
    }

    @Test
    void noArchiveIsAUsageError() {
        CliRun re = CliRun.of("--data", data.toString(), "reindex");
        assertThat(re.exit()).isEqualTo(2);
        assertThat(re.err()).contains("no WARC files in");
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
