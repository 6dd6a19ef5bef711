package io.newsradar.pipeline;

import io.newsradar.sources.Source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each configured source was last polled to the end, and its adaptive interval ({@link AdaptivePoll}):
 * {@code <data>/crawl/polls.tsv}, one line per source, {@code name TAB epoch-milliseconds TAB interval-seconds TAB
 * poll-seconds [TAB retry-epoch-milliseconds TAB failures]}, where the fourth field is the source's configured
 * {@code poll} the interval grew from (editing {@code poll} in the sources file restarts the interval from the new
 * value); {@code -} for "never" in a time field. Lines of two fields (older versions) read as "interval = poll".
 * The file is replaced atomically on each update (a kill leaves the old or the new file).
 * A source is due when it was never polled or its interval has passed since its last complete poll; after a failed
 * poll ({@link #recordFailure}: not one of its feeds, sitemaps or seed pages could be read) it is due again after its
 * shortest interval, doubled with each further failure up to its longest, so a failing site is neither given up
 * until the next regular poll nor retried in a tight loop. Not thread-safe (one crawl or watch per data directory).
 */
public final class SourcePolls {
    /** last: the last complete poll or null; retry: when a failed poll is retried, or null; failures in a row. */
    private record Entry(Instant last, Duration interval, Duration base, Instant retry, int failures) {
        Entry(Instant last, Duration interval, Duration base) {
            this(last, interval, base, null, 0);
        }
    }

    private final Path file;
    private final AdaptivePoll rule;
    private final Map<String, Entry> entries = new TreeMap<>();

    /** Fixed intervals ({@link AdaptivePoll#OFF}). */
    public SourcePolls(Path dataDir) throws IOException {
        this(dataDir, AdaptivePoll.OFF);
    }

    /**
     * @param dataDir the data directory; the file is read now (a missing or torn line is ignored)
     * @param rule    how intervals adapt
     */
    public SourcePolls(Path dataDir, AdaptivePoll rule) throws IOException {
        this.file = dataDir.resolve("crawl").resolve("polls.tsv");
        this.rule = rule;
        if (!Files.exists(file)) return;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if ((f.length != 2 && f.length != 4 && f.length != 6) || !f[1].matches("\\d{1,19}|-")) continue;
            Duration interval = null;
            Duration base = null;
            if (f.length >= 4 && f[2].matches("\\d{1,12}") && f[3].matches("\\d{1,12}")) {
                interval = Duration.ofSeconds(Long.parseLong(f[2]));
                base = Duration.ofSeconds(Long.parseLong(f[3]));
            }
            Instant retry = f.length == 6 && f[4].matches("\\d{1,19}") ? Instant.ofEpochMilli(Long.parseLong(f[4])) : null;
            int failures = f.length == 6 && f[5].matches("\\d{1,6}") ? Integer.parseInt(f[5]) : 0;
            entries.put(f[0], new Entry(epochOrNull(f[1]), interval, base, retry, failures));
        }
    }

    private static Instant epochOrNull(String field) {
        return field.equals("-") ? null : Instant.ofEpochMilli(Long.parseLong(field));
    }

    /** @return when {@code source} was last polled to the end, or empty */
    public Optional<Instant> lastPoll(String source) {
        return Optional.ofNullable(entries.get(source)).map(Entry::last);
    }

    /** @return the interval in force for {@code s}: the adapted one, within its bounds, or its {@code poll} */
    public Duration interval(Source s) {
        Entry e = entries.get(s.name());
        if (e == null || e.interval() == null || !s.poll().equals(e.base())) return rule.clamp(s, s.poll());
        return rule.clamp(s, e.interval());
    }

    /** @return every source with a recorded poll and when it was last polled to the end, by name */
    public Map<String, Instant> all() {
        Map<String, Instant> out = new TreeMap<>();
        entries.forEach((name, e) -> {
            if (e.last() != null) out.put(name, e.last());
        });
        return Map.copyOf(out);
    }

    /** @return when {@code s} is next due: its last poll plus its interval, or {@link Instant#MIN} when never polled */
    public Instant nextDue(Source s) {
        Entry e = entries.get(s.name());
        if (e == null) return Instant.MIN;
        if (e.retry() != null) return e.retry();
        return e.last() == null ? Instant.MIN : e.last().plus(interval(s));
    }

    /**
     * Records a poll of {@code s} that failed as a whole (no feed, sitemap or seed page of it could be read): the last
     * complete poll and the interval stay; the source is due again after {@link AdaptivePoll#min} times 2^(failures
     * in a row - 1), at most {@link AdaptivePoll#max}. Writes the file.
     *
     * @return when the source is retried (UTC)
     */
    public Instant recordFailure(Source s, Instant at) throws IOException {
        Entry old = entries.get(s.name());
        int failures = old == null ? 1 : old.failures() + 1;
        Duration wait = rule.min(s).multipliedBy(1L << Math.min(failures - 1, 20));
        if (wait.compareTo(rule.max(s)) > 0) wait = rule.max(s);
        Instant retry = at.plus(wait);
        entries.put(s.name(), old == null ? new Entry(null, null, null, retry, failures)
                : new Entry(old.last(), old.interval(), old.base(), retry, failures));
        write();
        return retry;
    }

    /** @return whether {@code s} is due at {@code now} */
    public boolean due(Source s, Instant now) {
        return !nextDue(s).isAfter(now);
    }

    /** @return the earliest next-due time among {@code sources}, or empty when there are none */
    public Optional<Instant> earliestDue(List<Source> sources) {
        return sources.stream().map(this::nextDue).min(Instant::compareTo);
    }

    /**
     * Records a poll of {@code s} that ran to its end, adapts its interval ({@link AdaptivePoll#next}) and writes the
     * file. The first poll of a source does not adapt it (everything is new the first time).
     *
     * @param changed whether the poll stored new or changed articles
     */
    public void record(Source s, Instant at, boolean changed) throws IOException {
        Entry old = entries.get(s.name());
        Duration next = old != null && old.last() != null ? rule.next(s, interval(s), changed) : rule.clamp(s, s.poll());
        entries.put(s.name(), new Entry(at, next, s.poll()));
        write();
    }

    /** Records a finished poll with no adaptation (the interval stays as it was) and writes the file. */
    public void record(String source, Instant at) throws IOException {
        Entry old = entries.get(source);
        entries.put(source, new Entry(at, old == null ? null : old.interval(), old == null ? null : old.base()));
        write();
    }

    private void write() throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        entries.forEach((k, v) -> {
            sb.append(k).append('\t').append(v.last() == null ? "-" : String.valueOf(v.last().toEpochMilli()));
            boolean failing = v.retry() != null;
            if (v.interval() != null || failing) {
                sb.append('\t').append(v.interval() == null ? 0 : v.interval().toSeconds())
                        .append('\t').append(v.base() == null ? 0 : v.base().toSeconds());
            }
            if (failing) sb.append('\t').append(v.retry().toEpochMilli()).append('\t').append(v.failures());
            sb.append('\n');
        });
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
