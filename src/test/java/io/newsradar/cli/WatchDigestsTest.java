package io.newsradar.cli;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled digests of {@code watch}, driven the way the watch loop drives them (runDue after a round, then sleep
 * until nextDue), on a test clock: a morning digest at 07:00 Asia/Tokyo (22:00 UTC the day before).
 */
class WatchDigestsTest {
    @TempDir
    Path data;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Logger logger;

    @BeforeEach
    void captureLog() {
        logger = Logger.getLogger("newsradar.test.digest." + System.nanoTime());
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            public void publish(LogRecord r) {
                log.add(EventLog.LineFormat.level(r.getLevel()) + " " + r.getMessage());
            }

            public void flush() {
            }

            public void close() {
            }
        });
    }

    private void config(String outputs) throws Exception {
        Files.writeString(data.resolve("config.yaml"), """
                digest:
                  timezone: Asia/Tokyo
                  late_commit_grace_minutes: 0
                  definitions:
                    - name: morning
                      schedule: "0 7 * * *"
                      formats: [md]
                      outputs:
                """ + outputs);
        Files.writeString(data.resolve("themes.yaml"), "themes:\n  - name: Ports\n    query: port\n");
    }

    private void add(String id, String title, String seen) throws Exception {
        Article a = new Article(id, "https://news.example/" + id, null, title, title + ". Second sentence.",
                OffsetDateTime.parse(seen).withOffsetSameInstant(ZoneOffset.UTC), "given", null, "en", "Wire",
                "wire.example", null, false, true, null, null);
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.upsert(a, List.of("Ports"), Instant.parse(seen));
            store.commit();
        }
    }

    private WatchDigests digests() throws Exception {
        return new WatchDigests(data, Clock.fixed(Instant.parse("2025-02-01T00:00:00Z"), ZoneOffset.UTC), k -> null, logger);
    }

    private List<Path> files() throws Exception {
        Path dir = data.resolve("digests");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void mornings_missed_while_asleep_are_caught_up_by_one_digest() throws Exception {
        config("        file: \"digests/{name}-{date}.{ext}\"\n");
        add("a1", "Port strike delays shipments", "2025-02-01T10:00:00Z");
        WatchDigests d = digests();
        assertThat(d.defined()).isEqualTo(1);

        d.runDue(Instant.parse("2025-02-01T22:00:04Z")); // 07:00:04 JST, after the first round
        assertThat(log).singleElement().asString().startsWith("INFO morning: scheduled 2025-02-01T22:00:00Z,")
                .contains(" 1 articles, delivered to file " + data.resolve("digests/morning-2025-02-02.md"));
        assertThat(d.nextDue(Instant.parse("2025-02-01T22:00:04Z"))).contains(Instant.parse("2025-02-02T22:00:00Z"));
        d.runDue(Instant.parse("2025-02-01T22:01:00Z"));
        assertThat(log).as("nothing due in the next round").hasSize(1);

        add("a2", "Port reopens after the strike", "2025-02-03T05:00:00Z");
        // the machine sleeps from Feb 2 to Feb 5 10:00 JST: three mornings (Feb 3, 4, 5) are missed
        d.runDue(Instant.parse("2025-02-05T01:00:00Z"));
        assertThat(log).hasSize(2);
        assertThat(log.get(1)).startsWith("INFO morning: scheduled 2025-02-04T22:00:00Z,")
                .contains(" 1 articles, delivered to file " + data.resolve("digests/morning-2025-02-05.md"))
                .endsWith("(3 scheduled runs caught up in one)");
        d.runDue(Instant.parse("2025-02-05T01:01:00Z"));
        assertThat(log).hasSize(2);

        List<Path> files = files();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("morning-2025-02-02.md", "morning-2025-02-05.md");
        assertThat(Files.readString(files.get(0))).contains("Port strike delays shipments").doesNotContain("Port reopens");
        assertThat(Files.readString(files.get(1))).contains("Port reopens after the strike").doesNotContain("Port strike delays");
    }

    @Test
    void a_failed_delivery_is_retried_after_a_growing_pause_not_every_round() throws Exception {
        config("        webhook: \"http://127.0.0.1:9/unreachable\"\n");
        add("a1", "Port strike delays shipments", "2025-02-01T10:00:00Z");
        WatchDigests d = digests();
        Instant t = Instant.parse("2025-02-01T22:00:04Z");
        d.runDue(t);
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).startsWith("WARN morning: scheduled 2025-02-01T22:00:00Z,").contains("NOT delivered: ");
        assertThat(log.get(1)).isEqualTo("INFO failed deliveries are retried at 2025-02-01T22:01:04Z");
        assertThat(d.nextDue(t)).contains(Instant.parse("2025-02-01T22:01:04Z"));

        d.runDue(t.plusSeconds(30));
        assertThat(log).as("not retried before the pause").hasSize(2);
        d.runDue(t.plusSeconds(65));
        assertThat(log).hasSize(4);
        assertThat(log.get(3)).isEqualTo("INFO failed deliveries are retried at 2025-02-01T22:03:09Z");
        assertThat(files()).isEmpty();
    }

    @Test
    void aBrokenThemesFileIsReportedAndRetriedNotFatal() throws Exception {
        config("        file: \"digests/{name}-{date}.{ext}\"\n");
        WatchDigests d = digests();
        Files.writeString(data.resolve("themes.yaml"), "themes:\n  - name: Ports\n    query: '(port'\n");
        Instant t = Instant.parse("2025-02-01T22:00:04Z");
        d.runDue(t);
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).startsWith("WARN digests not run: ").contains("themes.yaml");
        assertThat(d.nextDue(t)).contains(t.plusSeconds(60));
        Files.writeString(data.resolve("themes.yaml"), "themes:\n  - name: Ports\n    query: port\n");
        d.runDue(t.plusSeconds(61));
        assertThat(log.get(log.size() - 1)).startsWith("INFO morning: scheduled 2025-02-01T22:00:00Z,");
        assertThat(files()).hasSize(1);
    }
}
