package io.newsradar.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The writer lock of a data directory: held by {@code newsradar watch} for its whole life and by the one-shot writers
 * ({@code crawl}, {@code ingest}, {@code reindex}, {@code themes apply}) while they run, so that at most one process
 * writes the index, the crawl state and the archive. An OS file lock ({@link FileChannel#tryLock()}, released by the
 * OS when the process dies, also on {@code kill -9}) on {@code <data>/watch.lock}; the file holds one line
 * {@code PID COMMAND} of the holder, for the message another process prints. The file is never deleted (deleting a
 * lock file races with its next owner).
 */
public final class WatchLock implements AutoCloseable {
    /** File name inside the data directory. */
    public static final String FILE = "watch.lock";

    /**
     * Who holds the lock, as written by the holder.
     *
     * @param pid     the holder's process id, or -1 when the file did not say (a holder from an older version)
     * @param command the newsradar command holding it ({@code watch}, {@code crawl}...), or {@code "newsradar"} when unknown
     */
    public record Holder(long pid, String command) {
        public Holder {
            if (command == null || command.isBlank()) command = "newsradar";
        }

        /** @return e.g. {@code newsradar watch (PID 4242)} */
        public String describe() {
            String what = command.equals("newsradar") ? "another newsradar process" : "newsradar " + command.replace('-', ' ');
            return pid > 0 ? what + " (PID " + pid + ")" : what;
        }
    }

    /** Another process (or this one) holds the lock. */
    public static final class HeldException extends IOException {
        private final transient Holder holder;
        private final transient Path dataDir;

        HeldException(Path dataDir, Holder holder) {
            super(dataDir + " is in use by " + holder.describe() + "; lock file " + dataDir.resolve(FILE));
            this.holder = holder;
            this.dataDir = dataDir;
        }

        public Holder holder() {
            return holder;
        }

        public Path dataDir() {
            return dataDir;
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private WatchLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Same as {@link #acquire(Path, String) acquire(dataDir, "watch")}. */
    public static WatchLock acquire(Path dataDir) throws IOException {
        return acquire(dataDir, "watch");
    }

    /**
     * Takes the lock without waiting.
     *
     * @param dataDir the data directory (created when missing)
     * @param command the command taking it, written into the file for others' messages (one word)
     * @return the held lock; close it to release
     * @throws HeldException naming the holder (PID and command) when another process, or this one, holds it
     * @throws IOException   when the lock file cannot be opened
     */
    public static WatchLock acquire(Path dataDir, String command) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel ch = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = tryLock(ch);
        if (lock == null) {
            Holder h = holder(ch);
            ch.close();
            throw new HeldException(dataDir, h);
        }
        ch.truncate(0);
        String line = ProcessHandle.current().pid() + " " + command.strip().replaceAll("\\s+", "-") + "\n";
        ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)), 0);
        ch.force(false);
        return new WatchLock(ch, lock);
    }

    /**
     * Who holds the lock now, without taking it (a reader such as {@code digest --run-due} asking whether a watch runs
     * the schedule). The answer can be stale as soon as it is returned.
     *
     * @return the holder, or empty when nobody holds it (or the data directory has no lock file)
     * @throws IOException when the lock file exists but cannot be opened
     */
    public static Optional<Holder> holder(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(ch);
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
            return Optional.of(holder(ch));
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) { // held by this JVM
            return null;
        }
    }

    /** Reads {@code PID [COMMAND]} (older versions wrote the PID alone). */
    private static Holder holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(128);
        ch.read(buf, 0);
        String[] f = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip().split("\\s+", 2);
        long pid = f[0].matches("\\d{1,18}") ? Long.parseLong(f[0]) : -1;
        String command = f.length > 1 && f[1].matches("[a-z][a-z -]{0,40}") ? f[1] : "newsradar";
        return new Holder(pid, command);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
