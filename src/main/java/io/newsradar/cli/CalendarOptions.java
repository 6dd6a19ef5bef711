package io.newsradar.cli;

import io.newsradar.pipeline.Workspace;
import io.newsradar.query.ArticleSearcher;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The calendar options that {@code track} and {@code compare} share: bucket size, window and zone. */
final class CalendarOptions {
    @Option(names = "--by", paramLabel = "BUCKET", defaultValue = "day", description = "day, week or month. Default: ${DEFAULT-VALUE}.")
    ArticleSearcher.Bucket by;

    @Option(names = "--since", paramLabel = "WHEN", description = "From (7d, 2025-01-01, ISO date-time).")
    String since;

    @Option(names = "--until", paramLabel = "WHEN", description = "Until, exclusive (same forms).")
    String until;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone the calendar buckets are cut in. Default: the digest time zone of the config.")
    ZoneId zone;

    /** @return {@code --zone}, else the config's digest zone */
    ZoneId zone(Workspace ws) {
        return zone != null ? zone : ws.settings().digest().zone();
    }

    /** @return the start of the window, or null when open */
    Instant from(Clock clock, ZoneId z) {
        return since == null ? null : TimeArgs.parse("--since", since, clock, z);
    }

    /** @return the end of the window (exclusive), or null when open */
    Instant to(Clock clock, ZoneId z) {
        return until == null ? null : TimeArgs.parse("--until", until, clock, z);
    }
}
