package io.newsradar.digest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Remembers, per digest name, the end of the last window that was delivered and the scheduled fire time of
 * that run, in {@code <data>/state/digest-<name>.json}
 * ({@code {"name", "last_window_end", "last_run", "articles", "delivered_at", "seen_before_end": [ids]}}, or
 * {@code {"name", "retry_from"}} while a first window is being delivered; instants in ISO-8601 UTC). Written only after delivery succeeded, atomically (write to a
 * temporary file, then rename), so a crash never loses or repeats a window.
 *
 * <p>While a digest goes to several outputs, {@code <data>/state/digest-<name>.pending.json} holds the digest
 * itself and which outputs accepted it ({@link PendingDelivery}), rewritten atomically after each acceptance and
 * removed when the window is recorded as delivered: the retry sends that digest to the outputs that have not
 * accepted it, so no output receives a window twice.
 */
public final class DigestState {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final Path dir;

    /** @param stateDir folder for state files (created when needed) */
    public DigestState(Path stateDir) {
        this.dir = stateDir;
    }

    /** @throws IllegalArgumentException when the name is not 1-64 of {@code A-Z a-z 0-9 _ -} */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("digest name must be 1-64 letters, digits, '_' or '-': " + name);
        }
        return name;
    }

    /**
     * @return where the next window of {@code name} starts: the end of the last delivered window, else the start of
     *     a first window whose delivery failed ({@code retry_from}), else empty
     */
    public Optional<Instant> lastDelivered(String name) throws IOException {
        Path f = file(name);
        if (!Files.isRegularFile(f)) return Optional.empty();
        JsonNode n = JSON.readTree(f.toFile());
        JsonNode end = n.has("last_window_end") ? n.get("last_window_end") : n.get("retry_from");
        return end == null ? Optional.empty() : Optional.of(Instant.parse(end.asString()));
    }

    /**
     * Records, before delivery starts, that a window starting at {@code windowStart} is being delivered. Changes
     * nothing once a window was delivered (the next window starts at its end anyway); before that, keeps
     * {@code windowStart} so that after a failure or a killed process the retry covers the same articles instead
     * of a window that moved on.
     */
    public void delivering(String name, Instant windowStart) throws IOException {
        Path f = file(name);
        if (Files.isRegularFile(f) && JSON.readTree(f.toFile()).has("last_window_end")) return;
        if (Files.isRegularFile(f) && JSON.readTree(f.toFile()).has("retry_from")) return;
        write(name, Map.of("name", name, "retry_from", windowStart.toString()));
    }

    /** @return the scheduled fire time of the last delivered run of {@code name} (else its window end), if any */
    public Optional<Instant> lastRun(String name) throws IOException {
        Path f = file(name);
        if (!Files.isRegularFile(f)) return Optional.empty();
        JsonNode n = JSON.readTree(f.toFile());
        JsonNode run = n.has("last_run") ? n.get("last_run") : n.get("last_window_end"); // never retry_from: still due
        return run == null ? Optional.empty() : Optional.of(Instant.parse(run.asString()));
    }

    /** Records that the digest covering up to {@code windowEnd} was delivered (an unscheduled run: fire time = window end). */
    public void delivered(String name, Instant windowEnd, int articles) throws IOException {
        delivered(name, windowEnd, windowEnd, articles);
    }

    /**
     * Records that the run fired at {@code runAt}, covering up to {@code windowEnd}, was delivered. Call only after
     * every output accepted the digest.
     */
    public void delivered(String name, Instant windowEnd, Instant runAt, int articles) throws IOException {
        delivered(name, windowEnd, runAt, articles, Set.of());
    }

    /**
     * As {@link #delivered(String, Instant, Instant, int)}, also keeping the ids of the articles the run could see
     * just before {@code windowEnd} ({@link LateCommits#alreadyReported()} of the next run).
     */
    public void delivered(String name, Instant windowEnd, Instant runAt, int articles, Set<String> seenBeforeEnd) throws IOException {
        write(name, Map.of("name", name, "last_window_end", windowEnd.toString(),
                "last_run", runAt.toString(), "articles", articles, "delivered_at", Instant.now().toString(),
                "seen_before_end", new TreeSet<>(seenBeforeEnd)));
        clearPending(name);
    }

    /** @return end of the last window actually delivered (never a pending first window's start), if any */
    public Optional<Instant> deliveredEnd(String name) throws IOException {
        Path f = file(name);
        if (!Files.isRegularFile(f)) return Optional.empty();
        JsonNode end = JSON.readTree(f.toFile()).get("last_window_end");
        return end == null ? Optional.empty() : Optional.of(Instant.parse(end.asString()));
    }

    /** @return ids recorded by the last delivered run as seen just before its window end (empty when none) */
    public Set<String> seenBeforeEnd(String name) throws IOException {
        Path f = file(name);
        if (!Files.isRegularFile(f)) return Set.of();
        JsonNode ids = JSON.readTree(f.toFile()).get("seen_before_end");
        Set<String> out = new HashSet<>();
        if (ids != null) ids.forEach(n -> out.add(n.asString()));
        return out;
    }

    private void write(String name, Map<String, Object> values) throws IOException {
        writeAtomically(name, file(name), values);
    }

    private void writeAtomically(String name, Path target, Object value) throws IOException {
        AtomicFiles.replace(target, "digest-" + checkName(name), out -> JSON.writeValue(out, value));
    }

    /**
     * @return the partly delivered digest of {@code name}, if any; empty also when the file cannot be read back
     *     (a file from an older version: the window is then delivered again to all outputs, as before)
     */
    public Optional<PendingDelivery> pending(String name) throws IOException {
        Path f = pendingFile(name);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(f.toFile(), PendingDelivery.class));
        } catch (tools.jackson.core.JacksonException e) {
            return Optional.empty();
        }
    }

    /** Records {@code p} (before delivery starts, and after each output accepted it). */
    public void pending(String name, PendingDelivery p) throws IOException {
        writeAtomically(name, pendingFile(name), p);
    }

    /** Forgets the partly delivered digest of {@code name} (delivered to all, or superseded). */
    public void clearPending(String name) throws IOException {
        Files.deleteIfExists(pendingFile(name));
    }

    private Path pendingFile(String name) {
        return dir.resolve("digest-" + checkName(name) + ".pending.json");
    }

    /**
     * Takes the lock of this state folder, so two {@code digest --run-due} started by overlapping timers do not
     * deliver the same window twice. Released by closing the result (or when the process ends).
     *
     * @throws IllegalStateException when another process holds it (message names the lock file)
     */
    public java.io.Closeable lock() throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve("digest.lock");
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IllegalStateException("another digest run holds " + f + "; try again when it has finished");
        }
        java.nio.channels.FileLock held = lock;
        return () -> {
            try (ch) {
                held.release();
            }
        };
    }

    private Path file(String name) {
        return dir.resolve("digest-" + checkName(name) + ".json");
    }
}
