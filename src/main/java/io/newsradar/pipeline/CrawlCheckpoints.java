package io.newsradar.pipeline;

import io.newsradar.model.Failure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Records stored pages in the seen-set only once the sink has made them durable: at once for a sink whose
 * {@link PageSink#durableOnAccept()} is true; else pages the {@link PageSink} accepted are held here, and every
 * {@link #EVERY_PAGES} pages or {@link #EVERY_MS} milliseconds, and at the end of a pass, the sink is
 * {@linkplain PageSink#checkpoint() checkpointed} (the index committed) and then the pages held before it began are
 * marked seen, in one append. A crawl killed in between loses no page: those not yet marked are
 * still in the pending log and fetched again by the next pass, and storing one again replaces it (the index keys
 * articles by URL). Batching makes the index commit, not the page, the unit of durability. Thread-safe.
 */
final class CrawlCheckpoints {
    /** Stored pages after which the sink is checkpointed. */
    static final int EVERY_PAGES = 5_000;
    /** Time after which a stored page waits no longer for its checkpoint, in milliseconds. */
    static final long EVERY_MS = 30_000;

    private final PageSink sink;
    private final CrawlSeenSet seen;
    private final LongSupplier clockMs;
    private final int everyPages;
    private final long everyMs;
    private final Object checkpointLock = new Object();
    private List<String> held = new ArrayList<>();
    private long since;

    /**
     * @param clockMs    the time in milliseconds (any epoch)
     * @param everyPages held pages after which, or
     * @param everyMs    milliseconds after which a checkpoint is due ({@link #EVERY_PAGES}, {@link #EVERY_MS})
     */
    CrawlCheckpoints(PageSink sink, CrawlSeenSet seen, LongSupplier clockMs, int everyPages, long everyMs) {
        this.sink = sink;
        this.seen = seen;
        this.clockMs = clockMs;
        this.everyPages = everyPages;
        this.everyMs = everyMs;
        this.since = clockMs.getAsLong();
    }

    /** @return the sink whose checkpoints this paces */
    PageSink sink() {
        return sink;
    }

    /**
     * Holds the URLs of a page the sink accepted (its queued and its final URL) until the next checkpoint, running
     * that checkpoint when one is due.
     *
     * @return the failure when a due checkpoint failed (the pages stay held), else null
     */
    Failure stored(String... urls) {
        if (sink.durableOnAccept()) {
            seen.markAll(List.of(urls));
            return null;
        }
        boolean due;
        synchronized (this) {
            held.addAll(List.of(urls));
            due = held.size() >= everyPages || clockMs.getAsLong() - since >= everyMs;
        }
        return due ? checkpoint() : null;
    }

    /**
     * Checkpoints the sink, then marks seen what was held before: call at the end of a pass.
     *
     * @return the failure when the sink could not checkpoint (nothing is marked; the pages are fetched again by the
     *         next pass), else null
     */
    Failure checkpoint() {
        synchronized (checkpointLock) {
            List<String> batch;
            synchronized (this) {
                batch = held;
                held = new ArrayList<>();
                since = clockMs.getAsLong();
            }
            if (batch.isEmpty()) return null;
            try {
                sink.checkpoint(); // everything in batch was accepted before this began
            } catch (IOException | RuntimeException e) {
                synchronized (this) {
                    held.addAll(batch);
                }
                return new Failure("crawl", Failure.Stage.INDEX, "cannot commit stored pages: " + e.getMessage());
            }
            seen.markAll(batch);
            return null;
        }
    }
}
