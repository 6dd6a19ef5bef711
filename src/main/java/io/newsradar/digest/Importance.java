package io.newsradar.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * Why a story ranks where it does in its theme's section. The score is
 * <pre>
 *   score = 2 · log2(outlets) + placement + min(mentions, 5) / 5 + recency
 * </pre>
 * <ul>
 *   <li>{@code outlets} (&ge; 1): distinct outlets (source, else site) carrying the story up to the window end: the
 *       first-seen copy plus its "also in" copies. 1 outlet adds 0, 2 add 2, 4 add 4: each doubling counts as much
 *       as the theme being in the headline;</li>
 *   <li>{@code placement}: where the theme (its prominence focus, else its query, aliases expanded) is mentioned in
 *       the listed copy, looked up in the index ({@code ArticleSearcher.mentions}): 2 in the headline, 1 in the lead
 *       (the index's lead field: the body's first 400 characters, 200 in Chinese, Japanese or Korean), 0 only further
 *       down or unknown;</li>
 *   <li>{@code mentions}: how many times it is mentioned in headline and body (0 when unknown), capped at 5;</li>
 *   <li>{@code recency} in [0, 1]: where in the window the copy was first seen, 0 at the start and 1 at the end; an
 *       article reported late (first seen before the window) has 0.</li>
 * </ul>
 * Ties are broken by later first-seen time, then by URL, then by id (both by code points), so the order is
 * deterministic.
 *
 * @param outlets   distinct outlets carrying the story, at least 1
 * @param placement 0, 1 or 2 as above
 * @param mentions  mentions of the theme in the listed copy, &ge; 0
 * @param recency   0..1 as above
 */
public record Importance(int outlets, int placement, int mentions, double recency) {
    /** The rank inputs of an article nothing is known about: one outlet, no placement, oldest. */
    public static final Importance UNRANKED = new Importance(1, 0, 0, 0);
    /** Mentions beyond this add nothing. */
    public static final int MENTIONS_CAP = 5;

    /** Most important first, ties as in the class comment. */
    public static final Comparator<Digest.Item> ORDER = Comparator
            .comparingDouble((Digest.Item i) -> i.importance().score()).reversed()
            .thenComparing(Digest.Item::firstSeen, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Digest.Item::url)
            .thenComparing(Digest.Item::id);

    public Importance {
        if (outlets < 1) throw new IllegalArgumentException("outlets must be >= 1, was " + outlets);
        if (placement < 0 || placement > 2) throw new IllegalArgumentException("placement must be 0..2, was " + placement);
        if (mentions < 0) throw new IllegalArgumentException("mentions must be >= 0, was " + mentions);
        if (!(recency >= 0 && recency <= 1)) throw new IllegalArgumentException("recency must be 0..1, was " + recency);
    }

    /** @return the score by the formula in the class comment */
    public double score() {
        return 2 * (Math.log(outlets) / Math.log(2)) + placement + (double) Math.min(mentions, MENTIONS_CAP) / MENTIONS_CAP + recency;
    }

    /**
     * @return where {@code firstSeen} lies in {@code window}: 0 at (or before) the start, 1 at the end; 0 when
     *     {@code firstSeen} is null
     */
    public static double recency(Instant firstSeen, DigestWindow window) {
        if (firstSeen == null || firstSeen.isBefore(window.start())) return 0;
        double length = Duration.between(window.start(), window.end()).toMillis();
        return Math.min(1, Duration.between(window.start(), firstSeen).toMillis() / length);
    }
}
