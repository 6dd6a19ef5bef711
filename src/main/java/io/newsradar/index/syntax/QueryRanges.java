package io.newsradar.index.syntax;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code published:[from TO to]} ranges. Bounds are {@code *} (open), an ISO date {@code 2025-01-31}, a
 * month {@code 2025-01}, a local date-time {@code 2025-01-31T09:00} (read in the parser's zone) or a date-time with
 * offset {@code 2025-01-31T09:00+09:00}. {@code [ ]} include their bound, {@code { }} exclude it; a date or month
 * bound covers the whole day or month, so {@code [2025-01-01 TO 2025-01-31]} is all of January in the zone.
 */
final class QueryRanges {
    private static final Pattern RANGE = Pattern.compile("(\\w+):([\\[{])\\s*(\\S+)\\s+TO\\s+(\\S+)\\s*([]}])");

    private QueryRanges() {}

    static QueryNode.Range parse(String text, int column, ZoneId zone) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) throw new QueryException("bad range '" + text + "': expected [from TO to]", column);
        String field = m.group(1);
        if (!field.equals("published")) throw new QueryException("ranges work on published: only, not " + field + ":", column);
        Long from = bound(m.group(3), m.group(2).equals("["), true, column, zone);
        Long to = bound(m.group(4), m.group(5).equals("]"), false, column, zone);
        if (from != null && to != null && from >= to) {
            throw new QueryException("empty range '" + text + "': the start is not before the end", column);
        }
        return new QueryNode.Range(field, from, to, column);
    }

    /** @return epoch ms of the bound as a half-open interval edge ({@code [from, to)}), or null for * */
    private static Long bound(String v, boolean inclusive, boolean lower, int column, ZoneId zone) {
        if (v.equals("*")) return null;
        try {
            Instant[] span = span(v, zone);
            // span = [first instant covered, first instant after]; inclusive lower -> start; exclusive lower -> end;
            // inclusive upper -> end (exclusive edge); exclusive upper -> start.
            return (lower == inclusive ? span[0] : span[1]).toEpochMilli();
        } catch (DateTimeException e) {
            throw new QueryException("bad date '" + v + "': use 2025-01-31, 2025-01, 2025-01-31T09:00 or with +09:00",
                    column);
        }
    }

    private static Instant[] span(String v, ZoneId zone) {
        if (v.matches("\\d{4}-\\d{2}")) {
            YearMonth ym = YearMonth.parse(v);
            return new Instant[] {ym.atDay(1).atStartOfDay(zone).toInstant(),
                    ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()};
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(v);
            return new Instant[] {d.atStartOfDay(zone).toInstant(), d.plusDays(1).atStartOfDay(zone).toInstant()};
        }
        Instant t;
        try {
            t = OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            t = ZonedDateTime.of(java.time.LocalDateTime.parse(v), zone).toInstant();
        }
        return new Instant[] {t, t.plusMillis(1)};
    }
}
