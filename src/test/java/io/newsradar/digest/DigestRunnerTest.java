package io.newsradar.digest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.newsradar.pipeline.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.newsradar.digest.TestIndex.add;
import static io.newsradar.digest.TestIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled runs over a real index with a real webhook receiver: a failed delivery records nothing and is retried,
 * and every article appears in exactly one delivered digest.
 */
class DigestRunnerTest {
    private static final String THEME = "DeepSeek";

    private static void config(Path data, String hookUrl) throws Exception {
        Files.writeString(data.resolve("config.yaml"), """
                digest:
                  definitions:
                    - name: morning
                      themes: [%s]
                      schedule: "0 7 * * *"
                      timezone: Asia/Tokyo
                      window: last
                      formats: [md, atom]
                      outputs:
                        webhook: "%s"
                        file: "digests/{name}.{ext}"
                """.formatted(THEME, hookUrl));
    }

    private static List<DigestRunResult> runDue(Path data, String now) throws Exception {
        try (Workspace ws = Workspace.open(data, Clock.fixed(Instant.parse(now), ZoneOffset.UTC))) {
            return new DigestRunner(ws, k -> null).runDue(Instant.parse(now));
        }
    }

    private static List<String> urls(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<String> out = new ArrayList<>();
        for (JsonNode t : root.get("themes")) for (JsonNode a : t.get("articles")) out.add(a.get("url").asString());
        return out;
    }

    @Test
    void failedDeliveryIsRetriedAndEveryArticleIsDeliveredExactlyOnce(@TempDir Path data) throws Exception {
        try (HookServer hook = new HookServer(500)) {
            config(data, hook.url());
            add(data, article("a", "DeepSeek chip story A", "2025-02-01T09:00:00Z"), List.of(THEME), "2025-02-01T10:00:00Z");

            // 07:00 JST 2 Feb: due; the webhook answers 500 -> nothing recorded, no file written
            List<DigestRunResult> first = runDue(data, "2025-02-01T22:00:10Z");
            assertThat(first).singleElement().satisfies(r -> {
                assertThat(r.ok()).isFalse();
                assertThat(r.failure()).contains("HTTP 500");
                assertThat(r.recorded()).isFalse();
            });
            assertThat(new DigestState(data.resolve("state")).lastRun("morning")).isEmpty();
            assertThat(data.resolve("digests/morning.md")).doesNotExist();

            add(data, article("b", "DeepSeek chip story B", "2025-02-02T04:00:00Z"), List.of(THEME), "2025-02-02T05:00:00Z");

            // 09:00 JST 3 Feb: one run (at 07:00 JST 3 Feb) covering the failed window too
            List<DigestRunResult> second = runDue(data, "2025-02-03T00:00:00Z");
            assertThat(second).singleElement().satisfies(r -> {
                assertThat(r.ok()).isTrue();
                assertThat(r.runAt()).isEqualTo("2025-02-02T22:00:00Z");
                assertThat(r.window().start()).isEqualTo("2025-01-31T22:00:00Z");
                assertThat(r.articles()).isEqualTo(2);
                assertThat(r.delivered()).hasSize(2);
            });
            assertThat(runDue(data, "2025-02-03T00:05:00Z")).isEmpty(); // same morning: nothing due

            add(data, article("c", "DeepSeek chip story C", "2025-02-03T01:00:00Z"), List.of(THEME), "2025-02-03T02:00:00Z");
            assertThat(runDue(data, "2025-02-03T22:00:05Z")).singleElement().satisfies(r -> assertThat(r.articles()).isEqualTo(1));

            List<String> delivered = new ArrayList<>();
            hook.delivered().forEach(r -> delivered.addAll(urls(r.body())));
            assertThat(delivered).containsExactlyInAnyOrder("https://news.example/a", "https://news.example/b", "https://news.example/c");
            assertThat(hook.received).hasSize(3); // the failed one, then two delivered
            assertThat(hook.delivered()).allSatisfy(r -> assertThat(r.contentType()).startsWith("application/json"));

            String atom = Files.readString(data.resolve("digests/morning.atom"));
            SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
            assertThat(feed.getEntries()).hasSize(2); // one entry per delivered run, newest first
            assertThat(feed.getEntries().getFirst().getTitle()).startsWith("morning: 1 new articles");
            assertThat(Files.readString(data.resolve("digests/morning.md"))).contains("DeepSeek chip story C").doesNotContain("story A");
        }
    }

    @Test
    void threeMissedMorningsBecomeOneDigest(@TempDir Path data) throws Exception {
        try (HookServer hook = new HookServer()) {
            config(data, hook.url());
            add(data, article("a", "DeepSeek A", "2025-02-01T09:00:00Z"), List.of(THEME), "2025-02-01T10:00:00Z");
            assertThat(runDue(data, "2025-02-01T22:00:10Z")).singleElement().satisfies(r -> assertThat(r.missedRuns()).isEqualTo(1));
            for (String day : List.of("02", "03", "04")) {
                add(data, article("d" + day, "DeepSeek " + day, "2025-02-" + day + "T09:00:00Z"), List.of(THEME), "2025-02-" + day + "T10:00:00Z");
            }
            // the machine slept from 2 Feb to 5 Feb 09:00 JST: 3 fire times missed, one run
            List<DigestRunResult> wake = runDue(data, "2025-02-05T00:00:00Z");
            assertThat(wake).singleElement().satisfies(r -> {
                assertThat(r.missedRuns()).isEqualTo(3);
                assertThat(r.window().start()).isEqualTo("2025-02-01T22:00:00Z");
                assertThat(r.window().end()).isEqualTo("2025-02-04T22:00:00Z");
                assertThat(r.articles()).isEqualTo(3);
            });
            assertThat(hook.delivered()).hasSize(2);
            assertThat(urls(hook.delivered().get(1).body())).hasSize(3);
        }
    }

    /** An output that dies like a killed process would: not a delivery failure, an abrupt end mid-run. */
    private static final DigestOutput CRASH = new DigestOutput() {
        @Override
        public void deliver(Renditions digest) {
            throw new IllegalStateException("simulated crash during delivery");
        }

        @Override
        public String describe() {
            return "crash";
        }
    };

    @Test
    void aRunKilledDuringDeliveryIsDeliveredByTheNextRunExactlyOnce(@TempDir Path data) throws Exception {
        add(data, article("a", "DeepSeek A", "2025-02-01T09:00:00Z"), List.of(THEME), "2025-02-01T10:00:00Z");
        DigestJob job = new DigestJob("adhoc", List.of(THEME), "last", java.time.ZoneId.of("Asia/Tokyo"), List.of(DigestFormat.JSON), 20);
        Instant first = Instant.parse("2025-02-01T22:00:00Z");
        try (Workspace ws = Workspace.open(data, Clock.fixed(first, ZoneOffset.UTC))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DigestRunner(ws, k -> null).run(job, first, List.of(CRASH), true))
                    .hasMessageContaining("simulated crash");
        }
        add(data, article("b", "DeepSeek B", "2025-02-02T09:00:00Z"), List.of(THEME), "2025-02-02T10:00:00Z");
        java.io.StringWriter out = new java.io.StringWriter();
        Instant second = Instant.parse("2025-02-02T22:00:00Z"); // 24 h later: a fresh 24 h window would miss A
        try (Workspace ws = Workspace.open(data, Clock.fixed(second, ZoneOffset.UTC))) {
            DigestRunResult r = new DigestRunner(ws, k -> null).run(job, second, List.of(new StreamOutput(new java.io.PrintWriter(out))), true);
            assertThat(r.recorded()).isTrue();
        }
        assertThat(urls(out.toString())).containsExactlyInAnyOrder("https://news.example/a", "https://news.example/b");
    }

    @Test
    void anArticleCommittedAfterTheRunButFirstSeenBeforeItIsReportedNextTimeOnce(@TempDir Path data) throws Exception {
        try (HookServer hook = new HookServer()) {
            config(data, hook.url());
            add(data, article("y", "DeepSeek Y", "2025-02-01T21:00:00Z"), List.of(THEME), "2025-02-01T21:50:00Z");
            assertThat(runDue(data, "2025-02-01T22:00:10Z")).singleElement().satisfies(r -> assertThat(r.articles()).isEqualTo(1));
            // a crawl gave X first-seen 21:55 but committed it after the 22:00 run; Z is simply new
            add(data, article("x", "DeepSeek X", "2025-02-01T21:00:00Z"), List.of(THEME), "2025-02-01T21:55:00Z");
            add(data, article("z", "DeepSeek Z", "2025-02-02T09:00:00Z"), List.of(THEME), "2025-02-02T10:00:00Z");
            assertThat(runDue(data, "2025-02-02T22:00:10Z")).singleElement().satisfies(r -> assertThat(r.articles()).isEqualTo(2));
            assertThat(runDue(data, "2025-02-03T22:00:10Z")).singleElement().satisfies(r -> assertThat(r.articles()).isZero());
            List<String> delivered = new ArrayList<>();
            hook.delivered().forEach(r -> delivered.addAll(urls(r.body())));
            assertThat(delivered).containsExactly("https://news.example/y", "https://news.example/z", "https://news.example/x");
        }
    }

    @Test
    void whenOneOutputFailsTheRetrySendsThatWindowOnlyToTheOutputsThatDidNotAcceptIt(@TempDir Path data) throws Exception {
        try (HookServer hook = new HookServer()) {
            config(data, hook.url());
            add(data, article("a", "DeepSeek chip story A", "2025-02-01T09:00:00Z"), List.of(THEME), "2025-02-01T10:00:00Z");
            Path blocker = Files.createDirectories(data.resolve("digests/morning.md")); // the file output cannot replace it
            Files.writeString(blocker.resolve("x"), "x");

            List<DigestRunResult> first = runDue(data, "2025-02-01T22:00:10Z");
            assertThat(first).singleElement().satisfies(r -> {
                assertThat(r.ok()).isFalse();
                assertThat(r.delivered()).singleElement().asString().startsWith("webhook");
                assertThat(r.failure()).contains("morning.md");
            });
            assertThat(new DigestState(data.resolve("state")).pending("morning")).hasValueSatisfying(p ->
                    assertThat(p.accepted()).singleElement().asString().startsWith("webhook"));

            Files.delete(blocker.resolve("x"));
            Files.delete(blocker);
            add(data, article("b", "DeepSeek chip story B", "2025-02-02T04:00:00Z"), List.of(THEME), "2025-02-02T05:00:00Z");
            List<DigestRunResult> second = runDue(data, "2025-02-02T22:00:10Z");
            assertThat(second).hasSize(2);
            assertThat(second.getFirst()).satisfies(r -> { // the failed window, to the file only
                assertThat(r.ok()).isTrue();
                assertThat(r.window().end()).isEqualTo("2025-02-01T22:00:00Z");
                assertThat(r.delivered()).singleElement().asString().startsWith("file");
            });
            assertThat(second.get(1)).satisfies(r -> { // then the next window, to both
                assertThat(r.window().start()).isEqualTo("2025-02-01T22:00:00Z");
                assertThat(r.articles()).isEqualTo(1);
                assertThat(r.delivered()).hasSize(2);
            });
            assertThat(new DigestState(data.resolve("state")).pending("morning")).isEmpty();

            List<String> hooked = new ArrayList<>();
            hook.delivered().forEach(r -> hooked.addAll(urls(r.body())));
            assertThat(hooked).containsExactly("https://news.example/a", "https://news.example/b"); // A once, not again
            SyndFeed feed = new SyndFeedInput().build(new StringReader(Files.readString(data.resolve("digests/morning.atom"))));
            assertThat(feed.getEntries()).hasSize(2);
            assertThat(feed.getEntries()).extracting(e -> e.getContents().getFirst().getValue())
                    .anySatisfy(html -> assertThat(html).contains("story A").doesNotContain("story B"))
                    .anySatisfy(html -> assertThat(html).contains("story B").doesNotContain("story A"));
        }
    }

    /** An output that records the article URLs of each digest it accepts, or crashes the run when told to. */
    private static final class Recorder implements DigestOutput {
        final String name;
        final List<List<String>> digests = new ArrayList<>();
        boolean crash;

        Recorder(String name) {
            this.name = name;
        }

        @Override
        public void deliver(Renditions r) {
            if (crash) throw new IllegalStateException("simulated kill during delivery to " + name);
            digests.add(urls(r.text(DigestFormat.JSON)));
        }

        @Override
        public String describe() {
            return name;
        }
    }

    @Test
    void aRunKilledBetweenTwoOutputsIsFinishedForTheSecondOnlyThenBothContinue(@TempDir Path data) throws Exception {
        add(data, article("a", "DeepSeek A", "2025-02-01T09:00:00Z"), List.of(THEME), "2025-02-01T10:00:00Z");
        DigestJob job = new DigestJob("adhoc", List.of(THEME), "last", java.time.ZoneId.of("Asia/Tokyo"), List.of(DigestFormat.JSON), 20);
        Recorder one = new Recorder("one"), two = new Recorder("two");
        two.crash = true;
        Instant first = Instant.parse("2025-02-01T22:00:00Z");
        try (Workspace ws = Workspace.open(data, Clock.fixed(first, ZoneOffset.UTC))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DigestRunner(ws, k -> null).run(job, first, List.of(one, two), true))
                    .hasMessageContaining("simulated kill");
        }
        two.crash = false;
        add(data, article("b", "DeepSeek B", "2025-02-02T09:00:00Z"), List.of(THEME), "2025-02-02T10:00:00Z");
        Instant second = Instant.parse("2025-02-02T22:00:00Z");
        try (Workspace ws = Workspace.open(data, Clock.fixed(second, ZoneOffset.UTC))) {
            DigestRunResult r = new DigestRunner(ws, k -> null).run(job, second, List.of(one, two), true);
            assertThat(r.recorded()).isTrue();
            assertThat(r.delivered()).containsExactly("two (retried window 2025-01-31T22:00:00Z to 2025-02-01T22:00:00Z)", "one", "two");
        }
        assertThat(one.digests).containsExactly(List.of("https://news.example/a"), List.of("https://news.example/b"));
        assertThat(two.digests).containsExactly(List.of("https://news.example/a"), List.of("https://news.example/b"));
    }
}
