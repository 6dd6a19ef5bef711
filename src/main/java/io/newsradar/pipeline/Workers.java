package io.newsradar.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool of CPU workers with a bounded queue: a producer that outruns them runs the task itself
 * (back-pressure, so reading a large JSONL or WARC file never holds more than a few hundred articles in memory).
 * Extraction, theme tagging and analysis are CPU-bound, so one worker per core.
 */
final class Workers {
    private static final int QUEUE = 256;
    private final ThreadPoolExecutor pool;

    Workers(int threads) {
        int n = Math.max(1, threads);
        pool = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "newsradar-ingest");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    void submit(Runnable task) {
        pool.execute(task);
    }

    /** Waits for every submitted task to finish, then stops the workers. */
    void finish() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a large ingest: keep waiting; each task is bounded by the extractor's own limits
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
