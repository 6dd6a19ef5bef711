package io.newsradar.themes;

import io.newsradar.index.syntax.QuerySyntax;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What a query needs an article to contain before it is worth running (the presearcher's index terms). */
class RequiredTermsTest {
    private static Set<String> terms(String query) {
        return RequiredTerms.of(QuerySyntax.parse(query)).stream().map(BytesRef::utf8ToString).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nvidia                          | nvidia          | h20
            nvidia OR huawei                | nvidia huawei   | h20
            nvidia AND h20                  | nvidia          | h20
            (nvidia OR amd) AND smuggling   | smuggling       | nvidia amd
            nvidia NOT gaming               | nvidia          | gaming
            export* AND nvidia              | nvidia          | export
            """)
    void conjunctionsKeepTheMostSelectiveClauseDisjunctionsAll(String query, String kept, String dropped) {
        Set<String> terms = terms(query);
        assertThat(terms).containsAll(List.of(kept.split(" "))).doesNotContainAnyElementsOf(List.of(dropped.split(" ")));
    }

    @Test
    void aPhraseNeedsOneOfItsWords() {
        assertThat(terms("\"export controls\"")).isNotEmpty().isSubsetOf("export", "controls", "control");
    }

    @Test
    void aBareWildcardCannotBeFiltered() {
        assertThat(RequiredTerms.of(QuerySyntax.parse("export*"))).isSameAs(RequiredTerms.ANY);
    }

    /** One term per field's analysis: a Kuromoji morpheme, a CJK bigram, a single ideograph (English fields). */
    @Test
    void japaneseCompoundsNeedOneOfTheirMorphemesOrBigrams() {
        assertThat(terms("輸出規制")).isNotEmpty().isSubsetOf("輸出", "規制", "出規", "輸", "出", "規", "制");
    }
}
