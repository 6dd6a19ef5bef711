package io.newsradar.themes;

import io.newsradar.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter themes on short articles written for this test (not from the gold set), each sharing vocabulary
 * with a theme without being about it, or about exactly the theme named. Paragraphs are separated by " | ".
 */
class StarterThemesTrapsTest {
    private static final ThemeMatcher MATCHER = ThemesFile.loadDefault().matcher();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', textBlock = """
            en; South Korea's AI Basic Act takes effect, first in Asia; South Korea's Framework Act on Artificial Intelligence took effect on Thursday, making it the first comprehensive AI law in Asia. | Officials said it was modelled partly on the EU's AI Act but imposes lighter fines.;
            en; TSMC halts some shipments after earthquake in Taiwan; TSMC said it stopped shipping some chips for two days after an earthquake struck eastern Taiwan. | Most fabs recovered within 10 hours.;
            ja; 物流の最適化にＡＩ活用　大手運送会社; 大手運送会社は、配送ルートの最適化に生成ＡＩを活用すると発表した。計算時間を短縮し、燃料費を抑える。;
            zh; 某科技公司上线自研大模型; 某科技公司今日宣布上线自研大模型，并接入旗下多款应用。 | 公司表示，该模型在多项评测中表现优异。;
            en; Google adds Gemini 2.5 to Vertex AI; Google Cloud customers can now use Gemini 2.5 Pro through Vertex AI, with managed deployment. | Google said the model is its most capable yet.;
            ja; ディープシー探査、新たな生物を発見; 海洋研究開発機構は、水深8000メートルのディープシー（深海）で新種の魚を発見したと発表した。 | 探査にはＡＩを使った画像解析も活用した。;
            en; Japan's chip exports rise 12% on AI demand; Japan's exports of chipmaking equipment rose 12% in October, driven by demand for AI servers. | Shipments to China fell slightly.;
            en; Whisky makers fear tariffs as distillation costs rise; Scotch whisky distillers warned that US tariffs and energy costs for distillation could force job cuts.;
            ja; ＥＵ、アップルに制裁金　デジタル市場法違反; 欧州委員会は、米アップルがデジタル市場法に違反したとして5億ユーロの制裁金を科した。;
            ja; 半導体を特定重要物資に指定　経済安全保障推進法で政府; 政府は経済安全保障推進法に基づき、半導体や蓄電池を特定重要物資に指定した。供給網の調査を進める。;
            en; Microsoft to expand Azure data centers in Japan; Microsoft said it would invest $2.9 billion to expand its Azure cloud and AI infrastructure in Japan, offering customers more capacity.;
            en; Texas governor signs AI governance act; Texas Governor Greg Abbott signed the Texas Responsible AI Governance Act. | Critics said it was weaker than the EU's AI Act.;
            ja; 政府、ＡＩで行政手続きを効率化; 政府はＡＩを活用して行政手続きを効率化する。審査の計算処理を最適化し、期間を半分にする。;
            zh; 韩国暂停DeepSeek新用户下载; 韩国个人信息保护委员会表示，DeepSeek应用已下架，暂停新用户下载。 | 该委员会称，DeepSeek承认未充分考虑韩国法规。; DeepSeek
            en; Anthropic sues former engineer over stolen model weights; Anthropic sued a former engineer, alleging he copied Claude model weights and other trade secrets before joining a rival AI start-up.; Model distillation and AI IP misuse
            """)
    void taggedOnlyWithWhatItIsAbout(String lang, String title, String body, String expected) {
        Article article = new Article(null, "https://news.example/" + Math.abs(title.hashCode()), null, title,
                body.replace(" | ", "\n\n"), null, null, null, lang, "Example", "example", null, false, true, null, null);
        List<String> themes = expected == null ? List.of() : Arrays.asList(expected.split(","));
        assertThat(MATCHER.match(article)).isEqualTo(themes);
    }
}
