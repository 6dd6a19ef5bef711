package io.newsradar.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */
final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * @param value header value or null
     * @param now   the time the response was received
     * @return the delay (zero or more), or null when absent or unreadable
     */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            if (v.chars().allMatch(Character::isDigit)) return Duration.ofSeconds(Long.parseLong(v));
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }
}
