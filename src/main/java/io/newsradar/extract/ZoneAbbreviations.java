package io.newsradar.extract;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time-zone designators printed after times in datelines ({@code JST}, {@code ET}, {@code PST}, {@code CET},
 * {@code GMT+9}, {@code UTC+09:00}, {@code +0900}) resolved to zones. Generic designators ({@code ET}, {@code PT},
 * {@code CT}, {@code MT}) follow daylight saving through their IANA zone; explicit ones ({@code EST}, {@code EDT})
 * are fixed offsets. {@code CST} means China Standard Time on Chinese pages and US Central elsewhere.
 */
final class ZoneAbbreviations {
    private static final Pattern NUMERIC =
            Pattern.compile("(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("PHT", ZoneOffset.ofHours(8)), Map.entry("AWST", ZoneOffset.ofHours(8)),
            Map.entry("ICT", ZoneOffset.ofHours(7)), Map.entry("WIB", ZoneOffset.ofHours(7)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)), Map.entry("NZST", ZoneOffset.ofHours(12)),
            Map.entry("NZDT", ZoneOffset.ofHours(13)),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("AKST", ZoneOffset.ofHours(-9)),
            Map.entry("AKDT", ZoneOffset.ofHours(-8)), Map.entry("HST", ZoneOffset.ofHours(-10)),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("PT", ZoneId.of("America/Los_Angeles")));

    private ZoneAbbreviations() { }

    /**
     * @param designator text such as {@code JST}, {@code p.m. ET} stripped to {@code ET}, {@code GMT+9}, {@code +09:00}
     * @param lang       page language ({@code zh} makes {@code CST} China Standard Time)
     * @return the zone, or null when the designator is unknown
     */
    static ZoneId resolve(String designator, String lang) {
        if (designator == null || designator.isBlank()) return null;
        String d = designator.trim().toUpperCase(Locale.ROOT);
        if (d.equals("CST")) return "zh".equals(lang) ? ZoneOffset.ofHours(8) : ZoneOffset.ofHours(-6);
        ZoneId z = ZONES.get(d);
        if (z != null) return z;
        Matcher m = NUMERIC.matcher(d);
        if (!m.matches()) return null;
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 14 || minutes > 59) return null;
        int sign = m.group(1).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
