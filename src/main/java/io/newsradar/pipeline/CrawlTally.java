package io.newsradar.pipeline;

import io.newsradar.model.Failure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread-safe counters, failures and outcomes of one crawl pass; becomes a {@link CrawlSummary}. */
final class CrawlTally {
    final AtomicInteger feeds = new AtomicInteger();
    final AtomicInteger items = new AtomicInteger();
    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger stored = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    private final List<Failure> failures = new ArrayList<>();
    private final List<CrawlOutcome> outcomes = new ArrayList<>();

    synchronized void fail(Failure f) {
        failures.add(f);
    }

    synchronized void outcome(CrawlOutcome o) {
        outcomes.add(o);
    }

    synchronized CrawlSummary summary() {
        return new CrawlSummary(feeds.get(), items.get(), fetched.get(), stored.get(), skipped.get(),
                failures.size(), failures, outcomes);
    }
}
