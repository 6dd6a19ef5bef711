package io.newsradar.sources;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlNormalizerTest {
    private final UrlNormalizer n = UrlNormalizer.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://News.Example.com:443/a/./b/../c.html#top              | https://news.example.com/a/c.html
            https://news.example.com/world/chip-rules?utm_source=rss&utm_medium=feed | https://news.example.com/world/chip-rules
            https://news.example.com/article?id=2041&fbclid=xyz&lang=en   | https://news.example.com/article?id=2041&lang=en
            https://news.example.com/a?gclid=1                            | https://news.example.com/a
            http://news.example.com:80/                                   | http://news.example.com/
            https://jp-news.example.com/tech/%E7%94%9F%E6%88%90AI-2025.html | https://jp-news.example.com/tech/%E7%94%9F%E6%88%90AI-2025.html
            """)
    void normalises(String in, String out) {
        assertThat(n.normalize(in)).contains(out);
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.com/file", "mailto:someone@example.com", "not a url", "''"})
    void rejectsWhatIsNotHttp(String in) {
        assertThat(n.normalize(in)).isEmpty();
    }
}
