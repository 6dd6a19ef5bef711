package io.newsradar.digest;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one digest run, as data for the CLI (text or JSON) and logs.
 *
 * @param name        digest name
 * @param runAt       the scheduled fire time (or the run time of an unscheduled run)
 * @param window      the window reported; null when the run failed before building the digest
 * @param articles    articles listed
 * @param delivered   outputs that accepted the digest, in order, as {@link DigestOutput#describe(Renditions)} says (a
 *                    file output names the files written)
 * @param failure     the first delivery failure (one line), or null when all outputs accepted it
 * @param missedRuns  scheduled fire times folded into this run (1 when on time; more after a sleep or restart)
 * @param recorded    true when the window was recorded as delivered (all outputs accepted, not a dry run)
 */
public record DigestRunResult(String name, Instant runAt, DigestWindow window, int articles, List<String> delivered,
                              String failure, int missedRuns, boolean recorded) {
    public DigestRunResult {
        delivered = List.copyOf(delivered);
    }

    public boolean ok() {
        return failure == null;
    }
}
