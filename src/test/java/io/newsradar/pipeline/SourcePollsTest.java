package io.newsradar.pipeline;

import io.newsradar.sources.LinkRules;
import io.newsradar.sources.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourcePollsTest {
    @TempDir
    Path data;

    static Source source(String name, String poll) {
        return new Source(name, List.of("https://" + name + ".example/feed.xml"), List.of(), List.of(), LinkRules.ANY,
                null, null, io.newsradar.config.Durations.parse(poll).orElseThrow());
    }

    @Test
    void aSourceIsDueWhenNeverPolledOrItsIntervalHasPassed() throws Exception {
        Source hourly = source("hourly", "1h");
        Source daily = source("daily", "1d");
        Instant t0 = Instant.parse("2025-01-31T00:00:00Z");
        SourcePolls polls = new SourcePolls(data);
        assertThat(polls.due(hourly, t0)).isTrue();
        polls.record("hourly", t0);
        polls.record("daily", t0);

        SourcePolls reread = new SourcePolls(data);
        assertThat(reread.lastPoll("hourly")).contains(t0);
        assertThat(reread.due(hourly, t0.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(reread.due(hourly, t0.plus(Duration.ofMinutes(60)))).isTrue();
        assertThat(reread.due(daily, t0.plus(Duration.ofHours(23)))).isFalse();
        assertThat(reread.earliestDue(List.of(hourly, daily))).contains(t0.plus(Duration.ofHours(1)));
        assertThat(reread.earliestDue(List.of(hourly, daily, source("fresh", "15m")))).contains(Instant.MIN);
    }

    @Test
    void linesThatAreNotNameTabMillisecondsAreIgnored() throws Exception {
        Files.createDirectories(data.resolve("crawl"));
        Files.writeString(data.resolve("crawl/polls.tsv"), "a\t1738281600000\nb\tyesterday\nc\n");
        SourcePolls polls = new SourcePolls(data);
        assertThat(polls.lastPoll("a")).contains(Instant.parse("2025-01-31T00:00:00Z"));
        assertThat(polls.lastPoll("b")).isEmpty();
        assertThat(polls.lastPoll("c")).isEmpty();
    }
}
