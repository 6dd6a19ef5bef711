package io.newsradar.e2e;

import io.newsradar.pipeline.Workspace;
import io.newsradar.support.CliRun;
import io.newsradar.support.NewsSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reindex} killed with SIGKILL at several moments, in its own process: the index is afterwards either the
 * old one or the complete new one, never empty, partial or unreadable, and the next workspace cleans up.
 */
class ReindexKillTest {
    static final int ARTICLES = 150;
    static final String EXTRA = "https://example.org/x1";

    @TempDir
    Path data;
    @TempDir
    Path tmp;

    @Test
    void aKilledRebuildLeavesTheOldOrTheNewIndexWhole() throws Exception {
        try (NewsSite site = new NewsSite(ARTICLES)) {
            CliRun crawl = CliRun.of("--data", data.toString(), "crawl", "--feed", site.feedUrl(), "--allow-private", "--delay", "0");
            assertThat(crawl.exit()).as(crawl.err()).isZero();
        }
        Path jsonl = tmp.resolve("extra.jsonl");
        Files.writeString(jsonl, """
                {"id":"x1","url":"%s","title":"Harbour cranes upgraded","body":"The harbour authority finished upgrading its cranes this week.","published":"2025-01-30T09:00:00+09:00","lang":"en","source":"Example"}
                """.formatted(EXTRA), StandardCharsets.UTF_8);
        assertThat(CliRun.of("--data", data.toString(), "ingest", jsonl.toString()).exit()).isZero();
        Map<String, Instant> old = NewsSite.stored(data);
        assertThat(old).hasSize(ARTICLES + 1);
        Set<String> rebuilt = new java.util.TreeSet<>(old.keySet());
        rebuilt.remove(EXTRA); // --warc-only drops the JSONL article: tells the new index from the old

        boolean sawOld = false, sawNew = false;
        for (long killAfterMs : new long[]{700, 1400, 2100, 2800, 60_000}) {
            Process p = reindex(tmp.resolve("reindex-" + killAfterMs + ".log"));
            if (!p.waitFor(killAfterMs, java.util.concurrent.TimeUnit.MILLISECONDS)) p.destroyForcibly().waitFor();
            Workspace.open(data, Clock.systemUTC()).close(); // recovery of a swap cut short
            Map<String, Instant> now = NewsSite.stored(data);
            if (now.size() == ARTICLES + 1) {
                assertThat(now).isEqualTo(old);
                sawOld = true;
            } else {
                assertThat(now.keySet()).as("killed after %d ms", killAfterMs).isEqualTo(rebuilt);
                now.forEach((url, t) -> assertThat(t).isEqualTo(old.get(url)));
                sawNew = true;
                break; // the new index is in place; further runs rebuild the same
            }
            assertThat(data.resolve("reindex")).doesNotExist();
        }
        assertThat(sawNew).as("the last, unkilled run completes").isTrue();
        assertThat(data.resolve("reindex")).doesNotExist();
        System.out.println("reindex kill test: old index seen after a kill: " + sawOld);
    }

    private Process reindex(Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.newsradar.cli.Main",
                "--data", data.toString(), "reindex", "--warc-only", "--no-progress")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
