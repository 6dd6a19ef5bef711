package io.newsradar.cli;

import io.newsradar.config.Durations;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads {@code --since}/{@code --until} values: a duration back from now ({@code 7d}, {@code 24h}), a date
 * ({@code 2025-01-31}, midnight in the given zone) or an instant with offset ({@code 2025-01-31T16:00:00+09:00}).
 */
final class TimeArgs {
    private TimeArgs() {
    }

    /** @throws UserException naming the option and the accepted forms */
    static Instant parse(String option, String value, Clock clock, ZoneId zone) {
        Optional<java.time.Duration> d = Durations.parse(value);
        if (d.isPresent()) return clock.instant().minus(d.get());
        try {
            if (value.length() == 10) return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new UserException(option + " must be a duration (7d, 24h), a date (2025-01-31) or a date-time "
                    + "with offset (2025-01-31T16:00:00+09:00); was '" + value + "'");
        }
    }
}
