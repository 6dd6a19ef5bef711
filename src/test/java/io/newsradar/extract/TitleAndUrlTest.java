package io.newsradar.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TitleAndUrlTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ;; ", nullValues = "-", textBlock = """
            中国発AIディープシークの台頭、米中AI競争の新たな火種(米国、中国) - みらいニュース ;; みらいニュース ;; 中国発AIディープシークの台頭、米中AI競争の新たな火種(米国、中国)
            New licence rules for AI chips take effect | Harbour Business Daily ;; Harbour Business Daily ;; New licence rules for AI chips take effect
            説明会の開催について｜一般社団法人サンプル電子工業会 ;; 一般社団法人サンプル電子工業会 ;; 説明会の開催について
            Harbour Business Daily | Chips move out of China as rules tighten ;; Harbour Business Daily ;; Chips move out of China as rules tighten
            Apple unveils a new iPhone - The Verge ;; - ;; Apple unveils a new iPhone
            コロナワクチンにヤマサ醤油の技 : 経済 : ニュース ;; - ;; コロナワクチンにヤマサ醤油の技
            拿出10万元投资房产 小两口尝试以钱生钱(图)_新浪房产_新浪网 ;; - ;; 拿出10万元投资房产 小两口尝试以钱生钱(图)
            多数夫妻生活有名无实 日本无性婚姻问题严重(图)--雅虎新闻 ;; - ;; 多数夫妻生活有名无实 日本无性婚姻问题严重(图)
            Up-to-date: a plain title without a site part ;; - ;; Up-to-date: a plain title without a site part
            """)
    void stripsTheSiteName(String title, String site, String expected) {
        assertThat(TitleFinder.stripSite(title, site == null ? "" : site)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://news.example.com/a?utm_source=rss&utm_medium=feed, https://news.example.com/a",
            "https://news.example.com/a?id=3&fbclid=xyz#top, https://news.example.com/a?id=3",
            "HTTPS://News.Example.com/a?gclid=1&page=2, https://news.example.com/a?page=2",
            "https://news.example.com, https://news.example.com/"})
    void dropsTrackingParameters(String url, String expected) {
        assertThat(CanonicalUrls.clean(url)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            生成AIの普及を背景に、国内で大型データセンターの建設計画が相次いでいる。 | ja | ja
            半导体出口管制进一步收紧，多家企业表示将调整供应链。                         | ja | zh
            Several chipmakers are moving final test lines out of China, and the rules tighten. | ja | en
            台積電表示，將在日本熊本興建第二座工廠，預計明年動工。                        | zh-TW | zh
            """)
    void detectsLanguageFromText(String text, String htmlLang, String expected) {
        assertThat(LanguageGuesser.guess(text, htmlLang)).isEqualTo(expected);
    }
}
