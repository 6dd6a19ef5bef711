package io.newsradar.pipeline;

import io.newsradar.sources.Source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When each configured source was last polled to the end: {@code <data>/crawl/polls.tsv}, one
 * {@code name TAB epoch-milliseconds} line per source, replaced atomically on each update (a kill leaves the old
 * or the new file). A source is due when it was never polled or its poll interval has passed since. Not
 * thread-safe (one crawl or watch per data directory).
 */
public final class SourcePolls {
    private final Path file;
    private final Map<String, Instant> last = new TreeMap<>();

    /** @param dataDir the data directory; the file is read now (a missing or torn line is ignored) */
    public SourcePolls(Path dataDir) throws IOException {
        this.file = dataDir.resolve("crawl").resolve("polls.tsv");
        if (!Files.exists(file)) return;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length != 2 || !f[1].matches("\\d{1,19}")) continue;
            last.put(f[0], Instant.ofEpochMilli(Long.parseLong(f[1])));
        }
    }

    /** @return when {@code source} was last polled to the end, or empty */
    public Optional<Instant> lastPoll(String source) {
        return Optional.ofNullable(last.get(source));
    }

    /** @return every source with a recorded poll and when it was last polled to the end, by name */
    public Map<String, Instant> all() {
        return Map.copyOf(last);
    }

    /** @return when {@code s} is next due: its last poll plus its interval, or {@link Instant#MIN} when never polled */
    public Instant nextDue(Source s) {
        Instant l = last.get(s.name());
        return l == null ? Instant.MIN : l.plus(s.poll());
    }

    /** @return whether {@code s} is due at {@code now} */
    public boolean due(Source s, Instant now) {
        return !nextDue(s).isAfter(now);
    }

    /** @return the earliest next-due time among {@code sources}, or empty when there are none */
    public Optional<Instant> earliestDue(List<Source> sources) {
        return sources.stream().map(this::nextDue).min(Instant::compareTo);
    }

    /** Records a finished poll and writes the file. */
    public void record(String source, Instant at) throws IOException {
        last.put(source, at);
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        last.forEach((k, v) -> sb.append(k).append('\t').append(v.toEpochMilli()).append('\n'));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
