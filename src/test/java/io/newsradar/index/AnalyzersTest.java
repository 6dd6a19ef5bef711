package io.newsradar.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzersTest {
    private static List<String> ja(String text) {
        return Tokens.of(Analyzers.forFamily(Schema.Family.JA), text);
    }

    private static List<String> en(String text) {
        return Tokens.of(Analyzers.forFamily(Schema.Family.EN), text);
    }

    private static List<String> gram(String text) {
        return Tokens.of(Analyzers.forFamily(Schema.Family.GRAM), text);
    }

    @Test
    void japaneseSentenceKeepsContentWordsInDictionaryForm() {
        assertThat(ja("多くの学生が試験に落ちた。")).containsExactly("多く", "学生", "試験", "落ちる");
    }

    @Test
    void japaneseSeedSentenceKeepsTheKatakanaNameWhole() {
        assertThat(ja("「ディープシーク」が米国市場で急速に普及し"))
                .containsExactly("ディープシーク", "米国", "市場", "急速", "普及");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ＡＩ, ai", "AI, ai", "Ｈ８００, h800", "H800, h800", "ﾃﾞｨｰﾌﾟｼｰｸ, ディープシーク",
            "ディープシーク, ディープシーク", "ＤｅｅｐＳｅｅｋ, deepseek", "H100, h100", "A100, a100", "R1, r1", "V3, v3"})
    void widthAndCaseFoldToOneTokenInEveryFamily(String written, String token) {
        assertThat(ja(written)).containsExactly(token);
        assertThat(gram(written)).hasSize(token.length() > 2 && !token.matches("[a-z0-9]+")
                ? token.length() - 1 : 1);
        if (token.matches("[a-z0-9]+")) {
            assertThat(en(written)).containsExactly(token);
            assertThat(gram(written)).containsExactly(token);
        }
    }

    @Test
    void kuromojiDoesNotSplitModelNamesInRunningText() {
        assertThat(ja("米国のH800チップとＨ１００、A100")).containsExactly("米国", "h800", "チップ", "h100", "a100");
    }

    @Test
    void englishStemsWordsButNotModelNames() {
        assertThat(en("China's exports of H800 chips under US controls"))
                .containsExactly("china", "export", "of", "h800", "chip", "under", "us", "control");
        assertThat(en("DeepSeek-R1 and V3 beat A100s")).containsExactly("deepseek", "r1", "and", "v3", "beat", "a100s");
    }

    @Test
    void chineseNamesBecomeOverlappingBigrams() {
        assertThat(gram("英伟达和深度求索")).containsExactly("英伟", "伟达", "达和", "和深", "深度", "度求", "求索");
    }

    @Test
    void fullWidthDigitRunsStayWhole() {
        assertThat(ja("２０２５年１月の第２０条")).containsExactly("2025", "年", "1", "月", "第", "20", "条");
        assertThat(gram("第２０条")).containsExactly("第", "20", "条");
    }

    @Test
    void halfWidthKatakanaMatchesFullWidth() {
        assertThat(ja("ﾃﾞｰﾀｾﾝﾀｰ")).isEqualTo(ja("データセンター")).containsExactly("データ", "センタ");
    }

    @Test
    void sentenceAndParagraphEndsBecomeMarkerTokensBetweenSentencesOnly() {
        String s = Boundaries.SENTENCE;
        String p = Boundaries.PARAGRAPH;
        assertThat(ja("米国が規制した。中国は反発した。")).containsExactly("米国", "規制", s, "中国", "反発");
        assertThat(ja("「規制する。」と述べた")).containsExactly("規制", "述べる");
        assertThat(en("Export rules tightened. China objected.\n\nNew paragraph here"))
                .containsExactly("export", "rule", "tighten", s, "china", "object", s, p, "new", "paragraph", "here");
        assertThat(gram("AI規制！次に")).containsExactly("ai", "規制", s, "次に");
    }

    @Test
    void markersKeepTheOffsetsOfTheWordsAfterThem() {
        assertThat(Tokens.detailed(Analyzers.forFamily(Schema.Family.JA), "規制した。\n\nＨ８００を"))
                .last().isEqualTo("h800@5[7,11)");
    }

    @Test
    void leadIsAPrefixOfTheBody() {
        String body = "あ".repeat(500);
        assertThat(Schema.lead(body, "ja")).hasSize(Schema.LEAD_CHARS_CJK);
        String en = "word ".repeat(200);
        assertThat(Schema.lead(en, "en")).hasSizeLessThanOrEqualTo(Schema.LEAD_CHARS_OTHER).endsWith("word");
        assertThat(Schema.lead("short", "en")).isEqualTo("short");
        String ja = "あ".repeat(150) + "。" + "い".repeat(100);
        assertThat(Schema.lead(ja, "ja")).isEqualTo("あ".repeat(150) + "。");
    }
}
