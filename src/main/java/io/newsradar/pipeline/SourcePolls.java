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
 * poll-seconds}, where the last field is the source's configured {@code poll} the interval grew from (editing
 * {@code poll} in the sources file restarts the interval from the new value). Lines of two fields (older versions)
 * read as "interval = poll". The file is replaced atomically on each update (a kill leaves the old or the new file).
 * A source is due when it was never polled or its interval has passed since. Not thread-safe (one crawl or watch per
 * data directory).
 */
public final class SourcePolls {
    private record Entry(Instant last, Duration interval, Duration base) {
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
            if ((f.length != 2 && f.length != 4) || !f[1].matches("\\d{1,19}")) continue;
            Duration interval = null;
            Duration base = null;
            if (f.length == 4 && f[2].matches("\\d{1,12}") && f[3].matches("\\d{1,12}")) {
                interval = Duration.ofSeconds(Long.parseLong(f[2]));
                base = Duration.ofSeconds(Long.parseLong(f[3]));
            }
            entries.put(f[0], new Entry(Instant.ofEpochMilli(Long.parseLong(f[1])), interval, base));
        }
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
        entries.forEach((name, e) -> out.put(name, e.last()));
        return Map.copyOf(out);
    }

    /** @return when {@code s} is next due: its last poll plus its interval, or {@link Instant#MIN} when never polled */
    public Instant nextDue(Source s) {
        Entry e = entries.get(s.name());
        return e == null ? Instant.MIN : e.last().plus(interval(s));
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
        Duration next = entries.containsKey(s.name()) ? rule.next(s, interval(s), changed) : rule.clamp(s, s.poll());
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
            sb.append(k).append('\t').append(v.last().toEpochMilli());
            if (v.interval() != null) sb.append('\t').append(v.interval().toSeconds()).append('\t').append(v.base().toSeconds());
            sb.append('\n');
        });
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
