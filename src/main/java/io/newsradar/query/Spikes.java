package io.newsradar.query;

import io.newsradar.query.ArticleSearcher.TimelineBucket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags spikes in a timeline: a bucket whose count is far above its trailing baseline. The test (stated by
 * {@link Rule#describe()} so every output can print it): the baseline is the mean count of the previous
 * {@code window} buckets; a bucket is a spike when its count is at least {@code minCount} and the Poisson upper tail
 * {@code P(X >= count)} for {@code X ~ Poisson(baseline)} is below {@code alpha}. The first {@code window} buckets
 * have no baseline and are never spikes. A zero baseline gives p = 0 for any count above 0, so there only
 * {@code minCount} decides. Pure: no index, no clock.
 */
public final class Spikes {
    private Spikes() {}

    /**
     * @param window   trailing buckets averaged into the baseline, 1..1000
     * @param alpha    significance level of the one-sided Poisson test, in (0, 1)
     * @param minCount smallest count that can be a spike, >= 1
     */
    public record Rule(int window, double alpha, long minCount) {
        /** Mean of the previous 7 buckets, p < 0.01, count >= 3. */
        public static final Rule DEFAULT = new Rule(7, 0.01, 3);

        public Rule {
            if (window < 1 || window > 1000) throw new IllegalArgumentException("spike window must be 1..1000, was " + window);
            if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("spike alpha must be in (0, 1), was " + alpha);
            if (minCount < 1) throw new IllegalArgumentException("spike minimum count must be >= 1, was " + minCount);
        }

        /** @return the rule in one line of English, for the output that applies it */
        public String describe() {
            return String.format(Locale.ROOT, "spike = count >= %d and P(X >= count) < %s, X ~ Poisson(mean of the "
                    + "previous %d buckets)", minCount, alpha, window);
        }
    }

    /**
     * @param bucket   the timeline bucket
     * @param baseline mean count of the previous {@code window} buckets; NaN when there are fewer
     * @param pValue   {@code P(X >= count)} under {@code Poisson(baseline)}; NaN when there is no baseline
     * @param spike    whether the bucket passes the rule
     */
    public record Flagged(TimelineBucket bucket, double baseline, double pValue, boolean spike) {
        public Flagged {
            if (bucket == null) throw new IllegalArgumentException("bucket is required");
        }
    }

    /**
     * @param buckets a zero-filled timeline, oldest first
     * @param rule    the spike test
     * @return one flagged entry per bucket, same order
     */
    public static List<Flagged> flag(List<TimelineBucket> buckets, Rule rule) {
        List<Flagged> out = new ArrayList<>(buckets.size());
        long sum = 0;
        for (int i = 0; i < buckets.size(); i++) {
            TimelineBucket b = buckets.get(i);
            if (i < rule.window()) {
                out.add(new Flagged(b, Double.NaN, Double.NaN, false));
            } else {
                double mean = (double) sum / rule.window();
                double p = poissonUpperTail(b.count(), mean);
                out.add(new Flagged(b, mean, p, b.count() >= rule.minCount() && p < rule.alpha()));
                sum -= buckets.get(i - rule.window()).count();
            }
            sum += b.count();
        }
        return out;
    }

    /**
     * {@code P(X >= k)} for {@code X ~ Poisson(lambda)}, summed term by term in log space from {@code k} upwards (no
     * underflow for large lambda, no cancellation for small tails).
     *
     * @param k      count, >= 0
     * @param lambda mean, >= 0
     * @return the upper tail probability in [0, 1]
     */
    public static double poissonUpperTail(long k, double lambda) {
        if (k < 0 || lambda < 0 || Double.isNaN(lambda)) throw new IllegalArgumentException("need k >= 0, lambda >= 0");
        if (k == 0) return 1.0;
        if (lambda == 0) return 0.0;
        if (k <= lambda) return 1.0 - lowerTail(k, lambda); // the tail holds most of the mass: sum the short side
        double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
        double sum = 0;
        for (long i = k; ; i++) {
            double term = Math.exp(logTerm);
            sum += term;
            if (term <= sum * 1e-17 || i > k + 100_000) break;
            logTerm += Math.log(lambda) - Math.log(i + 1);
        }
        return Math.min(1.0, sum);
    }

    /** {@code P(X < k)}, summed from 0. */
    private static double lowerTail(long k, double lambda) {
        double logTerm = -lambda;
        double sum = 0;
        for (long i = 0; i < k; i++) {
            sum += Math.exp(logTerm);
            logTerm += Math.log(lambda) - Math.log(i + 1);
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(long n) {
        if (n < 2) return 0;
        if (n < 256) {
            double s = 0;
            for (long i = 2; i <= n; i++) s += Math.log(i);
            return s;
        }
        double x = n + 1.0; // Stirling series for ln Gamma(n + 1), accurate to ~1e-12 from n = 256 on
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
