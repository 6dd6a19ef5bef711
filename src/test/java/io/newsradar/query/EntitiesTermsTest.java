package io.newsradar.query;

import io.newsradar.index.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity extraction on real sentences (from the Reuters-21578 corpus and the themes-gold articles): the names a
 * reader sees in them come out whole, sentence-initial function words and all-capitals headlines do not.
 */
class EntitiesTermsTest {
    @Test
    void englishCapitalisedRunsWithoutLeadingStopWords() {
        // themes-gold: "The export rules the Commerce Department issued on Friday, Oct. ..."
        assertThat(Entities.english("The export rules the Commerce Department issued on Friday, Oct. 7"))
                .containsExactly("Commerce Department");
        // Reuters-21578: a sentence starting with the name
        assertThat(Entities.english("The Commerce Department pointed out that a record 14.5 billion dlrs was spent."))
                .containsExactly("Commerce Department");
    }

    @Test
    void englishNamesWithOfAbbreviationsAndPossessives() {
        assertThat(Entities.english("Officials at the Bank of Japan said the U.S. Commerce Department would act."))
                .containsExactly("Bank of Japan", "U.S. Commerce Department");
        assertThat(Entities.english("China's Commerce Ministry said Nvidia H20 chips were affected."))
                .containsExactly("Commerce Ministry", "Nvidia H20");
        // a name does not run across a sentence end or a comma
        assertThat(Entities.english("He met Jensen Huang. Nvidia Corp, Taiwan Semiconductor")).containsExactly(
                "Jensen Huang", "Nvidia Corp", "Taiwan Semiconductor");
    }

    @Test
    void calendarWordsStartNoName() {
        // themes-gold en (DeepSeek)
        assertThat(Entities.english("communication library for mixture-of-experts models, and on Wednesday DeepGEMM, "
                + "a compact library for FP8")).isEmpty();
        assertThat(Entities.english("The export rules the Commerce Department issued on Friday, Oct. 7")).containsExactly("Commerce Department");
    }

    @Test
    void allCapitalsHeadlinesNameNothing() {
        assertThat(Entities.english("U.S. TRADE DEFICIT WIDENS IN JANUARY")).isEmpty();
    }

    @Test
    void japaneseNounRunsFromRealSentences() {
        // themes-gold ja: the Dutch export-control article
        List<String> dutch = Entities.japanese("オランダ政府は6月30日、先端半導体の製造装置に関する新たな輸出規制を公表した。");
        assertThat(dutch).contains("オランダ政府", "先端半導体", "製造装置", "輸出規制");
        // themes-gold ja-001
        List<String> singapore = Entities.japanese(
                "シャンムガム内務相兼法相は3月3日、サーバーには米国の輸出規制の対象となるエヌビディア製の半導体が搭載されていた可能性があると述べた。");
        assertThat(singapore).contains("輸出規制");
        // themes-gold ja (DeepSeek-R1 release): the prefix 大 belongs to the compound
        assertThat(Entities.japanese("深度求索（ディープシーク）は20日、数学やプログラミングなどの推論能力を高めた大規模言語モデル"
                + "「DeepSeek-R1」を公開した。")).contains("大規模言語モデル", "推論能力").doesNotContain("20日");
        assertThat(singapore).noneMatch(e -> e.contains("は") || e.contains("の") || e.contains("が") || e.contains("3月"));
    }

    @Test
    void widthVariantsAreOneEntity() {
        assertThat(Entities.of(Schema.Family.EN, "Ｂａｎｋ ｏｆ Ｊａｐａｎ and the Bank of Japan")).containsOnlyKeys("bank of japan");
        assertThat(Entities.of(Schema.Family.GRAM, "美国商务部")).isEmpty();
    }

    @Test
    void anEntityReplacesTheTermsItIsMadeOf() {
        List<SignificantTerms.Term> ranked = List.of(
                new SignificantTerms.Term("commerce", 5, 6, 30),
                new SignificantTerms.Term("chips", 5, 9, 25),
                new SignificantTerms.Term("department", 5, 9, 20),
                new SignificantTerms.Term("Commerce Department", 5, 6, 18, SignificantTerms.Kind.ENTITY),
                new SignificantTerms.Term("輸出", 4, 4, 15),
                new SignificantTerms.Term("輸出規制", 4, 4, 12, SignificantTerms.Kind.ENTITY));
        assertThat(SignificantTerms.withoutOverlap(ranked, 10)).extracting(SignificantTerms.Term::term)
                .containsExactly("chips", "Commerce Department", "輸出規制"); // by score again
    }
}
