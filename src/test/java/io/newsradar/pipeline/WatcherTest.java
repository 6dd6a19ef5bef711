package io.newsradar.pipeline;

import io.newsradar.config.Settings;
import io.newsradar.index.ArticleStore;
import io.newsradar.index.LuceneArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The watch loop with no sources: what runs between rounds, when it wakes, how it stops. */
class WatcherTest {
    @TempDir
    Path data;

    private final List<String> problems = new CopyOnWriteArrayList<>();

    private Watcher watcher(ArticleStore store, Watcher.BetweenRounds between) {
        SourceCrawl crawl = new SourceCrawl(Settings.defaults().fetch(), data, p -> Optional.empty(), Clock.systemUTC(), Map.of());
        return new Watcher(crawl, List::of, store, Clock.systemUTC(), new Watcher.Listener() {
            public void round(List<SourcePass> passes) {
            }

            public void problem(String message) {
                problems.add(message);
            }
        }, between);
    }

    /** Due every {@code every}; records the times it ran; the n-th run (1-based) can block until released. */
    static final class Ticks implements Watcher.BetweenRounds {
        final List<Instant> runs = new CopyOnWriteArrayList<>();
        final Duration every;
        final int slowRun;
        final CountDownLatch slowStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean slowFinished;

        Ticks(Duration every, int slowRun) {
            this.every = every;
            this.slowRun = slowRun;
        }

        @Override
        public void runDue(Instant now) throws IOException {
            runs.add(now);
            if (runs.size() == slowRun) {
                slowStarted.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                slowFinished = true;
            }
            if (runs.size() == 2) throw new IOException("webhook down");
        }

        @Override
        public Optional<Instant> nextDue(Instant now) {
            return Optional.of(now.plus(every));
        }
    }

    @Test
    void wakesForTheNextBetweenRoundsTimeAndReportsItsFailuresAsProblems() throws Exception {
        Ticks ticks = new Ticks(Duration.ofMillis(300), -1);
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            Watcher w = watcher(store, ticks);
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    w.run();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (ticks.runs.size() < 4 && System.nanoTime() < deadline) Thread.sleep(50);
            w.stop();
            assertThat(w.awaitFinished(Duration.ofSeconds(20))).isTrue();
            t.join();
        }
        assertThat(ticks.runs).as("woken for each due time, not after Watcher.MAX_SLEEP").hasSizeGreaterThanOrEqualTo(4);
        assertThat(Duration.between(ticks.runs.get(0), ticks.runs.get(3))).isLessThan(Duration.ofSeconds(10));
        assertThat(problems).containsExactly("webhook down");
    }

    @Test
    void aStopDuringABetweenRoundsRunLetsItFinishThenEndsTheWatch() throws Exception {
        Ticks ticks = new Ticks(Duration.ofMillis(100), 1);
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            Watcher w = watcher(store, ticks);
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    w.run();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(ticks.slowStarted.await(20, TimeUnit.SECONDS)).isTrue();
            w.stop();
            assertThat(w.awaitFinished(Duration.ofMillis(300))).as("still delivering").isFalse();
            ticks.release.countDown();
            assertThat(w.awaitFinished(Duration.ofSeconds(20))).isTrue();
            t.join();
        }
        assertThat(ticks.slowFinished).isTrue();
        assertThat(ticks.runs).as("no run starts after the stop").hasSize(1);
    }
}
