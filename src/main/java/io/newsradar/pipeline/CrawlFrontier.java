package io.newsradar.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * The URLs of one crawl pass, one FIFO queue per host: each host is drained by one worker (a virtual thread)
 * at a time, so requests to a host are sequential while hosts proceed in parallel. Each URL is queued at most
 * once per pass. {@link #awaitIdle()} returns when every queued task was handled, including tasks queued while
 * handling others. Thread-safe.
 */
final class CrawlFrontier {
    private final ExecutorService executor;
    private final Consumer<CrawlTask> handler;
    private final Map<String, Deque<CrawlTask>> queues = new HashMap<>();
    private final Set<String> activeHosts = new HashSet<>();
    private final Set<String> claimed = new HashSet<>();
    private int pending;
    private boolean stopped;

    CrawlFrontier(ExecutorService executor, Consumer<CrawlTask> handler) {
        this.executor = executor;
        this.handler = handler;
    }

    /** @return true the first time {@code url} is claimed in this pass */
    synchronized boolean claim(String url) {
        return claimed.add(url);
    }

    /** Queues a task whose URL was {@linkplain #claim claimed}; starts a worker for its host if none runs. */
    synchronized void add(CrawlTask task) {
        String host = task.host();
        queues.computeIfAbsent(host, h -> new ArrayDeque<>()).addLast(task);
        pending++;
        if (activeHosts.add(host)) executor.execute(() -> drain(host));
    }

    private void drain(String host) {
        while (true) {
            CrawlTask task;
            synchronized (this) {
                Deque<CrawlTask> q = queues.get(host);
                task = q == null || stopped ? null : q.pollFirst();
                if (task == null) {
                    activeHosts.remove(host);
                    if (!stopped) queues.remove(host);
                    notifyAll();
                    return;
                }
            }
            try {
                handler.accept(task);
            } finally {
                done();
            }
        }
    }

    private synchronized void done() {
        if (--pending == 0) notifyAll();
    }

    /**
     * Blocks until no task is queued or running (or, after {@link #stop()}, running). Waits as a
     * {@link ForkJoinPool.ManagedBlocker}, so a caller on a ForkJoinPool thread (the common pool) does not starve
     * the pool that HTTP and other async work may need.
     */
    void awaitIdle() throws InterruptedException {
        ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
            @Override
            public boolean block() throws InterruptedException {
                synchronized (CrawlFrontier.this) {
                    while (!idle()) CrawlFrontier.this.wait();
                }
                return true;
            }

            @Override
            public boolean isReleasable() {
                synchronized (CrawlFrontier.this) {
                    return idle();
                }
            }
        });
    }

    private boolean idle() {
        return pending == 0 || (stopped && activeHosts.isEmpty());
    }

    /** Hands out no more tasks: running ones finish, queued ones stay unhandled (the pending log keeps them). */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }
}
