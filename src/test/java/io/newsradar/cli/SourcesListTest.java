package io.newsradar.cli;

import io.newsradar.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sources list} shows each source's adaptive interval and bounds, and its extraction hints. */
class SourcesListTest {
    @TempDir
    Path data;

    @Test
    void showsTheIntervalInForceItsBoundsAndTheHints() throws Exception {
        Files.writeString(data.resolve("sources.yaml"), """
                sources:
                  busy:
                    feeds: [https://busy.example/feed.xml]
                    poll: 15m
                    max_poll: 2h
                    extract: {content: "div.story-body", remove: [".related", aside]}
                  quiet:
                    feeds: [https://quiet.example/feed.xml]
                """);
        Files.createDirectories(data.resolve("crawl"));
        Files.writeString(data.resolve("crawl/polls.tsv"), "busy\t1738281600000\t450\t900\n");
        CliRun r = CliRun.of("--data", data.toString(), "sources", "list");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("busy  (poll 15m, adaptive 5m..2h, now every 7m30s, last polled 2025-01-31T00:00:00Z, "
                        + "next due 2025-01-31T00:07:30Z)")
                .contains("  extract  content div.story-body; remove .related, aside; on busy.example")
                .contains("quiet  (poll 1h, adaptive 5m..6h, never polled)");

        CliRun json = CliRun.of("--data", data.toString(), "sources", "list", "--json");
        assertThat(json.out()).contains("\"interval_seconds\":450").contains("\"max_poll\":\"2h\"");

        Files.writeString(data.resolve("config.yaml"), "poll:\n  adaptive: false\n");
        assertThat(CliRun.of("--data", data.toString(), "sources", "list").out()).contains("busy  (poll 15m, last polled");
    }

    @Test
    void sourcesAddSetsThePollBounds() {
        CliRun add = CliRun.of("--data", data.toString(), "sources", "add", "nhk", "--feed", "https://www3.nhk.or.jp/rss/news/cat0.xml",
                "--poll", "15m", "--min-poll", "10m", "--max-poll", "2h");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(CliRun.of("--data", data.toString(), "sources", "list").out()).contains("nhk  (poll 15m, adaptive 10m..2h, never polled)");
        CliRun bad = CliRun.of("--data", data.toString(), "sources", "add", "nhk", "--min-poll", "3h");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("source 'nhk' max_poll: must be at least min_poll");
    }

    @Test
    void aBadHintNamesTheFileTheSourceAndWhy() throws Exception {
        Path file = data.resolve("sources.yaml");
        Files.writeString(file, """
                sources:
                  busy:
                    feeds: [https://busy.example/feed.xml]
                    extract: {content: "div[class"}
                """);
        CliRun r = CliRun.of("--data", data.toString(), "sources", "list");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("list: " + file + ": source 'busy' extract.content: not a CSS selector: 'div[class'");
        Files.writeString(file, """
                sources:
                  busy:
                    feeds: [https://busy.example/feed.xml]
                    extract: {body: "div"}
                """);
        assertThat(CliRun.of("--data", data.toString(), "sources", "list").err())
                .contains("source 'busy' extract: unknown key 'body' (known: content, date, hosts, remove, title)");
    }
}
