package io.newsradar.digest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestWindowTest {
    private static final Instant NOW = Instant.parse("2025-02-01T22:00:00Z"); // 07:00 JST on 2 Feb

    @ParameterizedTest
    @CsvSource({
            "previous_calendar_day, Asia/Tokyo, 2025-01-31T15:00:00Z, 2025-02-01T15:00:00Z",
            "previous_calendar_day, UTC,        2025-01-31T00:00:00Z, 2025-02-01T00:00:00Z",
            "24h,                   UTC,        2025-01-31T22:00:00Z, 2025-02-01T22:00:00Z",
            "7d,                    UTC,        2025-01-25T22:00:00Z, 2025-02-01T22:00:00Z",
            "90m,                   UTC,        2025-02-01T20:30:00Z, 2025-02-01T22:00:00Z"})
    void windows(String since, String zone, String start, String end) {
        DigestWindow w = DigestWindow.parse(since, NOW, ZoneId.of(zone), Optional.empty());
        assertThat(w.start()).isEqualTo(Instant.parse(start));
        assertThat(w.end()).isEqualTo(Instant.parse(end));
    }

    @Test
    void lastStartsWhereThePreviousDeliveredWindowEnded() {
        Instant prev = Instant.parse("2025-02-01T10:00:00Z");
        DigestWindow w = DigestWindow.parse("last", NOW, ZoneId.of("UTC"), Optional.of(prev));
        assertThat(w.start()).isEqualTo(prev);
        assertThat(w.end()).isEqualTo(NOW);
    }

    @Test
    void lastWithoutHistoryIsTheLastDay() {
        DigestWindow w = DigestWindow.parse("last", NOW, ZoneId.of("UTC"), Optional.empty());
        assertThat(w.start()).isEqualTo(Instant.parse("2025-01-31T22:00:00Z"));
    }

    @Test
    void rejectsUnknownForms() {
        assertThatThrownBy(() -> DigestWindow.parse("lastweek", NOW, ZoneId.of("UTC"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastweek");
    }
}
