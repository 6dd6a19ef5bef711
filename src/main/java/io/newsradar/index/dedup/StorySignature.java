package io.newsradar.index.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The near-duplicate signature of an article body: its {@link Shingles} and a MinHash sketch of them cut into
 * locality-sensitive bands (Broder 1997; Leskovec, Rajaraman, Ullman, <i>Mining of Massive Datasets</i>, ch. 3).
 *
 * <p>Two bodies are near-duplicates when the exact Jaccard similarity of their shingle sets is at least
 * {@link #THRESHOLD}. {@link #bandTerms()} gives {@link #BANDS} terms of {@link #ROWS} MinHash values each; two
 * bodies share at least one band term with probability {@code 1 - (1 - J^ROWS)^BANDS}: 0.976 at the threshold and above 0.999 at J = 0.26, so an index
 * finds the candidates of a body by exact term lookups, and the caller confirms each with {@link #jaccard}.
 * Immutable and thread-safe; deterministic across runs and JVMs (stored band terms stay valid).
 */
public final class StorySignature {
    /**
     * Minimum Jaccard similarity of the shingle sets of two near-duplicate bodies. On themes-gold (160 articles) the
     * least similar copy pair scores 0.265 and the most similar unrelated pair 0.108; 0.17 is about their geometric
     * mean, a factor of about 1.55 from each.
     */
    public static final double THRESHOLD = 0.17;
    /** Number of LSH bands (band terms per body). */
    public static final int BANDS = 128;
    /** MinHash values per band. */
    public static final int ROWS = 2;
    /** Bodies with fewer shingles are too short to call copies: they get no band terms. */
    public static final int MIN_SHINGLES = 8;
    private static final long[] SEEDS = seeds(BANDS * ROWS);

    /** Fraction of equal sketch values below which {@link #estimate} rules a pair out: 3 standard errors under the
     * threshold at J = 0.17 with 256 values. */
    public static final double ESTIMATE_FLOOR = 0.10;

    /**
     * Share of the shingles of a body's core (its middle half, in text order) that the other body must contain, in
     * one direction or the other, for the two to be near-duplicates: what a shared template (a column's standing
     * introduction, a footer, a list of related links) cannot supply. See {@link #coreContainment}.
     */
    public static final double CORE_CONTAINMENT = 0.30;

    private final long[] shingles;
    private final long[] core;
    private volatile int[] sketch;

    private StorySignature(long[] shingles, long[] core) {
        this.shingles = shingles;
        this.core = core;
    }

    /**
     * @param body article body text, never null
     * @return its signature
     */
    public static StorySignature of(String body) {
        long[] sequence = Shingles.sequence(body);
        int quarter = sequence.length / 4;
        return new StorySignature(Shingles.distinct(sequence),
                Shingles.distinct(Arrays.copyOfRange(sequence, quarter, sequence.length - quarter)));
    }

    /** @return the number of distinct shingles */
    public int size() {
        return shingles.length;
    }

    /**
     * @param other another signature
     * @return the exact Jaccard similarity |A ∩ B| / |A ∪ B| of the two shingle sets, 0..1 (0 when both are empty)
     */
    public double jaccard(StorySignature other) {
        int common = common(shingles, other.shingles);
        int union = shingles.length + other.shingles.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /**
     * @return true when the two bodies are long enough, {@link #jaccard} is at least {@link #THRESHOLD} and
     *         {@link #coreContainment} at least {@link #CORE_CONTAINMENT}
     */
    public boolean isNearDuplicate(StorySignature other) {
        return size() >= MIN_SHINGLES && other.size() >= MIN_SHINGLES && jaccard(other) >= THRESHOLD
                && coreContainment(other) >= CORE_CONTAINMENT;
    }

    /**
     * How much of the middle of one body the other repeats: the larger of the shares of this body's core shingles
     * (those starting in the middle half of its text) found anywhere in {@code other}, and of {@code other}'s core
     * shingles found in this body. A copy, or an excerpt, repeats the middle of one of the two; articles of one
     * series share their standing opening and closing text but not their middles. 0..1; 0 when a core is empty.
     */
    public double coreContainment(StorySignature other) {
        return Math.max(contained(core, other.shingles), contained(other.core, shingles));
    }

    /** @return the share of the sorted set {@code part} found in the sorted set {@code whole}; 0 when part is empty */
    private static double contained(long[] part, long[] whole) {
        return part.length == 0 ? 0 : (double) common(part, whole) / part.length;
    }

    private static int common(long[] a, long[] b) {
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return common;
    }

    /**
     * @return {@link #BANDS} terms {@code <band>.<hash, base 36>}, one per band; empty when the body has fewer
     *         than {@link #MIN_SHINGLES} shingles
     */
    public List<String> bandTerms() {
        if (shingles.length < MIN_SHINGLES) return List.of();
        int[] min = sketch();
        List<String> out = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int r = 0; r < ROWS; r++) h = Hashing.mix(h * 31 + min[band * ROWS + r]);
            out.add(band + "." + Long.toString(h, 36));
        }
        return List.copyOf(out);
    }

    /**
     * @return the MinHash sketch: for each of {@link #BANDS} x {@link #ROWS} hash functions, the high 32 bits of the
     *         least hash of any shingle ({@code Integer.MAX_VALUE} for an empty body); a copy
     */
    public int[] sketch() {
        int[] s = sketch;
        if (s == null) sketch = s = minHashes(shingles);
        return s.clone();
    }

    /**
     * @param a a {@link #sketch()}
     * @param b another sketch of the same length
     * @return the share of equal positions: an unbiased estimate of the Jaccard similarity of the two bodies
     * @throws IllegalArgumentException when the lengths differ
     */
    public static double estimate(int[] a, int[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("sketch lengths differ: " + a.length + ", " + b.length);
        int equal = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) equal++;
        return a.length == 0 ? 0 : (double) equal / a.length;
    }

    private static int[] minHashes(long[] shingles) {
        long[] min = new long[SEEDS.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int k = 0; k < SEEDS.length; k++) {
                long h = Hashing.mix(s ^ SEEDS[k]);
                if (h < min[k]) min[k] = h;
            }
        }
        int[] out = new int[min.length];
        for (int k = 0; k < min.length; k++) out[k] = (int) (min[k] >>> 32);
        return out;
    }

    private static long[] seeds(int n) {
        long[] out = new long[n];
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < n; i++) out[i] = x = Hashing.mix(x + 0x9E3779B97F4A7C15L);
        return out;
    }
}
