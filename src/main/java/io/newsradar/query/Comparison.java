package io.newsradar.query;

import io.newsradar.query.ArticleSearcher.Bucket;
import io.newsradar.query.ArticleSearcher.TimelineBucket;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two themes' timelines side by side on one calendar: the covered range is {@code [since, until)} when given, else
 * from the earlier theme's first to the later theme's last publication, zero-filled for both. Works over any
 * {@link ArticleSearcher} (two timeline calls).
 */
public final class Comparison {
    private Comparison() {}

    /**
     * @param start  first instant of the bucket (local midnight in the zone)
     * @param label  ISO date of the bucket's first day ({@code 2025-01-27}; {@code 2025-01} for months)
     * @param first  articles of the first theme published in the bucket
     * @param second articles of the second theme published in the bucket
     */
    public record Row(Instant start, String label, long first, long second) {
        public Row {
            if (first < 0 || second < 0) throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    /**
     * @param searcher the index
     * @param first    name of the first theme, as in the themes file
     * @param second   name of the second theme
     * @param since    start of the range (inclusive), or null
     * @param until    end of the range (exclusive), or null
     * @param by       bucket size
     * @param zone     zone the calendar buckets are cut in
     * @return one row per bucket, oldest first; empty when neither theme has a dated article and no full range is given
     */
    public static List<Row> of(ArticleSearcher searcher, String first, String second, Instant since, Instant until,
                               Bucket by, ZoneId zone) throws IOException {
        List<TimelineBucket> a = searcher.timeline(request(first, since, until), by, zone);
        List<TimelineBucket> b = searcher.timeline(request(second, since, until), by, zone);
        return align(a, b, by, zone);
    }

    /** Puts two zero-filled timelines on the calendar covering both. */
    static List<Row> align(List<TimelineBucket> a, List<TimelineBucket> b, Bucket by, ZoneId zone) {
        if (a.isEmpty() && b.isEmpty()) return List.of();
        Instant from = min(a, b);
        LocalDate lastStart = Timelines.bucketStart(max(a, b), by, zone);
        Instant to = Timelines.next(lastStart, by).atStartOfDay(zone).toInstant();
        Map<String, Long> ca = counts(a), cb = counts(b);
        return Timelines.buckets(new long[0], from, to, by, zone).stream()
                .map(t -> new Row(t.start(), t.label(), ca.getOrDefault(t.label(), 0L), cb.getOrDefault(t.label(), 0L)))
                .toList();
    }

    private static SearchRequest request(String theme, Instant since, Instant until) {
        return new SearchRequest("", List.of(theme), since, until, null, null, SearchRequest.Sort.DATE, 1, List.of());
    }

    private static Map<String, Long> counts(List<TimelineBucket> t) {
        Map<String, Long> m = new HashMap<>();
        for (TimelineBucket b : t) m.put(b.label(), b.count());
        return m;
    }

    private static Instant min(List<TimelineBucket> a, List<TimelineBucket> b) {
        if (a.isEmpty()) return b.getFirst().start();
        if (b.isEmpty()) return a.getFirst().start();
        return a.getFirst().start().isBefore(b.getFirst().start()) ? a.getFirst().start() : b.getFirst().start();
    }

    private static Instant max(List<TimelineBucket> a, List<TimelineBucket> b) {
        if (a.isEmpty()) return b.getLast().start();
        if (b.isEmpty()) return a.getLast().start();
        return a.getLast().start().isAfter(b.getLast().start()) ? a.getLast().start() : b.getLast().start();
    }
}
