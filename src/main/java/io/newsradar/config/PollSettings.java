package io.newsradar.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;

/**
 * The {@code poll:} section: adaptive poll intervals of the sources polled by {@code crawl} and {@code watch}.
 *
 * @param adaptive true: a source's interval adapts to how often it brings new articles; false: every source is
 *                 polled at its fixed {@code poll} interval
 * @param min      shortest interval of a source whose sources-file entry gives no {@code min_poll}, e.g. {@code 5m}
 *                 (Nm, Nh, Nd, Nw)
 * @param max      longest interval of a source whose entry gives no {@code max_poll}, e.g. {@code 6h}; at least {@code min}
 */
public record PollSettings(@JsonProperty("adaptive") boolean adaptive,
                           @JsonProperty("min") String min,
                           @JsonProperty("max") String max) {
    public PollSettings {
        Duration lo = parse("poll.min", min);
        Duration hi = parse("poll.max", max);
        if (hi.compareTo(lo) < 0) throw new ConfigException("poll.max", "must be at least poll.min (" + min + "), was " + max);
    }

    /** @return {@code min} as a duration */
    public Duration minInterval() {
        return parse("poll.min", min);
    }

    /** @return {@code max} as a duration */
    public Duration maxInterval() {
        return parse("poll.max", max);
    }

    private static Duration parse(String key, String text) {
        if (text == null) throw new ConfigException(key, "missing (e.g. 5m, 6h)");
        return Durations.parse(text).orElseThrow(() -> new ConfigException(key, "not a duration such as 5m, 6h, 1d: " + text));
    }
}
