package io.newsradar.digest;

import java.util.List;

/**
 * A theme's volume in the digest window against the windows of the same length before it.
 *
 * <p>Counts are of articles <em>published</em> in each window (not first seen), so the first crawl of a
 * backlog does not fake a spike. Spike rule: {@code count >= }{@value #SPIKE_MIN}<code> and count >= </code>
 * {@value #SPIKE_FACTOR}{@code  x average(previous)}; with no history (all previous zero) three articles
 * are a spike.
 *
 * @param count    articles published in the digest window
 * @param previous articles published in each earlier window of the same length, oldest first (may be empty)
 */
public record Trend(long count, List<Long> previous) {
    /** Fewest articles in the window for a spike. */
    public static final int SPIKE_MIN = 3;
    /** How many times the trailing average the window must reach for a spike. */
    public static final double SPIKE_FACTOR = 2.0;
    private static final char[] BARS = "▁▂▃▄▅▆▇█".toCharArray();

    public Trend {
        previous = List.copyOf(previous);
        if (count < 0 || previous.stream().anyMatch(n -> n < 0)) throw new IllegalArgumentException("negative count");
    }

    /** @return mean of {@link #previous()}, 0 when there is none */
    public double average() {
        return previous.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    /** @return true by the rule in the class comment */
    public boolean spike() {
        return count >= SPIKE_MIN && count >= SPIKE_FACTOR * average();
    }

    /**
     * @return one bar per window, oldest first, the digest window last ({@code ▁▂▃▄▅▆▇█}, scaled to the
     *     largest count; an all-zero series is all {@code ▁})
     */
    public String sparkline() {
        long max = Math.max(count, previous.stream().mapToLong(Long::longValue).max().orElse(0));
        StringBuilder b = new StringBuilder(previous.size() + 1);
        for (long n : previous) b.append(bar(n, max));
        return b.append(bar(count, max)).toString();
    }

    private static char bar(long n, long max) {
        if (max == 0) return BARS[0];
        return BARS[(int) Math.round((double) n * (BARS.length - 1) / max)];
    }
}
