package io.newsradar.digest;

import io.newsradar.pipeline.AdaptivePoll;
import io.newsradar.pipeline.SourcePolls;
import io.newsradar.sources.Source;
import io.newsradar.sources.SourcesFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest header's account of the crawl behind a window, from the poll times the crawl records
 * ({@code <data>/crawl/polls.tsv}, {@link SourcePolls}: when each source was last polled to the end) and the
 * sources file ({@code <data>/sources.yaml}: each source's poll interval, adapted as {@link AdaptivePoll} says). The crawl keeps only the latest
 * complete poll per source and records no failed poll, so a source counts as
 * <ul>
 *   <li>polled: its latest complete poll is at or after the window start;</li>
 *   <li>missed (failed or not run): not polled since the window start although it was due inside the window
 *       (never polled, or its last poll plus its interval is before the window end);</li>
 *   <li>not due: neither (its interval is longer than the time since its last poll), counted only.</li>
 * </ul>
 * A source that was polled but is no longer in the sources file counts by its poll time alone (missed when not
 * polled since the window start).
 *
 * @param recorded true when the data directory holds crawl poll records; false: nothing is known (said so)
 * @param polled   names of the sources polled since the window start, sorted
 * @param missed   sources due in the window but not polled to the end since its start, sorted by name
 * @param notDue   sources not due in the window
 */
public record CrawlStatus(boolean recorded, List<String> polled, List<Missed> missed, int notDue) {
    /** Nothing known: no crawl records. */
    public static final CrawlStatus UNKNOWN = new CrawlStatus(false, List.of(), List.of(), 0);

    public CrawlStatus {
        polled = List.copyOf(polled);
        missed = List.copyOf(missed);
        if (notDue < 0) throw new IllegalArgumentException("notDue < 0");
    }

    /**
     * @param source   source name
     * @param lastPoll its latest complete poll (UTC), or null when it was never polled to the end
     */
    public record Missed(String source, Instant lastPoll) {
    }

    /**
     * @param dataDir the data directory
     * @param window  the digest window
     * @return the status; {@link #UNKNOWN} when there is no {@code crawl/polls.tsv}
     * @throws IOException when the poll file exists but cannot be read
     */
    public static CrawlStatus of(Path dataDir, DigestWindow window) throws IOException {
        return of(dataDir, window, AdaptivePoll.OFF);
    }

    /**
     * @param rule the crawl's adaptive poll rule (the config's {@code poll:}): a source's interval is the adapted one
     *             recorded in {@code polls.tsv}, within its bounds
     * @see #of(Path, DigestWindow)
     */
    public static CrawlStatus of(Path dataDir, DigestWindow window, AdaptivePoll rule) throws IOException {
        if (!Files.isRegularFile(dataDir.resolve("crawl").resolve("polls.tsv"))) return UNKNOWN;
        SourcePolls sourcePolls = new SourcePolls(dataDir, rule);
        Map<String, Instant> polls = sourcePolls.all();
        Map<String, Duration> interval = new TreeMap<>();
        for (Source s : configured(dataDir)) interval.put(s.name(), sourcePolls.interval(s));
        for (String name : polls.keySet()) interval.putIfAbsent(name, Duration.ZERO);
        List<String> polled = new ArrayList<>();
        List<Missed> missed = new ArrayList<>();
        int notDue = 0;
        for (Map.Entry<String, Duration> e : interval.entrySet()) {
            Instant last = polls.get(e.getKey());
            if (last != null && !last.isBefore(window.start())) polled.add(e.getKey());
            else if (last == null || last.plus(e.getValue()).isBefore(window.end())) missed.add(new Missed(e.getKey(), last));
            else notDue++;
        }
        return new CrawlStatus(true, polled, missed, notDue);
    }

    /** @return the sources of {@code <data>/sources.yaml}; empty when it is absent or does not load */
    private static List<Source> configured(Path dataDir) {
        Path file = dataDir.resolve(SourcesFile.FILE_NAME);
        if (!Files.isRegularFile(file)) return List.of();
        try {
            return SourcesFile.load(file);
        } catch (RuntimeException e) { // a broken sources file is the crawl's to report; the header uses the polls
            return List.of();
        }
    }
}
