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

/**
 * One {@code watch} per data directory: an OS file lock ({@link FileChannel#tryLock()}, released by the OS when the
 * process dies, also on {@code kill -9}) on {@code <data>/watch.lock}, which holds the owner's PID for the message
 * another instance prints. The file is never deleted (deleting a lock file races with its next owner).
 */
public final class WatchLock implements AutoCloseable {
    /** Another process (or this one) holds the lock. */
    public static final class HeldException extends IOException {
        public HeldException(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private WatchLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param dataDir the data directory (created when missing)
     * @return the held lock; close it to release
     * @throws HeldException naming the lock file and the holder's PID when known
     * @throws IOException   when the lock file cannot be opened
     */
    public static WatchLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("watch.lock");
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String pid = holder(ch);
            ch.close();
            throw new HeldException("another newsradar watch is running on " + dataDir
                    + (pid.isEmpty() ? "" : " (PID " + pid + ")") + "; lock file " + file);
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        ch.force(false);
        return new WatchLock(ch, lock);
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        ch.read(buf, 0);
        String s = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
        return s.matches("\\d{1,19}") ? s : "";
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
