package io.newsradar.digest;

import java.time.Instant;
import java.util.Set;

/**
 * Catches articles that became visible only after the previous run although they were first seen before its
 * window end (a crawl that set first-seen at 06:59 and committed at 07:01, while the 07:00 digest ran on the
 * previous commit). The next window then also looks back to {@code from} (the previous window end minus a grace
 * period) and reports what it finds there except the articles the previous run could already see.
 *
 * @param from            start of the look-back (previous window end minus the grace period)
 * @param alreadyReported ids of the articles visible to the previous run with first-seen in {@code [from, its end)}
 */
public record LateCommits(Instant from, Set<String> alreadyReported) {
    /** Most articles per theme looked at in the look-back (or recorded as seen there). */
    public static final int MAX_PER_THEME = 10_000;

    public LateCommits {
        alreadyReported = Set.copyOf(alreadyReported);
    }
}
