package io.newsradar.pipeline;

import io.newsradar.config.FetchSettings;
import io.newsradar.model.Page;
import io.newsradar.sources.Source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Crawls configured sources ({@code newsradar crawl} without URLs, and each round of {@code watch}): one
 * {@link Crawler} pass per source, in file order, its feeds, sitemaps and seeds together; pages go to the sink
 * with the source's zone as {@link Page#siteZone()} ({@link Source#siteZone}: its {@code zone}, else the zone of
 * its {@code lang} hint). A pass that ran to its end records the poll in
 * {@link SourcePolls}; a stopped one does not, so the source stays due. Thread-safe for {@link #stop()} only.
 */
public final class SourceCrawl {
    private final FetchSettings fetch;
    private final Path dataDir;
    private final PageSink sink;
    private final Clock clock;
    private final Map<String, String> zoneByLanguage;
    private final AdaptivePoll rule;
    private volatile Crawler current;
    private volatile boolean stopped;

    /**
     * @param fetch   HTTP limits and politeness
     * @param dataDir data directory (crawl state, WARC files, poll times)
     * @param sink    where pages go (extraction, tagging, indexing)
     * @param clock   decides what is due (UTC)
     * @param zoneByLanguage IANA zone by language ({@code extract.zone_by_language}), for sources with a
     *                {@code lang} hint and no {@code zone}
     */
    public SourceCrawl(FetchSettings fetch, Path dataDir, PageSink sink, Clock clock, Map<String, String> zoneByLanguage) {
        this(fetch, dataDir, sink, clock, zoneByLanguage, AdaptivePoll.OFF);
    }

    /**
     * Like {@link #SourceCrawl(FetchSettings, Path, PageSink, Clock, Map)}, with adaptive poll intervals.
     *
     * @param rule how each source's interval adapts to what its polls bring ({@link AdaptivePoll})
     */
    public SourceCrawl(FetchSettings fetch, Path dataDir, PageSink sink, Clock clock, Map<String, String> zoneByLanguage,
                       AdaptivePoll rule) {
        this.rule = rule;
        this.zoneByLanguage = Map.copyOf(zoneByLanguage);
        this.fetch = fetch;
        this.dataDir = dataDir;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Polls every source that is due now (never polled, or its interval passed since its last full poll); each full
     * poll adapts the source's interval ({@link AdaptivePoll}: sooner when it stored articles, later when not); a
     * poll in which every input failed is not a full poll: the source is retried with back-off
     * ({@link SourcePolls#recordFailure}).
     *
     * @return one pass per source polled, in file order; empty when none was due
     * @throws IOException when the poll times cannot be read or written
     */
    public List<SourcePass> runDue(List<Source> sources) throws IOException {
        SourcePolls polls = new SourcePolls(dataDir, rule);
        Instant now = clock.instant();
        return run(sources.stream().filter(s -> polls.due(s, now)).toList(), polls);
    }

    /** Polls every source now, due or not. */
    public List<SourcePass> runAll(List<Source> sources) throws IOException {
        return run(sources, new SourcePolls(dataDir, rule));
    }

    /** @return when the next of {@code sources} is due (UTC), or empty when there are none */
    public java.util.Optional<Instant> nextDue(List<Source> sources) throws IOException {
        return new SourcePolls(dataDir, rule).earliestDue(sources);
    }

    private List<SourcePass> run(List<Source> due, SourcePolls polls) throws IOException {
        List<SourcePass> passes = new ArrayList<>();
        for (Source s : due) {
            if (stopped) break;
            Instant started = clock.instant();
            Crawler crawler = new Crawler(fetch, dataDir, zoned(s.siteZone(zoneByLanguage)));
            current = crawler;
            if (stopped) break; // a stop that came before current was set
            Map<String, io.newsradar.sources.LinkRules> seeds = new java.util.LinkedHashMap<>();
            s.seeds().forEach(u -> seeds.put(u, s.links()));
            CrawlSummary summary = crawler.run(s.feeds(), s.sitemaps(), List.of(), seeds);
            current = null;
            passes.add(new SourcePass(s.name(), summary, stopped));
            if (stopped) continue;
            if (failedAsAWhole(summary)) polls.recordFailure(s, started);
            else polls.record(s, started, summary.stored() > 0);
        }
        return passes;
    }

    /** @return true when nothing of the source could be read: every input failed, none was parsed, fetched or skipped */
    static boolean failedAsAWhole(CrawlSummary summary) {
        return summary.failed() > 0 && summary.feeds() == 0 && summary.fetched() == 0 && summary.stored() == 0
                && summary.skipped() == 0;
    }

    private PageSink zoned(String zone) {
        if (zone == null) return sink;
        return new PageSink() {
            @Override
            public Optional<io.newsradar.model.Failure> accept(Page p) {
                return sink.accept(new Page(p.url(), p.content(), p.contentType(), p.fetchedAt(), zone));
            }

            @Override
            public void checkpoint() throws java.io.IOException {
                sink.checkpoint();
            }

            @Override
            public boolean durableOnAccept() {
                return sink.durableOnAccept();
            }
        };
    }

    /**
     * Ends the current pass gently ({@link Crawler#stop()}: fetches in flight finish and are stored) and starts no
     * further source. Safe to call from any thread, at any time; it stays stopped.
     */
    public void stop() {
        stopped = true;
        Crawler c = current;
        if (c != null) c.stop();
    }

    /** @return true once {@link #stop()} was called */
    public boolean isStopped() {
        return stopped;
    }
}
