package io.newsradar.cli;

import io.newsradar.pipeline.WatchLock;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Commands that write a data directory take its writer lock ({@link WatchLock}) first, so a second writer says in
 * one line who holds the directory and what to do, and exits {@value ExitCodes#BUSY}, instead of failing deep
 * inside the index.
 */
final class DataLocks {
    /** The data directory is held by another process; the message names it and says what to do. */
    static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }

    private DataLocks() {
    }

    /**
     * @param command the command taking the lock ({@code crawl}, {@code ingest}...)
     * @return the held lock; close it when the command is done
     * @throws BusyException when another process holds the data directory
     */
    static WatchLock take(Path dataDir, String command) throws IOException {
        try {
            return WatchLock.acquire(dataDir, command);
        } catch (WatchLock.HeldException e) {
            throw new BusyException(message(e.dataDir(), e.holder(), command));
        }
    }

    /**
     * Refuses {@code digest --run-due} while a watch runs the schedule of the same data directory.
     *
     * @throws BusyException when a watch holds the data directory
     */
    static void refuseWhileWatching(Path dataDir) throws IOException {
        var h = WatchLock.holder(dataDir);
        if (h.isPresent() && h.get().command().equals("watch")) {
            throw new BusyException(dataDir + " is watched by " + h.get().describe()
                    + ", which runs the scheduled digests itself: drop this cron job or timer, or stop the watch");
        }
    }

    /** @return one line: who holds the directory, and what to do (depends on the holder) */
    static String message(Path dataDir, WatchLock.Holder h, String command) {
        String stop = h.pid() > 0 ? "kill " + h.pid() : "stop it";
        String what = switch (h.command()) {
            case "watch" -> "it polls the sources and runs the digests itself; stop it first (" + stop
                    + ": it finishes its fetches and exits)" + (command.equals("crawl") ? " or leave the crawling to it" : "");
            default -> "wait until it finishes, then run " + command + " again";
        };
        return dataDir + " is in use by " + h.describe() + ": " + what + " (lock file " + dataDir.resolve(WatchLock.FILE) + ")";
    }
}
