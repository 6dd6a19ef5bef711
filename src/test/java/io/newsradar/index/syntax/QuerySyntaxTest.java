package io.newsradar.index.syntax;

import io.newsradar.index.ArticleMemoryIndex;
import io.newsradar.index.Schema;
import io.newsradar.model.Article;
import io.newsradar.query.MatchSpans;
import org.apache.lucene.index.memory.MemoryIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The query language, matched against one article at a time (as theme tagging does). */
class QuerySyntaxTest {
    private static final Article JA = article("ja", "ディープシーク、米国市場で急速に普及",
            "中国のＡＩ企業「ディープシーク」が米国市場で急速に普及している。同社はエヌビディアのＨ８００を使ってモデルを訓練した。"
                    + "米政府は半導体の輸出規制を強化する方針だ。ディープシークの利用者は増え続けている。ディープシークは安価だ。",
            "2025-01-31T16:00:00+09:00", "JETRO");
    private static final Article EN = article("en", "US tightens chip export controls",
            "Washington tightened export controls on advanced chips to China on Monday. Nvidia said its H800 chips "
                    + "were designed to meet earlier rules. Exporters expect further restrictions.",
            "2025-01-13T09:00:00-05:00", "Reuters");
    private static final Article ZH = article("zh", "深度求索发布新模型", "中国人工智能公司深度求索发布了新模型，英伟达股价下跌。",
            "2025-01-28T10:00:00+08:00", "Xinhua");

    private static Article article(String lang, String title, String body, String published, String source) {
        return new Article(null, "https://example.com/" + lang, null, title, body, OffsetDateTime.parse(published),
                "given", null, lang, source, "example.com", null, false, true, null, null);
    }

    private static boolean matches(Article a, String query) {
        MemoryIndex mi = ArticleMemoryIndex.of(a);
        return mi.search(QuerySyntax.parse(query, QuerySyntax.DEFAULT_FIELDS, ZoneId.of("UTC"))) > 0;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // query                                   | ja    | en    | zh
            "DeepSeek OR ディープシーク OR 深度求索          | true  | false | true",
            "ﾃﾞｨｰﾌﾟｼｰｸ                                  | true  | false | false",
            "H800                                       | true  | true  | false",
            "Ｈ８００                                    | true  | true  | false",
            "英伟达                                      | false | false | true",
            "export controls                            | false | true  | false",
            "export AND controls                        | false | true  | false",
            "\"export controls\"                        | false | true  | false",
            "\"controls export\"                        | false | false | false",
            "exports control                            | false | true  | false",
            "export NOT China                           | false | false | false",
            "export -China                              | false | false | false",
            "export NOT Beijing                         | false | true  | false",
            "NOT Beijing                                | true  | true  | true",
            "expor*                                     | false | true  | false",
            "輸出*                                       | true  | false | false",
            "chips NEAR/3 China                         | false | true  | false",
            "China NEAR/3 chips                         | false | true  | false",
            "China PRE/3 chips                          | false | false | false",
            "chips PRE/3 China                          | false | true  | false",
            "export NEAR/0 controls                     | false | true  | false",
            "Washington NEAR/2 China                    | false | false | false",
            "輸出規制 NEAR/5 半導体                       | true  | false | false",
            "(nvidia OR エヌビディア) NEAR/5 h800           | true  | true  | false",
            "ディープシーク SENT 米国市場                   | true  | false | false",
            "H800 SENT 輸出規制                           | false | false | false",
            "H800 NEAR/30 輸出規制                        | true  | false | false",
            "H800 PARA 輸出規制                           | true  | false | false",
            "chips SENT China                           | false | true  | false",
            "Washington SENT Nvidia                     | false | false | false",
            "atleast3(ディープシーク)                       | true  | false | false",
            "atleast5(ディープシーク)                       | false | false | false",
            "atleast2(chips OR chip)                    | false | true  | false",
            "title:deepseek OR title:ディープシーク         | true  | false | false",
            "title:H800                                 | false | false | false",
            "lead:ディープシーク                           | true  | false | false",
            "lead:利用者                                 | true  | false | false",
            "body:利用者                                 | true  | false | false",
            "lang:ja                                    | true  | false | false",
            "lang:JA AND H800                           | true  | false | false",
            "source:Reuters                             | false | true  | false",
            "source:Reu*                                | false | true  | false",
            "source:reuters                             | false | false | false",
            "(DeepSeek OR 深度求索) AND (英伟达 OR nvidia)  | false | false | true",
            "\"米国市場\"                                 | true  | false | false",
            "米国市場で                                   | true  | false | false"})
    void operatorsAcrossLanguages(String query, boolean ja, boolean en, boolean zh) {
        assertThat(matches(JA, query)).as("ja").isEqualTo(ja);
        assertThat(matches(EN, query)).as("en").isEqualTo(en);
        assertThat(matches(ZH, query)).as("zh").isEqualTo(zh);
    }

    @Test
    void targetFieldsRestrictUnprefixedClauses() {
        var titleOnly = EnumSet.of(Schema.Text.TITLE);
        assertThat(ArticleMemoryIndex.of(EN).search(QuerySyntax.parse("H800", titleOnly, ZoneId.of("UTC")))).isZero();
        assertThat(ArticleMemoryIndex.of(EN).search(QuerySyntax.parse("chip", titleOnly, ZoneId.of("UTC")))).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "published:[2025-01-31 TO 2025-01-31]  | UTC        | true",
            "published:[2025-01-31 TO 2025-01-31]  | Asia/Tokyo | true",
            "published:[2025-02-01 TO *]           | UTC        | false",
            "published:{2025-01-30 TO 2025-02-01}  | UTC        | true",
            "published:2025-01                     | UTC        | true",
            "published:[* TO 2025-01-31T06:59Z]    | UTC        | false",
            "published:[* TO 2025-01-31T07:00Z]    | UTC        | true"})
    void publishedRanges(String query, String zone, boolean ja) {
        MemoryIndex mi = ArticleMemoryIndex.of(JA);
        mi.addField(new org.apache.lucene.document.LongPoint(Schema.PUBLISHED,
                JA.published().toInstant().toEpochMilli()), null);
        boolean hit = mi.search(QuerySyntax.parse(query, QuerySyntax.DEFAULT_FIELDS, ZoneId.of(zone))) > 0;
        assertThat(hit).isEqualTo(ja);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "(export controls                 | 1  | missing ')'",
            "export controls)                 | 16 | unbalanced ')'",
            "\"export controls                | 1  | unterminated phrase",
            "export AND                       | 8  | AND has nothing on its right",
            "OR export                        | 1  | unexpected 'OR'",
            "*port                            | 1  | leading wildcard",
            "chips AND ?hip                   | 11 | leading wildcard",
            "chips NEAR/5 lang:ja             | 14 | lang: cannot be used inside NEAR",
            "published:[2025-13-01 TO *]      | 11 | bad date",
            "published:[2025-02-01 TO 2025-01-01] | 11 | empty range",
            "atleast0(x)                      | 1  | atleast count",
            "title:                           | 1  | has no value",
            "source:Re*ters                   | 1  | trailing *",
            "chip NEAR/x rules                | 6  | malformed operator 'NEAR/x' (quote it to search for the text): NEAR/n needs a distance n of 0..9999 words, not 'x'",
            "chip NEAR/ rules                 | 6  | malformed operator 'NEAR/' (quote it to search for the text): NEAR/n needs a distance n of 0..9999 words, and none",
            "chip NEAR/-1 rules               | 6  | malformed operator 'NEAR/-1'",
            "chip PRE/ rules                  | 6  | malformed operator 'PRE/' (quote it to search for the text): PRE/n needs",
            "chip PRE/3x rules                | 6  | malformed operator 'PRE/3x'",
            "chip NEAR/10000 rules            | 6  | words, not 10000",
            "(chips OR chip) NEAR/x rules     | 17 | malformed operator 'NEAR/x'",
            "title:NEAR/x                     | 7  | malformed operator 'NEAR/x'",
            "chip W/5 rules                   | 6  | unknown operator 'W/5' (quote it to search for the text): use NEAR/5 (any order) or PRE/5 (in order)",
            "chip W/S rules                   | 6  | unknown operator 'W/S' (quote it to search for the text): use SENT",
            "chip W/P rules                   | 6  | unknown operator 'W/P' (quote it to search for the text): use PARA"})
    void errorsSayWhatAndWhere(String query, int column, String message) {
        assertThatThrownBy(() -> QuerySyntax.parse(query))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((QueryException) e).column()).isEqualTo(column));
    }

    /** Operators are upper case: in lower case, or quoted, an operator-like word is text, as "and" and "or" are. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fab near Dresden                 | true",
            "\"fab near Dresden\"             | true",
            "fab NEAR/1 Dresden               | true",
            "fab NEAR Dresden                 | true",
            "\"NEAR/x clause\"                | true",
            "near/5                           | false",
            "w/5                              | false",
            "W/O                              | true",
            "Near Dresden                     | true"})
    void operatorLikeTextStaysText(String query, boolean hit) {
        Article a = article("en", "Chip plant near Dresden", "The fab near Dresden opens in 2027. Its NEAR/x clause "
                + "lets the buyer walk away, a W/O deal.", "2025-01-13T09:00:00+01:00", "Reuters");
        assertThat(matches(a, query)).isEqualTo(hit);
    }

    @Test
    void leadIsTheStartOfTheBodyOnly() {
        Article longJa = article("ja", "見出し", "ディープシークが話題だ。" + "天気は晴れ。".repeat(60) + "最後に輸出規制。",
                "2025-01-31T16:00:00+09:00", "JETRO");
        assertThat(matches(longJa, "lead:ディープシーク")).isTrue();
        assertThat(matches(longJa, "lead:輸出規制")).isFalse();
        assertThat(matches(longJa, "body:輸出規制")).isTrue();
    }

    @Test
    void phrasesInsideProximityKeepTheSlotsOfDroppedParticles() {
        MemoryIndex mi = new MemoryIndex(true);
        mi.addField("body_ja", "多くの学生が試験に落ちた。", io.newsradar.index.Analyzers.perField());
        var phrase = IntervalCompiler.source(new QueryNode.Text("学生が試験", false, java.util.Set.of(Schema.Text.BODY), 1),
                "body_ja");
        assertThat(mi.search(new org.apache.lucene.queries.intervals.IntervalQuery("body_ja", phrase))).isPositive();
        var wrongOrder = IntervalCompiler.source(new QueryNode.Text("試験が学生", false, java.util.Set.of(Schema.Text.BODY), 1),
                "body_ja");
        assertThat(mi.search(new org.apache.lucene.queries.intervals.IntervalQuery("body_ja", wrongOrder))).isZero();
        assertThat(mi.search(QuerySyntax.parse("学生が試験 NEAR/1 落ちた"))).isPositive();
    }

    @Test
    void matchSpansSayWhereInWhichFieldAQueryMatched() throws java.io.IOException {
        MemoryIndex mi = ArticleMemoryIndex.of(JA);
        var spans = MatchSpans.of(mi.createSearcher(), QuerySyntax.parse("Ｈ８００ NEAR/5 エヌビディア OR title:普及"), 0);
        assertThat(spans).containsKeys("body_ja", "title_ja");
        for (var span : spans.get("body_ja")) {
            assertThat(JA.body().substring(span.start(), span.end())).isIn("Ｈ８００", "エヌビディア");
        }
        assertThat(spans.get("title_ja")).extracting(s -> JA.title().substring(s.start(), s.end())).containsExactly("普及");
        assertThat(MatchSpans.of(mi.createSearcher(), QuerySyntax.parse("potato"), 0)).isEmpty();
    }

    @Test
    void blankQueryMatchesEverything() {
        assertThat(ArticleMemoryIndex.of(ZH).search(QuerySyntax.parse("  "))).isPositive();
    }
}
