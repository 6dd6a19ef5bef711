package io.newsradar.cli;

import io.newsradar.pipeline.WatchLock;
import io.newsradar.support.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands that write a data directory held by a watch say so in one line and exit 75 (EX_TEMPFAIL). */
class DataLocksTest {
    @TempDir
    Path data;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            crawl --feed https://example.org/feed.xml | crawl   | stop it first (kill PID: it finishes its fetches and exits) or leave the crawling to it
            ingest FILE                               | ingest  | stop it first (kill PID: it finishes its fetches and exits)
            reindex                                   | reindex | stop it first (kill PID: it finishes its fetches and exits)
            themes apply                              | apply   | stop it first (kill PID: it finishes its fetches and exits)
            watch                                     | watch   | stop it first (kill PID: it finishes its fetches and exits)
            digest --run-due                          | digest  | which runs the scheduled digests itself: drop this cron job or timer, or stop the watch
            """)
    void aWriterStartedWhileWatchHoldsTheDirectoryNamesItsPidInOneLine(String args, String name, String advice) throws Exception {
        Path file = data.resolve("page.html");
        Files.writeString(file, "<html><body><p>x</p></body></html>");
        Files.writeString(data.resolve("sources.yaml"), "sources:\n  a:\n    feeds: [https://example.org/feed.xml]\n");
        long pid = ProcessHandle.current().pid();
        try (WatchLock watch = WatchLock.acquire(data, "watch")) {
            String[] argv = ("--data " + data + " " + args.replace("FILE", file.toString())).split(" ");
            CliRun r = CliRun.of(argv);
            assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BUSY);
            assertThat(r.err().lines()).singleElement().asString()
                    .startsWith(name + ": " + data + " ")
                    .contains("newsradar watch (PID " + pid + ")")
                    .contains(advice.replace("PID", Long.toString(pid)));
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aReadingDigestRunsWhileWatchHoldsTheDirectory() throws Exception {
        try (WatchLock watch = WatchLock.acquire(data, "watch")) {
            CliRun r = CliRun.of("--data", data.toString(), "digest", "--since", "24h", "--dry-run");
            assertThat(r.exit()).as(r.err()).isZero();
        }
    }

    @Test
    void aWriterWaitingForACrawlIsToldToWait() throws Exception {
        try (WatchLock crawl = WatchLock.acquire(data, "crawl")) {
            CliRun r = CliRun.of("--data", data.toString(), "reindex");
            assertThat(r.exit()).isEqualTo(ExitCodes.BUSY);
            assertThat(r.err()).contains("is in use by newsradar crawl (PID ").contains("wait until it finishes, then run reindex again");
        }
    }
}
