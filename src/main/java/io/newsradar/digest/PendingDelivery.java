package io.newsradar.digest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A digest whose delivery to several outputs started but has not been accepted by all of them (a failure or a
 * killed process in between), kept by {@link DigestState} so the retry sends that same digest to the outputs that
 * did not accept it and nothing to those that did.
 *
 * @param digest        the digest as built and rendered for the attempt (rendered again from this value)
 * @param runAt         the scheduled fire time (or run time) of the attempt
 * @param outputs       {@link DigestOutput#describe()} of every output of the attempt, in delivery order
 * @param accepted      those that accepted it
 * @param seenBeforeEnd what the attempt recorded for the next run's {@link LateCommits}
 */
public record PendingDelivery(Digest digest, Instant runAt, List<String> outputs, Set<String> accepted, Set<String> seenBeforeEnd) {
    public PendingDelivery {
        outputs = List.copyOf(outputs);
        accepted = new TreeSet<>(accepted);
        seenBeforeEnd = new TreeSet<>(seenBeforeEnd);
        if (!outputs.containsAll(accepted)) throw new IllegalArgumentException("accepted outputs not among the outputs");
    }

    /** @return the window of the attempt */
    public DigestWindow window() {
        return new DigestWindow(digest.windowStart(), digest.windowEnd());
    }

    /** @return the outputs still to deliver to, in delivery order */
    public List<String> remaining() {
        return outputs.stream().filter(o -> !accepted.contains(o)).toList();
    }

    /** @return this with {@code output} accepted too */
    public PendingDelivery accept(String output) {
        Set<String> a = new TreeSet<>(accepted);
        a.add(output);
        return new PendingDelivery(digest, runAt, outputs, a, seenBeforeEnd);
    }
}
