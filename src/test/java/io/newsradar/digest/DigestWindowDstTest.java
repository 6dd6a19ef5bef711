package io.newsradar.digest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code previous_calendar_day} is midnight to midnight on the local calendar, so across a daylight-saving change a
 * "day" is 23 or 25 hours long; next to it the Asia/Tokyo case (no DST) run at 07:00 JST.
 */
class DigestWindowDstTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} run at {1}: [{2}, {3}) = {4} h")
    @CsvSource({
            // run at 07:00 EDT on 10 Mar 2025: 9 Mar lost an hour (02:00 EST -> 03:00 EDT)
            "America/New_York, 2025-03-10T11:00:00Z, 2025-03-09T05:00:00Z, 2025-03-10T04:00:00Z, 23",
            // run at 07:00 EST on 3 Nov 2025: 2 Nov had 01:00-02:00 twice
            "America/New_York, 2025-11-03T12:00:00Z, 2025-11-02T04:00:00Z, 2025-11-03T05:00:00Z, 25",
            // an ordinary New York day: 24 h
            "America/New_York, 2025-03-12T11:00:00Z, 2025-03-11T04:00:00Z, 2025-03-12T04:00:00Z, 24",
            // 07:00 JST on 2 Feb 2025: 1 Feb JST is 31 Jan 15:00 UTC to 1 Feb 15:00 UTC
            "Asia/Tokyo,       2025-02-01T22:00:00Z, 2025-01-31T15:00:00Z, 2025-02-01T15:00:00Z, 24"})
    void previousCalendarDayIsLocalMidnightToMidnight(String zone, String now, String start, String end, long hours) {
        DigestWindow w = DigestWindow.parse("previous_calendar_day", Instant.parse(now), ZoneId.of(zone), Optional.empty());
        assertThat(w.start()).isEqualTo(start);
        assertThat(w.end()).isEqualTo(end);
        assertThat(Duration.between(w.start(), w.end()).toHours()).isEqualTo(hours);
    }

    @Test
    void scheduledDailyRunsOverTheSpringChangeLeaveNoGapAndNoOverlap() {
        DigestSchedule daily = new DigestSchedule("0 7 * * *", NEW_YORK);
        // 07:00 EST on 8 Mar is 12:00 UTC; the clocks jump at 02:00 on 9 Mar, so 07:00 on 9 Mar is EDT, 11:00 UTC:
        // 23 h after the previous run
        Instant sunday = daily.due(Optional.of(Instant.parse("2025-03-08T12:00:00Z")), Instant.parse("2025-03-09T11:30:00Z")).orElseThrow().toInstant();
        assertThat(sunday).isEqualTo("2025-03-09T11:00:00Z");
        DigestWindow first = DigestWindow.scheduled("previous_calendar_day", sunday, NEW_YORK, Optional.of(Instant.parse("2025-03-08T05:00:00Z")));
        Instant monday = daily.due(Optional.of(sunday), Instant.parse("2025-03-10T11:05:00Z")).orElseThrow().toInstant();
        assertThat(monday).isEqualTo("2025-03-10T11:00:00Z");
        DigestWindow second = DigestWindow.scheduled("previous_calendar_day", monday, NEW_YORK, Optional.of(first.end()));
        assertThat(first.end()).isEqualTo("2025-03-09T05:00:00Z"); // 8 Mar, 24 h
        assertThat(second.start()).isEqualTo(first.end());
        assertThat(second.end()).isEqualTo("2025-03-10T04:00:00Z"); // 9 Mar: 23 h
        assertThat(Duration.between(second.start(), second.end())).isEqualTo(Duration.ofHours(23));
        assertThat(daily.due(Optional.of(monday), Instant.parse("2025-03-10T11:30:00Z"))).isEmpty();
    }

    @Test
    void scheduledDailyRunOverTheAutumnChangeCoversTwentyFiveHours() {
        DigestSchedule daily = new DigestSchedule("0 7 * * *", NEW_YORK);
        Instant monday = daily.due(Optional.of(Instant.parse("2025-11-02T12:00:00Z")), Instant.parse("2025-11-03T12:01:00Z")).orElseThrow().toInstant();
        assertThat(monday).isEqualTo("2025-11-03T12:00:00Z"); // 07:00 EST
        DigestWindow w = DigestWindow.scheduled("previous_calendar_day", monday, NEW_YORK, Optional.of(Instant.parse("2025-11-02T04:00:00Z")));
        assertThat(w.start()).isEqualTo("2025-11-02T04:00:00Z");
        assertThat(w.end()).isEqualTo("2025-11-03T05:00:00Z");
        assertThat(Duration.between(w.start(), w.end())).isEqualTo(Duration.ofHours(25));
    }
}
