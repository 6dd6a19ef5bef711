package io.newsradar.digest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestScheduleTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DigestSchedule SEVEN_JST = new DigestSchedule("0 7 * * *", TOKYO);

    private static Optional<Instant> t(String iso) {
        return Optional.of(Instant.parse(iso));
    }

    @Test
    void previousCalendarDayInTokyoRunAtSevenJst() {
        Optional<Instant> lastRun = t("2025-01-31T22:00:00Z");          // 07:00 JST 1 Feb
        Instant now = Instant.parse("2025-02-01T22:00:30Z");              // 07:00:30 JST 2 Feb
        ZonedDateTime due = SEVEN_JST.due(lastRun, now).orElseThrow();
        assertThat(due.toInstant()).isEqualTo("2025-02-01T22:00:00Z");
        DigestWindow w = DigestWindow.scheduled("previous_calendar_day", due.toInstant(), TOKYO, t("2025-01-31T15:00:00Z"));
        assertThat(w.start()).isEqualTo("2025-01-31T15:00:00Z");           // 1 Feb 00:00 JST
        assertThat(w.end()).isEqualTo("2025-02-01T15:00:00Z");             // 2 Feb 00:00 JST
    }

    @Test
    void firstRunEverWithPreviousCalendarDayIsYesterdayInTokyo() {
        ZonedDateTime due = SEVEN_JST.due(Optional.empty(), Instant.parse("2025-02-01T23:10:00Z")).orElseThrow();
        DigestWindow w = DigestWindow.scheduled("previous_calendar_day", due.toInstant(), TOKYO, Optional.empty());
        assertThat(w).isEqualTo(new DigestWindow(Instant.parse("2025-01-31T15:00:00Z"), Instant.parse("2025-02-01T15:00:00Z")));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-02-01T21:59:59Z, false",   // 06:59:59 JST: not yet
            "2025-02-01T22:00:00Z, true",    // 07:00 JST exactly
            "2025-02-02T21:00:00Z, true"})   // a day late, still one run due
    void dueOnlyFromTheFireTime(String now, boolean due) {
        assertThat(SEVEN_JST.due(t("2025-01-31T22:00:00Z"), Instant.parse(now)).isPresent()).isEqualTo(due);
    }

    @Test
    void threeMissedDaysAreCaughtUpOnceWithOneWindowCoveringTheGap() {
        Optional<Instant> lastRun = t("2025-01-31T22:00:00Z");             // delivered 07:00 JST 1 Feb
        Optional<Instant> lastWindowEnd = t("2025-01-31T15:00:00Z");       // covered up to 1 Feb 00:00 JST
        Instant wake = Instant.parse("2025-02-04T00:30:00Z");              // 09:30 JST 4 Feb: 2, 3, 4 Feb missed
        assertThat(SEVEN_JST.missed(lastRun.get(), wake, 100)).isEqualTo(3);
        ZonedDateTime due = SEVEN_JST.due(lastRun, wake).orElseThrow();
        assertThat(due.toInstant()).isEqualTo("2025-02-03T22:00:00Z");    // the latest: 07:00 JST 4 Feb
        DigestWindow w = DigestWindow.scheduled("previous_calendar_day", due.toInstant(), TOKYO, lastWindowEnd);
        assertThat(w.start()).isEqualTo("2025-01-31T15:00:00Z");
        assertThat(w.end()).isEqualTo("2025-02-03T15:00:00Z");             // 1, 2 and 3 Feb in one digest
        // once that run is recorded, nothing more is due the same morning
        assertThat(SEVEN_JST.due(Optional.of(due.toInstant()), wake)).isEmpty();
        assertThat(SEVEN_JST.due(Optional.of(due.toInstant()), Instant.parse("2025-02-04T21:59:00Z"))).isEmpty();
    }

    @Test
    void sinceLastWindowEndsAtTheFireTime() {
        ZonedDateTime due = SEVEN_JST.due(t("2025-01-31T22:00:00Z"), Instant.parse("2025-02-04T00:30:00Z")).orElseThrow();
        DigestWindow w = DigestWindow.scheduled("last", due.toInstant(), TOKYO, t("2025-01-31T22:00:00Z"));
        assertThat(w).isEqualTo(new DigestWindow(Instant.parse("2025-01-31T22:00:00Z"), Instant.parse("2025-02-03T22:00:00Z")));
    }

    @Test
    void weekdaysOnlyScheduleSkipsTheWeekend() {
        DigestSchedule weekdays = new DigestSchedule("30 8 * * MON-FRI", TOKYO);
        // Friday 7 Feb 2025 08:30 JST delivered; Monday 10 Feb 09:00 JST: one run due, at Monday 08:30
        ZonedDateTime due = weekdays.due(t("2025-02-06T23:30:00Z"), Instant.parse("2025-02-10T00:00:00Z")).orElseThrow();
        assertThat(due.toLocalDateTime()).hasToString("2025-02-10T08:30");
        assertThat(weekdays.missed(Instant.parse("2025-02-06T23:30:00Z"), Instant.parse("2025-02-10T00:00:00Z"), 10)).isEqualTo(1);
    }

    @Test
    void badCronIsRejectedWithTheExpression() {
        assertThatThrownBy(() -> new DigestSchedule("0 25 * * *", TOKYO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 25 * * *");
    }
}
