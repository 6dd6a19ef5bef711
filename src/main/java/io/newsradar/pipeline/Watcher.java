package io.newsradar.pipeline;

import io.newsradar.index.ArticleStore;
import io.newsradar.sources.Source;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code newsradar watch}: polls the configured sources until stopped. Each round crawls the sources that are due
 * ({@link SourceCrawl#runDue}) and commits the index, then runs the {@link BetweenRounds} work that is due (the
 * scheduled digests, which so see what the round committed); then it sleeps until the next source or the next
 * between-rounds work is due, at most {@link #MAX_SLEEP} (so edits of the sources file, re-read each round, take
 * effect, and a wake-up from a suspended machine is noticed within that time). {@link #stop()} (from a signal handler
 * or shutdown hook) ends the current crawl pass gently and lets a between-rounds run in progress finish; the round
 * commits what was stored, no new work starts, and {@link #run()} returns.
 */
public final class Watcher {
    /** Longest sleep between rounds. */
    public static final Duration MAX_SLEEP = Duration.ofMinutes(1);

    /** Told what each round did, and about a sources file that cannot be read (the previous list is kept). */
    public interface Listener {
        void round(List<SourcePass> passes);

        void problem(String message);
    }

    /**
     * Work run on the watcher's thread after each round's commit, such as the scheduled digests. Implementations
     * decide themselves what is due; a stop requested while {@link #runDue} runs lets it finish.
     */
    public interface BetweenRounds {
        /** Nothing to do between rounds. */
        BetweenRounds NONE = new BetweenRounds() {
            @Override
            public void runDue(Instant now) {
            }

            @Override
            public Optional<Instant> nextDue(Instant now) {
                return Optional.empty();
            }
        };

        /**
         * Runs what is due at {@code now} (UTC).
         *
         * @throws IOException reported to the listener as a problem; the watch goes on
         */
        void runDue(Instant now) throws IOException;

        /** @return when work is next due after {@code now} (UTC), or empty when none is scheduled */
        Optional<Instant> nextDue(Instant now);
    }

    private final SourceCrawl crawl;
    private final Supplier<List<Source>> sources;
    private final ArticleStore store;
    private final Clock clock;
    private final Listener listener;
    private final BetweenRounds between;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    /** A watch with no between-rounds work; see {@link #Watcher(SourceCrawl, Supplier, ArticleStore, Clock, Listener, BetweenRounds)}. */
    public Watcher(SourceCrawl crawl, Supplier<List<Source>> sources, ArticleStore store, Clock clock, Listener listener) {
        this(crawl, sources, store, clock, listener, BetweenRounds.NONE);
    }

    /**
     * @param crawl    polls the sources (its fetch settings, data directory and sink)
     * @param sources  reads the sources file; called once per round; a {@link RuntimeException} keeps the last list
     * @param store    committed after every round
     * @param clock    decides what is due (UTC)
     * @param listener told about each round
     * @param between  run after each round's commit (the scheduled digests)
     */
    public Watcher(SourceCrawl crawl, Supplier<List<Source>> sources, ArticleStore store, Clock clock, Listener listener,
                   BetweenRounds between) {
        this.crawl = crawl;
        this.sources = sources;
        this.store = store;
        this.clock = clock;
        this.listener = listener;
        this.between = between;
    }

    /**
     * Polls until {@link #stop()}; returns after the last round was committed.
     *
     * @throws IOException when the index cannot be committed or the poll times cannot be written
     */
    public void run() throws IOException {
        List<Source> list = List.of();
        try {
            while (stopping.getCount() > 0) {
                list = reload(list);
                List<SourcePass> passes = crawl.runDue(list);
                store.commit();
                if (!passes.isEmpty()) listener.round(passes);
                if (stopping.getCount() == 0) break;
                runBetween();
                if (stopping.getCount() == 0) break;
                sleep(list);
            }
        } finally {
            store.commit();
            finished.countDown();
        }
    }

    private List<Source> reload(List<Source> previous) {
        try {
            return sources.get();
        } catch (RuntimeException e) {
            listener.problem(e.getMessage() + " (keeping the previous sources)");
            return previous;
        }
    }

    private void runBetween() {
        try {
            between.runDue(clock.instant());
        } catch (IOException | RuntimeException e) {
            listener.problem(String.valueOf(e.getMessage()));
        }
    }

    private void sleep(List<Source> list) throws IOException {
        Instant now = clock.instant();
        Instant next = now.plus(MAX_SLEEP);
        for (Optional<Instant> t : List.of(crawl.nextDue(list), nextBetween(now))) {
            if (t.isPresent() && t.get().isBefore(next)) next = t.get();
        }
        long ms = Math.max(0, Duration.between(now, next.isBefore(now) ? now : next).toMillis());
        try {
            stopping.await(Math.max(ms, 200), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    private Optional<Instant> nextBetween(Instant now) {
        try {
            return between.nextDue(now);
        } catch (RuntimeException e) {
            listener.problem(String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Ends the watch gently; safe from any thread, at any time; idempotent. */
    public void stop() {
        stopping.countDown();
        crawl.stop();
    }

    /**
     * Waits for {@link #run()} to return (a shutdown hook waits for the last commit).
     *
     * @return false when it did not finish in time
     */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
