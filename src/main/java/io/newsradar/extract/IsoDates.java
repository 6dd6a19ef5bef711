package io.newsradar.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Machine-readable dates from metadata (JSON-LD, {@code <meta>}, {@code <time datetime>}): ISO 8601 / RFC 3339
 * with or without seconds, fraction and offset ({@code 2025-01-31T16:00:00+09:00}, {@code 2025-01-31 16:00},
 * {@code 20250131T160000Z}, {@code +0900}), RFC 1123 ({@code Fri, 31 Jan 2025 07:00:00 GMT}), else any form
 * {@link DateText} reads. A value without an offset is read in the site zone.
 */
final class IsoDates {
    private static final Pattern ISO = Pattern.compile(
            "^\\s*(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d{1,9})?)?)?"
            + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private IsoDates() { }

    /**
     * @param value the attribute or field value
     * @param zone  site zone for values without an offset
     * @param lang  page language
     * @param now   fetch time (for relative forms)
     * @return the date-time, or null when the value holds no date
     */
    static OffsetDateTime parse(String value, ZoneId zone, String lang, Instant now) {
        if (value == null || value.isBlank()) return null;
        Matcher m = ISO.matcher(value);
        if (m.lookingAt()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                LocalTime t = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                ZoneId z = m.group(7) == null ? zone : offset(m.group(7));
                return LocalDateTime.of(d, t).atZone(z).toOffsetDateTime();
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        try {
            return OffsetDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeException e) {
            DateText.Found f = DateText.first(value, zone, lang, now);
            return f == null ? null : f.value();
        }
    }

    private static ZoneOffset offset(String s) {
        if (s.equals("Z")) return ZoneOffset.UTC;
        String digits = s.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int h = Integer.parseInt(digits.substring(1, 3));
        int min = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
    }
}
