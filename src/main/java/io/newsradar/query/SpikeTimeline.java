package io.newsradar.query;

import io.newsradar.query.ArticleSearcher.Bucket;
import io.newsradar.query.ArticleSearcher.TimelineBucket;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A timeline with its spikes flagged ({@link Spikes}) whose first buckets have a baseline too: when the request
 * starts at {@code since}, the counts of the {@code window} buckets before it are read as well, used as baseline,
 * and left out of the result. The bucket holding {@code since} is then counted whole (from its local midnight), like
 * every other bucket. Works over any {@link ArticleSearcher}.
 */
public final class SpikeTimeline {
    private SpikeTimeline() {}

    /**
     * @param searcher the index
     * @param request  what to count (its {@code limit}, {@code sort} and facets ignored)
     * @param by       bucket size
     * @param zone     zone the calendar buckets are cut in
     * @param rule     the spike test
     * @return one entry per bucket of the requested range, oldest first, zero-filled
     */
    public static List<Spikes.Flagged> of(ArticleSearcher searcher, SearchRequest request, Bucket by, ZoneId zone,
                                          Spikes.Rule rule) throws IOException {
        if (request.since() == null) return Spikes.flag(searcher.timeline(request, by, zone), rule);
        LocalDate first = Timelines.bucketStart(request.since(), by, zone);
        Instant lead = Timelines.minus(first, by, rule.window()).atStartOfDay(zone).toInstant();
        SearchRequest wider = new SearchRequest(request.query(), request.themes(), lead, request.until(),
                request.lang(), request.source(), request.sort(), request.limit(), request.facets());
        List<TimelineBucket> buckets = searcher.timeline(wider, by, zone);
        Instant from = first.atStartOfDay(zone).toInstant();
        return Spikes.flag(buckets, rule).stream().filter(f -> !f.bucket().start().isBefore(from)).toList();
    }
}
