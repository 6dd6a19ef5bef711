package io.newsradar.cli;

/** Exit statuses of every command; stable, documented in README. */
public final class ExitCodes {
    /** Everything went through. */
    public static final int OK = 0;
    /** An internal error (a bug, or the index could not be read or written). */
    public static final int INTERNAL = 1;
    /** A usage error: bad option, bad query, bad config or themes file. Nothing was changed. */
    public static final int USAGE = 2;
    /** The run finished but some inputs failed (each reported in one line on stderr). */
    public static final int SOME_FAILED = 3;
    /**
     * The data directory is in use by another newsradar process (a {@code watch}, or another writer); nothing was
     * changed; retry later. 75 is {@code EX_TEMPFAIL} of BSD {@code sysexits.h}.
     */
    public static final int BUSY = 75;

    private ExitCodes() {
    }
}
