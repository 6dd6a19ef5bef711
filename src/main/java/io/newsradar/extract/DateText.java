package io.newsradar.extract;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates written for readers: {@code 2025年1月31日 16時0分}, {@code 令和7年1月31日} (Japanese
 * eras: 令和 = 2018+N, 平成 = 1988+N, 昭和 = 1925+N, 元年 = 1), full-width digits, {@code 2時間前} and
 * {@code 3 hours ago} (relative to the fetch time), {@code Jan. 31, 2025 4:00 p.m. JST},
 * {@code Wed 29 Jan 2025 20.30 GMT}, {@code 4/14/2024 7:50 PM EDT}, {@code 2025年01月21日 09:00},
 * {@code 2024-12-27 10:20}. A time without a zone designator is read in the site zone; a date without a time
 * is midnight in that zone. All patterns are bounded (no backtracking over long text). Thread-safe.
 */
final class DateText {
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final Pattern DATE = Pattern.compile(
            "(?<era>令和|平成|昭和)\\s?(?<ey>元|\\d{1,2})\\s?年\\s?(?<em>\\d{1,2})\\s?月\\s?(?<ed>\\d{1,2})\\s?日"
            + "|(?<!\\d)(?<cy>\\d{4})\\s?年\\s?(?<cm>\\d{1,2})\\s?月\\s?(?<cd>\\d{1,2})\\s?日"
            + "|(?<![\\d.])(?<iy>(?:19|20)\\d{2})(?<sep>[-/.])(?<im>\\d{1,2})\\k<sep>(?<id>\\d{1,2})(?![\\d])"
            + "|(?<![\\d/])(?<um>\\d{1,2})/(?<ud>\\d{1,2})/(?<uy>(?:19|20)\\d{2})(?!\\d)"
            + "|\\b(?<mn>" + MONTHS + ")[a-z]{0,6}\\.?\\s{1,3}(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(?<my>(?:19|20)\\d{2})(?!\\d)"
            + "|(?<!\\d)(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?<dn>" + MONTHS + ")[a-z]{0,6}\\.?,?\\s{1,3}(?<dy>(?:19|20)\\d{2})(?!\\d)"
            + "|(?<!\\d)(?<rn>\\d{1,3})\\s?(?<ru>分|時間|日)前"
            + "|(?<!\\d)(?<rn2>\\d{1,3})\\s(?<ru2>minute|min|hour|hr|day)s?\\sago\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "^[^\\d\\n]{0,16}?(?:(?<jap>午前|午後)\\s?)?(?<h>\\d{1,2})"
            + "(?:\\s?時\\s?(?<jm>\\d{1,2})\\s?分|\\s?時(?!間)|(?<sep>[:.])(?<m>\\d{2})(?::(?<s>\\d{2}))?)?"
            + "(?:\\s?(?<ap>[ap])\\.?\\s?m\\b\\.?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE = Pattern.compile(
            "^\\s?\\(?((?:UTC|GMT)\\s?[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|[A-Z]{1,5})\\b");
    private static final int TIME_WINDOW = 40;

    /** A date found in text: the value, whether a time of day was given, and its span in the text. */
    record Found(OffsetDateTime value, boolean hasTime, int start, int end) { }

    private DateText() { }

    /**
     * @param text short text (a dateline, a meta value); full-width digits are accepted
     * @param zone zone for times printed without a designator
     * @param lang page language (resolves {@code CST})
     * @param now  fetch time, the reference of relative dates
     * @return every date found, in text order; empty when none
     */
    static List<Found> findAll(String text, ZoneId zone, String lang, Instant now) {
        List<Found> out = new ArrayList<>();
        if (!hasDigit(text)) return out;
        String s = normalize(text);
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            Found f = m.group("rn") != null || m.group("rn2") != null ? relative(m, zone, now) : absolute(m, s, zone, lang);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** @return the first date in {@code text}, or null */
    static Found first(String text, ZoneId zone, String lang, Instant now) {
        List<Found> all = findAll(text, zone, lang, now);
        return all.isEmpty() ? null : all.get(0);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19')) return true;
        }
        return false;
    }

    /** Maps full-width digits and punctuation to ASCII one char for one char (offsets stay valid). */
    static String normalize(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E') c[i] = (char) (ch - 0xFEE0);
            else if (ch == '\u3000' || ch == '\u00A0') c[i] = ' ';
        }
        return new String(c);
    }

    private static Found relative(Matcher m, ZoneId zone, Instant now) {
        boolean ja = m.group("rn") != null;
        int n = Integer.parseInt(ja ? m.group("rn") : m.group("rn2"));
        String unit = (ja ? m.group("ru") : m.group("ru2")).toLowerCase(Locale.ROOT);
        Duration d = switch (unit) {
            case "分", "minute", "min" -> Duration.ofMinutes(n);
            case "時間", "hour", "hr" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        Instant at = now.minus(d).truncatedTo(ChronoUnit.MINUTES);
        return new Found(OffsetDateTime.ofInstant(at, zone), true, m.start(), m.end());
    }

    private static Found absolute(Matcher m, String s, ZoneId zone, String lang) {
        LocalDate date = date(m);
        if (date == null) return null;
        Matcher t = TIME.matcher(s).region(m.end(), Math.min(s.length(), m.end() + TIME_WINDOW));
        LocalTime time = t.lookingAt() ? time(t, s) : null;
        int end = time != null ? t.end() : m.end();
        ZoneId z = zone;
        if (time != null) {
            Matcher zm = ZONE.matcher(s).region(end, Math.min(s.length(), end + 16));
            ZoneId given = zm.lookingAt() ? ZoneAbbreviations.resolve(zm.group(1), lang) : null;
            if (given != null) {
                z = given;
                end = zm.end();
            }
        }
        LocalDateTime ldt = LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
        return new Found(ldt.atZone(z).toOffsetDateTime(), time != null, m.start(), end);
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group("era") != null) {
                int base = switch (m.group("era")) { case "令和" -> 2018; case "平成" -> 1988; default -> 1925; };
                int y = m.group("ey").equals("元") ? 1 : Integer.parseInt(m.group("ey"));
                return LocalDate.of(base + y, num(m, "em"), num(m, "ed"));
            }
            if (m.group("cy") != null) return LocalDate.of(num(m, "cy"), num(m, "cm"), num(m, "cd"));
            if (m.group("iy") != null) return LocalDate.of(num(m, "iy"), num(m, "im"), num(m, "id"));
            if (m.group("uy") != null) {
                int a = num(m, "um"), b = num(m, "ud");
                return a > 12 ? LocalDate.of(num(m, "uy"), b, a) : LocalDate.of(num(m, "uy"), a, b);
            }
            if (m.group("my") != null) return LocalDate.of(num(m, "my"), month(m.group("mn")), num(m, "md"));
            return LocalDate.of(num(m, "dy"), month(m.group("dn")), num(m, "dd"));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime time(Matcher t, String s) {
        boolean japanese = t.group("jm") != null || t.group(0).contains("時");
        boolean colon = ":".equals(t.group("sep"));
        boolean dot = ".".equals(t.group("sep"));
        String ap = t.group("ap");
        if (!japanese && !colon && !(dot && ap != null) && !(dot && zoneFollows(s, t.end())) && ap == null) return null;
        int h = Integer.parseInt(t.group("h"));
        int min = t.group("jm") != null ? Integer.parseInt(t.group("jm")) : t.group("m") != null ? Integer.parseInt(t.group("m")) : 0;
        int sec = t.group("s") != null ? Integer.parseInt(t.group("s")) : 0;
        if (ap != null) h = h % 12 + (ap.equalsIgnoreCase("p") ? 12 : 0);
        if ("午後".equals(t.group("jap")) && h < 12) h += 12;
        if (h > 23 || min > 59 || sec > 59) return null;
        return LocalTime.of(h, min, sec);
    }

    private static boolean zoneFollows(String s, int at) {
        Matcher zm = ZONE.matcher(s).region(at, Math.min(s.length(), at + 16));
        return zm.lookingAt() && ZoneAbbreviations.resolve(zm.group(1), null) != null;
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n.substring(0, 3)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }
}
