package io.newsradar.e2e;

import io.newsradar.support.CliRun;
import io.newsradar.support.NewsSite;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsradar watch} in its own process: polls the sources, holds the data directory's watch lock, and on
 * SIGTERM ({@link Process#destroy()}) finishes the fetches in flight, commits and exits 0.
 */
class WatchTest {
    @TempDir
    Path data;
    @TempDir
    Path logs;

    private Process watch(Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "io.newsradar.cli.Main", "--data", data.toString(), "watch", "--allow-private", "--delay", "0")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    private static void awaitLine(Path out, String text, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(out) && Files.readString(out).contains(text)) return;
            assertThat(p.isAlive()).as("watch died: " + (Files.exists(out) ? Files.readString(out) : "")).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "' in: " + Files.readString(out));
    }

    @Test
    void pollsCommitsAndStopsCleanlyOnSigterm() throws Exception {
        try (NewsSite site = new NewsSite(4)) {
            assertThat(CliRun.of("--data", data.toString(), "sources", "add", "alpha", "--feed", site.feedUrl(),
                    "--poll", "1h").exit()).isZero();
            Path out = logs.resolve("watch.log");
            Process p = watch(out);
            try {
                awaitLine(out, "source alpha:", p);
                CliRun second = CliRun.of("--data", data.toString(), "watch", "--allow-private");
                assertThat(second.exit()).isEqualTo(75);
                assertThat(second.err()).contains("watch: " + data + " is in use by newsradar watch (PID " + p.pid() + ")");
                CliRun crawl = CliRun.of("--data", data.toString(), "crawl", "--allow-private");
                assertThat(crawl.exit()).isEqualTo(75);
                assertThat(crawl.err().lines()).singleElement().asString()
                        .contains("newsradar watch (PID " + p.pid() + ")").contains("kill " + p.pid());
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(Files.readString(out)).isZero();
            } finally {
                p.destroyForcibly();
            }
            assertThat(Files.readString(out)).contains("stopping:").contains("watch: ")
                    .containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  crawl source alpha: ");
            assertThat(NewsSite.stored(data)).hasSize(4);
            assertThat(Files.readString(data.resolve("crawl/polls.tsv"))).startsWith("alpha\t");
        }
    }

    @Test
    void sigtermMidPassFinishesTheFetchesInFlightAndCommitsThem() throws Exception {
        AtomicInteger served = new AtomicInteger();
        BlockingQueue<String> started = new LinkedBlockingQueue<>();
        int pages = 30;
        try (RouteServer web = new RouteServer()) {
            String base = "http://" + web.hostPort();
            StringBuilder items = new StringBuilder();
            for (int i = 1; i <= pages; i++) items.append("<item><title>t").append(i).append("</title><link>").append(base)
                    .append("/a/").append(i).append(".html</link></item>");
            web.route("/robots.txt", ex -> RouteServer.sendText(ex, 404, "none"))
                    .route("/feed.xml", ex -> RouteServer.sendText(ex, 200, "<rss version=\"2.0\"><channel><title>s</title>"
                            + items + "</channel></rss>", "Content-Type", "application/rss+xml"))
                    .route("/a/", ex -> {
                        started.add(ex.getRequestURI().getPath());
                        try {
                            Thread.sleep(400);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        String n = ex.getRequestURI().getPath();
                        RouteServer.sendText(ex, 200, "<html><head><title>Story " + n + "</title></head><body><article><h1>Story "
                                + n + "</h1><p>" + "The ministry announced new rules for exporters on Friday. ".repeat(6)
                                + "</p></article></body></html>", "Content-Type", "text/html; charset=UTF-8");
                        served.incrementAndGet();
                    });
            assertThat(CliRun.of("--data", data.toString(), "sources", "add", "slow", "--feed", base + "/feed.xml").exit()).isZero();
            Path out = logs.resolve("watch2.log");
            Process p = watch(out);
            try {
                assertThat(started.poll(60, TimeUnit.SECONDS)).isNotNull();
                Thread.sleep(600);
                p.destroy();
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(Files.readString(out)).isZero();
            } finally {
                p.destroyForcibly();
            }
            int stored = NewsSite.stored(data).size();
            assertThat(stored).as("pages served = pages committed").isEqualTo(served.get()).isBetween(1, pages - 1);
            assertThat(Files.readString(out)).contains("(stopped)");
            assertThat(data.resolve("crawl/polls.tsv")).as("a stopped source stays due").doesNotExist();
        }
    }

    /**
     * A digest scheduled every minute, delivered to a webhook (slow) and then to a file: the first run comes right after
     * the first round; SIGTERM while the second run is being delivered lets it finish; every article is in exactly one
     * delivered digest.
     */
    @Test
    void runsTheScheduledDigestsAndFinishesTheOneInProgressOnSigterm() throws Exception {
        BlockingQueue<Integer> hooks = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        try (NewsSite site = new NewsSite(3); RouteServer hook = new RouteServer()) {
            hook.route("/hook", ex -> {
                ex.getRequestBody().readAllBytes();
                int n = calls.incrementAndGet();
                hooks.add(n);
                try {
                    if (n == 2) Thread.sleep(3000); // the test sends SIGTERM meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                RouteServer.sendText(ex, 200, "ok");
            });
            Files.writeString(data.resolve("themes.yaml"), "themes:\n  - name: Policy\n    query: officials\n");
            Files.writeString(data.resolve("config.yaml"), """
                    digest:
                      timezone: UTC
                      late_commit_grace_minutes: 0
                      definitions:
                        - name: minutely
                          schedule: "* * * * *"
                          formats: [md]
                          outputs:
                            file: "digests/{name}-{time}.{ext}"
                            webhook: "http://%s/hook"
                    """.formatted(hook.hostPort()));
            assertThat(CliRun.of("--data", data.toString(), "sources", "add", "alpha", "--feed", site.feedUrl(),
                    "--poll", "1h").exit()).isZero();
            Path out = logs.resolve("watch3.log");
            Process p = watch(out);
            try {
                assertThat(hooks.poll(60, TimeUnit.SECONDS)).as("first run").isEqualTo(1);
                awaitLine(out, "digest minutely: scheduled ", p);
                CliRun runDue = CliRun.of("--data", data.toString(), "digest", "--run-due");
                assertThat(runDue.exit()).isEqualTo(75);
                assertThat(runDue.err()).contains("runs the scheduled digests itself");
                assertThat(hooks.poll(75, TimeUnit.SECONDS)).as("second run, a minute later").isEqualTo(2);
                p.destroy(); // SIGTERM while the webhook holds the delivery
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(Files.readString(out)).isZero();
            } finally {
                p.destroyForcibly();
            }
            String log = Files.readString(out);
            assertThat(log.indexOf("stopping:")).as(log).isPositive()
                    .isLessThan(log.lastIndexOf("digest minutely: scheduled "));
            assertThat(log).containsPattern("(?m)^\\S+Z INFO  digest minutely: scheduled .* delivered to webhook.*$");
            List<Path> files;
            try (var s = Files.list(data.resolve("digests"))) {
                files = s.sorted().toList();
            }
            assertThat(files).hasSize(2);
            for (int i = 1; i <= 3; i++) {
                String url = site.articleUrl(i);
                long in = files.stream().filter(f -> read(f).contains(url)).count();
                assertThat(in).as(url + " in exactly one delivered digest").isEqualTo(1);
            }
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void withoutSourcesItIsAUsageError() {
        CliRun r = CliRun.of("--data", data.toString(), "watch");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no sources in");
    }
}
