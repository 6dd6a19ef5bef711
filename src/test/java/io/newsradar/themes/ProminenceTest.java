package io.newsradar.themes;

import io.newsradar.model.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "About, not mentions": the prominence rules on short real-style articles in English and Japanese. */
class ProminenceTest {
    private static final String FILE = """
            aliases:
              deepseek: [DeepSeek, ディープシーク, 深度求索]
              export_control: [export controls, Entity List, エンティティー・リスト, 輸出規制]
              chips: [chip, chips, semiconductor, 半導体]
            themes:
              - name: DeepSeek
                query: "@deepseek"
                require: {in: [title, lead], or_mentions: 3}
              - name: Export controls
                query: "@export_control AND @chips"
                require: {in: [title, lead], or_paragraph: 2, focus: "@export_control"}
              - name: Any mention
                query: "@deepseek"
            """;
    private static final ThemeSet THEMES = ThemesFile.parse(FILE, "test.yaml");
    private static final ThemeMatcher MATCHER = THEMES.matcher();

    private static Article article(String lang, String title, String... paragraphs) {
        return new Article(null, "https://news.example/" + Math.abs((title + paragraphs[0]).hashCode()), null, title,
                String.join("\n\n", paragraphs), null, null, null, lang, "Example", "example", null, false, true, null, null);
    }

    @Test
    void headlineMentionIsAbout() {
        Article a = article("en", "DeepSeek releases R1 under MIT license",
                "The Hangzhou lab published the weights on Monday.", "Developers welcomed the move.");
        assertThat(MATCHER.match(a)).containsExactly("DeepSeek", "Any mention");
    }

    @Test
    void passingBodyMentionIsNotAbout() {
        Article a = article("en", "Tokyo stocks end the year at a record",
                "The Nikkei closed above 50,000 for the first time on Tuesday.",
                "Chip stocks fell in January after DeepSeek unsettled investors, but recovered by spring.");
        assertThat(MATCHER.match(a)).containsExactly("Any mention");
    }

    @Test
    void repeatedMentionsAreAboutEvenOutsideTheHead() {
        Article a = article("en", "Chinese AI apps top the charts",
                "Several chatbots from China rose in app-store rankings this week.",
                "DeepSeek led the list. DeepSeek's assistant was downloaded millions of times, and DeepSeek said it "
                        + "would limit sign-ups.");
        assertThat(MATCHER.match(a)).containsExactly("DeepSeek", "Any mention");
    }

    @Test
    void halfWidthKatakanaIsTheSameAlias() {
        Article a = article("ja", "中国ﾃﾞｨｰﾌﾟｼｰｸ台頭に危機感", "トランプ氏は27日、米国の産業にとって警鐘だと述べた。");
        assertThat(MATCHER.match(a)).containsExactly("DeepSeek", "Any mention");
    }

    @Test
    void focusInLeadWithChipsElsewhereIsAbout() {
        Article a = article("ja", "米商務省、リスト掲載企業の子会社も規制対象に",
                "米商務省は29日、エンティティー・リストに載った企業の子会社にも同じ規制を適用すると発表した。",
                "米国製の半導体や製造装置を子会社経由で調達する抜け穴が指摘されていた。");
        assertThat(MATCHER.match(a)).containsExactly("Export controls");
    }

    @Test
    void oneClauseAboutExportControlsIsNotAbout() {
        Article a = article("ja", "中国新興のＡＩアプリ、米国で首位",
                "中国の新興企業のアプリが米アップストアで首位に立った。",
                "同社は米国の輸出規制の下でも半導体を調達し開発を続けてきた。");
        assertThat(MATCHER.match(a)).isEmpty();
    }

    @Test
    void paragraphDealingWithTheFocusIsAbout() {
        Article a = article("en", "Nvidia reports record revenue",
                "Nvidia said data-center sales tripled in the quarter.",
                "Sales to China fell after export controls took effect; the company said the Entity List additions "
                        + "cut off several customers for its chips.");
        assertThat(MATCHER.match(a)).containsExactly("Export controls");
    }

    @Test
    void deepSeaIsNotDeepSeek() {
        Article a = article("ja", "深海6000メートルからレアアース泥", "ディープシーの探査船が試験を始める。");
        assertThat(MATCHER.match(a)).isEmpty();
    }

    @Test
    void explanationSaysWhichRuleHoldsAndWhere() {
        Article passing = article("en", "Tokyo stocks end the year at a record",
                "The Nikkei closed above 50,000 for the first time on Tuesday.",
                "Chip stocks fell in January after DeepSeek unsettled investors, but recovered by spring.");
        var explanation = ThemeExplainer.explain(THEMES.definition("DeepSeek").orElseThrow(), passing);
        assertThat(explanation.verdict()).isEqualTo("not about");
        assertThat(explanation.reason()).contains("1 mentions (need 3)");
        assertThat(explanation.mentions()).extracting(ThemeExplainer.Mention::part, ThemeExplainer.Mention::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("body", "DeepSeek"));

        Article headline = article("en", "DeepSeek releases R1", "The Hangzhou lab published the weights.");
        var tagged = ThemeExplainer.explain(THEMES.definition("DeepSeek").orElseThrow(), headline);
        assertThat(tagged.verdict()).isEqualTo("tagged");
        assertThat(tagged.reason()).isEqualTo("in lead/title");
        assertThat(tagged.mentions().getFirst()).isEqualTo(new ThemeExplainer.Mention("title", 0, 8, "DeepSeek"));
    }
}
