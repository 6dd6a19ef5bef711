package io.newsradar.pipeline;

import io.newsradar.sources.LinkRules;
import io.newsradar.sources.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    static Source bounded(String name, String poll, String min, String max) {
        return source(name, poll).withPollBounds(min == null ? null : io.newsradar.config.Durations.parse(min).orElseThrow(),
                max == null ? null : io.newsradar.config.Durations.parse(max).orElseThrow());
    }

    private static final AdaptivePoll RULE = new AdaptivePoll(true, Duration.ofMinutes(5), Duration.ofHours(6));

    /** The rule: halve after a poll that stored articles, x1.5 after one that stored none, clamp to the bounds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            new items halve                          | 1h  | -   | -   | 3600  | true  | 1800
            none backs off x1.5                      | 1h  | -   | -   | 3600  | false | 5400
            halving stops at the default min (5m)    | 1h  | -   | -   | 400   | true  | 300
            backing off stops at the default max (6h)| 1h  | -   | -   | 20000 | false | 21600
            per-source min                           | 1h  | 20m | -   | 1800  | true  | 1200
            per-source max                           | 15m | -   | 30m | 1500  | false | 1800
            a poll below the default min is its min  | 2m  | -   | -   | 120   | true  | 120
            a poll above the default max is its max  | 1d  | -   | -   | 86400 | false | 86400
            """)
    void theIntervalAdaptsWithinItsBounds(String what, String poll, String min, String max, long current, boolean changed, long next) {
        Source s = bounded("s", poll, min, max);
        assertThat(RULE.next(s, Duration.ofSeconds(current), changed)).isEqualTo(Duration.ofSeconds(next));
        assertThat(AdaptivePoll.OFF.next(s, Duration.ofSeconds(current), changed)).as("disabled").isEqualTo(s.poll());
    }

    @Test
    void theAdaptedIntervalSurvivesARestartAndDecidesWhenTheSourceIsDue() throws Exception {
        Source busy = source("busy", "1h");
        Source quiet = source("quiet", "1h");
        Instant t0 = Instant.parse("2025-01-31T00:00:00Z");
        SourcePolls polls = new SourcePolls(data, RULE);
        polls.record(busy, t0, true); // first poll: everything is new, no adaptation
        polls.record(quiet, t0, true);
        assertThat(polls.interval(busy)).isEqualTo(Duration.ofHours(1));
        Instant t1 = t0.plus(Duration.ofHours(1));
        polls.record(busy, t1, true);
        polls.record(quiet, t1, false);

        SourcePolls reread = new SourcePolls(data, RULE);
        assertThat(reread.interval(busy)).isEqualTo(Duration.ofMinutes(30));
        assertThat(reread.interval(quiet)).isEqualTo(Duration.ofMinutes(90));
        assertThat(reread.nextDue(busy)).isEqualTo(t1.plus(Duration.ofMinutes(30)));
        assertThat(reread.due(quiet, t1.plus(Duration.ofMinutes(89)))).isFalse();
        assertThat(reread.earliestDue(List.of(busy, quiet))).contains(t1.plus(Duration.ofMinutes(30)));
        assertThat(Files.readString(data.resolve("crawl/polls.tsv")))
                .isEqualTo("busy\t" + t1.toEpochMilli() + "\t1800\t3600\nquiet\t" + t1.toEpochMilli() + "\t5400\t3600\n");

        assertThat(new SourcePolls(data, AdaptivePoll.OFF).interval(busy)).as("adaptive polling off").isEqualTo(Duration.ofHours(1));
        assertThat(reread.interval(source("busy", "2h"))).as("poll edited in the sources file: restart from it")
                .isEqualTo(Duration.ofHours(2));
        assertThat(reread.interval(bounded("busy", "1h", "45m", null))).as("bounds edited: clamped")
                .isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void aFailedPollIsRetriedWithBackOffAndIsNotAPoll() throws Exception {
        AdaptivePoll rule = new AdaptivePoll(true, Duration.ofMinutes(5), Duration.ofHours(6));
        Source hourly = source("hourly", "1h");
        Instant t0 = Instant.parse("2025-01-31T00:00:00Z");
        SourcePolls polls = new SourcePolls(data, rule);
        assertThat(polls.recordFailure(hourly, t0)).isEqualTo(t0.plus(Duration.ofMinutes(5)));

        SourcePolls reread = new SourcePolls(data, rule);
        assertThat(reread.lastPoll("hourly")).as("a failed poll is not a complete one").isEmpty();
        assertThat(reread.all()).doesNotContainKey("hourly");
        assertThat(reread.due(hourly, t0.plus(Duration.ofMinutes(4)))).isFalse();
        assertThat(reread.due(hourly, t0.plus(Duration.ofMinutes(5)))).isTrue();
        Instant t1 = t0.plus(Duration.ofMinutes(5));
        assertThat(reread.recordFailure(hourly, t1)).as("doubled").isEqualTo(t1.plus(Duration.ofMinutes(10)));
        Instant t2 = t1.plus(Duration.ofMinutes(10));
        reread.record(hourly, t2, true);

        SourcePolls healed = new SourcePolls(data, rule);
        assertThat(healed.lastPoll("hourly")).contains(t2);
        assertThat(healed.nextDue(hourly)).as("the first complete poll keeps the source's poll").isEqualTo(t2.plus(Duration.ofHours(1)));
        for (int k = 0; k < 12; k++) healed.recordFailure(hourly, t2);
        assertThat(new SourcePolls(data, rule).nextDue(hourly)).as("capped at the longest interval").isEqualTo(t2.plus(Duration.ofHours(6)));
        assertThat(new SourcePolls(data, rule).lastPoll("hourly")).as("the last complete poll stays").contains(t2);
    }

    @Test
    void aPassIsAFailureOnlyWhenNothingOfTheSourceCouldBeRead() {
        var failure = new io.newsradar.model.Failure("https://x.example/feed.xml", io.newsradar.model.Failure.Stage.FETCH, "HTTP 500");
        assertThat(SourceCrawl.failedAsAWhole(new CrawlSummary(0, 0, 0, 0, 0, 1, List.of(failure), List.of()))).isTrue();
        assertThat(SourceCrawl.failedAsAWhole(new CrawlSummary(1, 3, 2, 2, 0, 1, List.of(failure), List.of()))).isFalse();
        assertThat(SourceCrawl.failedAsAWhole(new CrawlSummary(0, 0, 0, 0, 0, 0, List.of(), List.of()))).as("304: unchanged").isFalse();
    }
}
