package io.newsradar.query;

import io.newsradar.index.Schema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Calendar buckets of publication times: collects {@code published} doc values of matching documents, then counts
 * them per day, ISO week (starting Monday) or month cut in a time zone, zero-filling every bucket of the covered
 * range ({@code [since, until)} when given, else the first to the last matching publication).
 */
final class Timelines {
    private Timelines() {}

    /** Collects publication times (epoch ms) of matching documents that have one. */
    static final class Published implements CollectorManager<Published.Values, long[]> {
        @Override
        public Values newCollector() {
            return new Values();
        }

        @Override
        public long[] reduce(Collection<Values> collectors) {
            int n = collectors.stream().mapToInt(v -> v.size).sum();
            long[] all = new long[n];
            int at = 0;
            for (Values v : collectors) {
                System.arraycopy(v.ms, 0, all, at, v.size);
                at += v.size;
            }
            return all;
        }

        static final class Values implements Collector {
            private long[] ms = new long[1024];
            private int size;

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
                NumericDocValues published = DocValues.getNumeric(ctx.reader(), Schema.PUBLISHED);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) throws IOException {
                        if (!published.advanceExact(doc)) return;
                        if (size == ms.length) ms = java.util.Arrays.copyOf(ms, size * 2);
                        ms[size++] = published.longValue();
                    }
                };
            }
        }
    }

    /**
     * @param publishedMs publication times, epoch ms, any order
     * @param since       start of the covered range, or null for the earliest time
     * @param until       exclusive end of the covered range, or null for the latest time
     * @return one bucket per calendar unit from the first to the last covered, oldest first, zeros included
     */
    static List<ArticleSearcher.TimelineBucket> buckets(long[] publishedMs, Instant since, Instant until,
                                                        ArticleSearcher.Bucket by, ZoneId zone) {
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        for (long ms : publishedMs) counts.merge(bucketStart(Instant.ofEpochMilli(ms), by, zone), 1L, Long::sum);
        if (counts.isEmpty() && (since == null || until == null)) return List.of();
        LocalDate first = since != null ? bucketStart(since, by, zone) : counts.firstKey();
        LocalDate last = until != null ? bucketStart(until.minusMillis(1), by, zone) : counts.lastKey();
        List<ArticleSearcher.TimelineBucket> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = next(d, by)) {
            String label = by == ArticleSearcher.Bucket.MONTH ? d.toString().substring(0, 7) : d.toString();
            out.add(new ArticleSearcher.TimelineBucket(d.atStartOfDay(zone).toInstant(), label, counts.getOrDefault(d, 0L)));
        }
        return out;
    }

    static LocalDate bucketStart(Instant t, ArticleSearcher.Bucket by, ZoneId zone) {
        LocalDate day = t.atZone(zone).toLocalDate();
        return switch (by) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** @return the start of the bucket {@code n} buckets before the one starting at {@code d} */
    static LocalDate minus(LocalDate d, ArticleSearcher.Bucket by, int n) {
        return switch (by) {
            case DAY -> d.minusDays(n);
            case WEEK -> d.minusWeeks(n);
            case MONTH -> d.minusMonths(n);
        };
    }

    static LocalDate next(LocalDate d, ArticleSearcher.Bucket by) {
        return switch (by) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }
}
