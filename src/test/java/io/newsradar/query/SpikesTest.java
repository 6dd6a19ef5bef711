package io.newsradar.query;

import io.newsradar.query.ArticleSearcher.TimelineBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The spike rule on small tables; tails computed by hand from the Poisson mass function. */
class SpikesTest {
    @ParameterizedTest(name = "P(X >= {0} | lambda {1}) = {2}")
    @CsvSource({
            // k, lambda, 1 - sum_{i<k} e^-lambda lambda^i / i!
            "0, 2.0, 1.0",
            "1, 1.0, 0.6321205588",        // 1 - e^-1
            "6, 2.0, 0.0165636085",        // 1 - e^-2 (1 + 2 + 2 + 4/3 + 2/3 + 4/15)
            "7, 2.0, 0.0045338055",        // the above minus e^-2 2^6/720
            "3, 0.5, 0.0143876780",        // 1 - e^-0.5 (1 + 0.5 + 0.125)
            "10, 5.0, 0.0318280573",
            "11, 5.0, 0.0136952686",
            "3, 0.0, 0.0",
            "2, 5.0, 0.9595723180",        // 1 - e^-5 (1 + 5): k below the mean
    })
    void poissonUpperTail(long k, double lambda, double expected) {
        assertThat(Spikes.poissonUpperTail(k, lambda)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void tailOfAHugeMeanDoesNotUnderflow() {
        // X ~ Poisson(10000) is about Normal(10000, 100): 10400 is 4 standard deviations up, tail ~3e-5
        double p = Spikes.poissonUpperTail(10_400, 10_000);
        assertThat(p).isBetween(1e-5, 1e-4);
    }

    private static List<TimelineBucket> days(long... counts) {
        List<TimelineBucket> out = new ArrayList<>();
        LocalDate d = LocalDate.parse("2025-01-01");
        for (long c : counts) {
            out.add(new TimelineBucket(d.atStartOfDay(ZoneOffset.UTC).toInstant(), d.toString(), c));
            d = d.plusDays(1);
        }
        return out;
    }

    @ParameterizedTest(name = "after a baseline of 2/day, {0} is a spike: {1}")
    @CsvSource({"6, false", "7, true", "2, false"})
    void aCountFarAboveTheTrailingMeanIsASpike(long count, boolean spike) {
        // previous 3 buckets 1, 2, 3: mean 2; P(X >= 6) = 0.0166 (not < 0.01), P(X >= 7) = 0.0045
        List<Spikes.Flagged> f = Spikes.flag(days(1, 2, 3, count), new Spikes.Rule(3, 0.01, 3));
        assertThat(f).hasSize(4);
        assertThat(f.get(3).baseline()).isEqualTo(2.0);
        assertThat(f.get(3).spike()).isEqualTo(spike);
    }

    @Test
    void theFirstWindowHasNoBaselineAndTheWindowSlides() {
        List<Spikes.Flagged> f = Spikes.flag(days(9, 0, 0, 0, 3), new Spikes.Rule(3, 0.01, 3));
        assertThat(f.subList(0, 3)).allSatisfy(x -> {
            assertThat(x.baseline()).isNaN();
            assertThat(x.pValue()).isNaN();
            assertThat(x.spike()).isFalse();
        });
        assertThat(f.get(3).baseline()).isEqualTo(3.0);   // (9 + 0 + 0) / 3
        assertThat(f.get(3).spike()).isFalse();
        assertThat(f.get(4).baseline()).isEqualTo(0.0);   // (0 + 0 + 0) / 3: the 9 has left the window
        assertThat(f.get(4).pValue()).isEqualTo(0.0);
        assertThat(f.get(4).spike()).isTrue();             // 3 after nothing at all
    }

    @Test
    void belowTheMinimumCountNothingIsASpike() {
        List<Spikes.Flagged> f = Spikes.flag(days(0, 0, 2), new Spikes.Rule(2, 0.01, 3));
        assertThat(f.get(2).pValue()).isEqualTo(0.0);
        assertThat(f.get(2).spike()).isFalse();
    }

    @Test
    void theRuleStatesItselfAndRejectsNonsense() {
        assertThat(Spikes.Rule.DEFAULT.describe())
                .isEqualTo("spike = count >= 3 and P(X >= count) < 0.01, X ~ Poisson(mean of the previous 7 buckets)");
        assertThatThrownBy(() -> new Spikes.Rule(0, 0.01, 3)).hasMessageContaining("window");
        assertThatThrownBy(() -> new Spikes.Rule(7, 1.5, 3)).hasMessageContaining("alpha");
    }
}
