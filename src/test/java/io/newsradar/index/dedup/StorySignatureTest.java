package io.newsradar.index.dedup;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The near-duplicate signature on real-looking news sentences. */
class StorySignatureTest {
    private static final String EN = "The Commerce Department on Monday issued its third big package of restrictions on "
            + "China's chip industry in three years, covering high-bandwidth memory, two dozen types of chipmaking "
            + "equipment and 140 Chinese organizations. Exports of HBM now need a license when destined for China. "
            + "Beijing said it firmly opposed the rules.";
    private static final String EN_EDITED = "The Commerce Department on Monday issued its third big package of "
            + "restrictions on China's semiconductor industry in three years, covering high-bandwidth memory, two dozen "
            + "kinds of chipmaking equipment and 140 Chinese companies. Exports of HBM will now need a license when "
            + "bound for China. Beijing said it firmly opposed the move. (Reporting by the Tech Desk)";
    private static final String EN_OTHER = "A regional sake brewery in Niigata said its spring shipments rose by a fifth "
            + "as restaurants in Tokyo reopened, and it plans to hire ten more workers before the autumn harvest. "
            + "The brewer said the weak yen also helped exports to the United States.";
    private static final String JA = "中国の新興企業ディープシークは20日、推論に強い大規模言語モデル「R1」を公開した。"
            + "オープンAIの「o1」に匹敵する性能を低コストで実現したとしており、米国のハイテク株が急落した。";
    private static final String JA_EDITED = "中国の新興企業ＤｅｅｐＳｅｅｋ（ﾃﾞｨｰﾌﾟｼｰｸ）は１月20日、推論に強い大規模言語モデル「R1」を公開した。"
            + "オープンAIの「o1」に匹敵する性能を低いコストで実現したとしており、米国のハイテク株が急落した。";
    private static final String JA_OTHER = "南鳥島沖の深海でレアアース泥の試掘が始まった。探査船「ちきゅう」が水深約6000メートルから"
            + "泥を引き上げ、政府は国産資源の確保につなげたい考えだ。";

    @Test
    void identicalBodiesHaveSimilarityOneAndTheSameBands() {
        StorySignature a = StorySignature.of(EN), b = StorySignature.of(EN);
        assertThat(a.jaccard(b)).isEqualTo(1.0);
        assertThat(a.isNearDuplicate(b)).isTrue();
        assertThat(a.bandTerms()).hasSize(StorySignature.BANDS).isEqualTo(b.bandTerms());
    }

    @Test
    void smallEditsStayNearDuplicatesAndShareBands() {
        StorySignature a = StorySignature.of(EN), b = StorySignature.of(EN_EDITED);
        assertThat(a.jaccard(b)).isBetween(StorySignature.THRESHOLD, 0.99);
        assertThat(a.isNearDuplicate(b)).isTrue();
        assertThat(shared(a, b)).isPositive();
    }

    @Test
    void unrelatedArticlesAreNotNearDuplicates() {
        StorySignature a = StorySignature.of(EN), b = StorySignature.of(EN_OTHER);
        assertThat(a.jaccard(b)).isLessThan(0.05);
        assertThat(a.isNearDuplicate(b)).isFalse();
        assertThat(StorySignature.of(JA).isNearDuplicate(StorySignature.of(JA_OTHER))).isFalse();
    }

    @Test
    void japaneseUsesCharacterShinglesAfterWidthFolding() {
        assertThat(Shingles.tokens("ＤｅｅｐＳｅｅｋ（ﾃﾞｨｰﾌﾟｼｰｸ）は")).containsExactly("deepseek", "デ", "ィ", "ー", "プ", "シ", "ー", "ク", "は");
        StorySignature a = StorySignature.of(JA), b = StorySignature.of(JA_EDITED);
        assertThat(a.jaccard(b)).isGreaterThan(0.6);
        assertThat(a.isNearDuplicate(b)).isTrue();
        assertThat(shared(a, b)).isPositive();
    }

    @Test
    void sketchEstimateTracksTheExactSimilarity() {
        StorySignature a = StorySignature.of(EN), b = StorySignature.of(EN_EDITED), c = StorySignature.of(EN_OTHER);
        assertThat(a.sketch()).hasSize(StorySignature.BANDS * StorySignature.ROWS);
        assertThat(StorySignature.estimate(a.sketch(), StorySignature.of(EN).sketch())).isEqualTo(1.0);
        assertThat(StorySignature.estimate(a.sketch(), b.sketch())).isCloseTo(a.jaccard(b), org.assertj.core.data.Offset.offset(0.12));
        assertThat(StorySignature.estimate(a.sketch(), c.sketch())).isLessThan(StorySignature.ESTIMATE_FLOOR);
    }

    @Test
    void tooShortBodiesGetNoBandsAndNeverMatch() {
        StorySignature a = StorySignature.of("Markets closed."), b = StorySignature.of("Markets closed.");
        assertThat(a.bandTerms()).isEmpty();
        assertThat(a.isNearDuplicate(b)).isFalse();
        assertThat(StorySignature.of("").size()).isZero();
    }

    @Test
    void articlesSharingOnlyAStandingIntroductionAndFooterAreNotNearDuplicates() {
        String intro = words("intro", 40), footer = words("footer", 40);
        StorySignature a = StorySignature.of(intro + words("alpha", 60) + footer);
        StorySignature b = StorySignature.of(intro + words("beta", 60) + footer);
        assertThat(a.jaccard(b)).as("the template alone passes the Jaccard threshold").isGreaterThan(StorySignature.THRESHOLD);
        assertThat(a.coreContainment(b)).isLessThan(StorySignature.CORE_CONTAINMENT);
        assertThat(a.isNearDuplicate(b)).isFalse();
        StorySignature copy = StorySignature.of(intro + words("alpha", 55) + footer);
        assertThat(a.isNearDuplicate(copy)).as("the same middle, cut short").isTrue();
    }

    /** @return {@code n} distinct words of letters with the given stem: "alphaa alphab ... alphaz alphaba ..." */
    private static String words(String stem, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringBuilder suffix = new StringBuilder();
            int k = i;
            do {
                suffix.insert(0, (char) ('a' + k % 26));
                k /= 26;
            } while (k > 0);
            sb.append(stem).append(suffix).append(' ');
        }
        return sb.toString();
    }

    private static int shared(StorySignature a, StorySignature b) {
        Set<String> common = new HashSet<>(a.bandTerms());
        common.retainAll(b.bandTerms());
        return common.size();
    }
}
