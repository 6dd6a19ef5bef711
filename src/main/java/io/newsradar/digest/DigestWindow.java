package io.newsradar.digest;

import io.newsradar.config.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The window of a digest, {@code [start, end)}. Forms of {@code --since}: {@code last} (since the end of the
 * previous delivered digest of the same name; 24 h before {@code now} when there was none), a duration
 * ({@code 90m}, {@code 24h}, {@code 7d}, {@code 2w}), or {@code previous_calendar_day} (yesterday, midnight to
 * midnight in the digest's zone: for Asia/Tokyo that is 15:00 to 15:00 UTC).
 *
 * @param start inclusive
 * @param end   exclusive
 */
public record DigestWindow(Instant start, Instant end) {
    public DigestWindow {
        if (!start.isBefore(end)) throw new IllegalArgumentException("window start " + start + " is not before end " + end);
    }

    /**
     * @param since        the {@code --since} text
     * @param now          the run time; the end of {@code last} and duration windows
     * @param zone         the digest's zone (for calendar days)
     * @param lastDelivered end of the previous delivered window of this digest name, if any
     * @throws IllegalArgumentException when {@code since} is none of the forms above (message says which are)
     */
    public static DigestWindow parse(String since, Instant now, ZoneId zone, Optional<Instant> lastDelivered) {
        return parse(since, now, zone, lastDelivered, false);
    }

    /**
     * The window of a scheduled run that fires at {@code fireTime}: the form's own window ending at
     * {@code fireTime} ({@code previous_calendar_day}: the day before the fire time's date), but starting at the end
     * of the last delivered window when there is one, so runs missed in between are covered by this one window
     * and nothing is reported twice.
     *
     * @throws IllegalArgumentException when {@code since} is not a known form, or the last delivered window
     *     already reaches the end of this one
     */
    public static DigestWindow scheduled(String since, Instant fireTime, ZoneId zone, Optional<Instant> lastDelivered) {
        return parse(since, fireTime, zone, lastDelivered, true);
    }

    private static DigestWindow parse(String since, Instant now, ZoneId zone, Optional<Instant> lastDelivered, boolean gapless) {
        String s = since.strip().toLowerCase(Locale.ROOT);
        if (s.equals("last")) {
            Instant start = lastDelivered.orElse(now.minus(Duration.ofHours(24)));
            if (!start.isBefore(now)) start = now.minusSeconds(1);
            return new DigestWindow(start, now);
        }
        if (s.equals("previous_calendar_day") || s.equals("yesterday")) {
            LocalDate today = now.atZone(zone).toLocalDate();
            Instant end = today.atStartOfDay(zone).toInstant();
            return new DigestWindow(gapless ? lastDelivered.orElse(today.minusDays(1).atStartOfDay(zone).toInstant())
                    : today.minusDays(1).atStartOfDay(zone).toInstant(), end);
        }
        Optional<Duration> d = Durations.parse(s);
        if (d.isPresent()) return new DigestWindow(gapless ? lastDelivered.orElse(now.minus(d.get())) : now.minus(d.get()), now);
        throw new IllegalArgumentException("--since must be 'last', 'previous_calendar_day' or a duration such as 24h, 7d, 90m; was '" + since + "'");
    }
}
