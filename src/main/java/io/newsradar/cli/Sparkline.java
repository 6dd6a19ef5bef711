package io.newsradar.cli;

/** A terminal sparkline: one block character per count, scaled to the largest; zero is a space. */
final class Sparkline {
    private static final String BARS = "▁▂▃▄▅▆▇█";

    private Sparkline() {
    }

    /** @return one character per count, {@code ▁} (smallest non-zero) to {@code █} (the largest) */
    static String of(long... counts) {
        long max = 0;
        for (long c : counts) max = Math.max(max, c);
        StringBuilder sb = new StringBuilder();
        for (long c : counts) {
            if (c == 0 || max == 0) sb.append(' ');
            else sb.append(BARS.charAt((int) Math.min(BARS.length() - 1, (c * BARS.length() - 1) / max)));
        }
        return sb.toString();
    }
}
