package io.newsradar.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the short durations analysts type: {@code 90m}, {@code 24h}, {@code 7d}, {@code 2w}
 * (minutes, hours, days of 24 h, weeks of 7 days); a whole number from 1 to 999999 and one unit letter.
 */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

    private Durations() {
    }

    /** @return the duration, or empty when {@code text} is not of that form or is zero */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        long n = Long.parseLong(m.group(1));
        if (n == 0) return Optional.empty();
        return Optional.of(switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        });
    }
}
