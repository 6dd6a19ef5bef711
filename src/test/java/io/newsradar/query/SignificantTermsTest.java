package io.newsradar.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** G² on tables worked out by hand: 2 Σ O ln(O/E) with E = row total × column total / N. */
class SignificantTermsTest {
    @ParameterizedTest(name = "fg {0}/{1}, bg {2}/{3}: G² = {4}")
    @CsvSource({
            // a=3 b=0 c=0 d=7, N=10: 2 (3 ln(3/0.9) + 7 ln(7/4.9)) = 12.2173
            "3, 3, 3, 10, 12.2172860411",
            // a=2 b=2 c=1 d=5, N=10: E = 1.2, 2.8, 1.8, 4.2
            "2, 4, 3, 10, 1.2653740902",
            "3, 5, 4, 12, 2.8045949129",
    })
    void logLikelihood(long fg, long fgDocs, long bg, long bgDocs, double expected) {
        assertThat(SignificantTerms.logLikelihood(new SignificantTerms.Counts("t", fg, fgDocs, bg, bgDocs)))
                .isCloseTo(expected, within(1e-9));
    }

    @Test
    void ranksOverRepresentedTermsAndDropsTheRest() {
        List<SignificantTerms.Term> top = SignificantTerms.top(List.of(
                new SignificantTerms.Counts("deepseek", 3, 3, 3, 10),   // 12.22
                new SignificantTerms.Counts("model", 2, 4, 3, 10),      // 1.27
                new SignificantTerms.Counts("the", 1, 4, 5, 10),        // 1/4 in fg < 4/6 in the rest: dropped
                new SignificantTerms.Counts("once", 1, 3, 1, 10),       // below minFg 2: dropped
                new SignificantTerms.Counts("everywhere", 3, 3, 10, 10) // in every article: not over-represented
        ), 2, 10);
        assertThat(top).extracting(SignificantTerms.Term::term).containsExactly("deepseek", "model");
        assertThat(top.getFirst().fgCount()).isEqualTo(3);
        assertThat(top.getFirst().bgCount()).isEqualTo(3);
    }

    @Test
    void aTermSeenInTwoFieldsKeepsItsBestScoreAndLimitCuts() {
        List<SignificantTerms.Term> top = SignificantTerms.top(List.of(
                new SignificantTerms.Counts("ai", 2, 4, 3, 10),
                new SignificantTerms.Counts("ai", 3, 3, 3, 10),
                new SignificantTerms.Counts("chip", 3, 5, 4, 12)), 1, 1);
        assertThat(top).singleElement().satisfies(t -> {
            assertThat(t.term()).isEqualTo("ai");
            assertThat(t.score()).isCloseTo(12.2172860411, within(1e-9));
        });
    }

    @Test
    void inconsistentCountsAreRejected() {
        assertThatThrownBy(() -> new SignificantTerms.Counts("x", 4, 3, 5, 10)).hasMessageContaining("'x'");
        assertThatThrownBy(() -> new SignificantTerms.Counts("x", 2, 3, 1, 10)).hasMessageContaining("inconsistent");
    }
}
