package io.newsradar.sources;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article candidates of a section front page. */
class SeedLinksTest {
    static final String PAGE = """
            <html><head><base href="https://www.example.com/world/"></head><body>
            <nav><a href="/">Home</a> <a href="/world/">World</a> <a href="#top">Top</a></nav>
            <a href="2025/01/31/chips.html#comments">Chip export rules tighten</a>
            <a href="https://example.com/world/2025/01/30/port.html">Port strike</a>
            <a href="/world/2025/01/31/chips.html">Chip export rules (again)</a>
            <a href="/video/2025/01/31/clip.html">Video</a>
            <a href="https://other.example.org/world/2025/01/29/x.html">Elsewhere</a>
            <a href="/world/2025/01/28/sponsored.html" rel="sponsored nofollow">Ad</a>
            <a href="mailto:desk@example.com">Mail</a> <a href="javascript:void(0)">Menu</a>
            </body></html>
            """;

    private static SeedLinks.Found links(LinkRules rules) throws SourceException {
        return SeedLinks.parse(PAGE.getBytes(StandardCharsets.UTF_8), "https://www.example.com/world/", "text/html; charset=utf-8", rules);
    }

    @Test
    void sameSiteLinksResolvedWithoutFragmentsOnceEach() throws Exception {
        assertThat(links(LinkRules.ANY).sections()).isEmpty();
        assertThat(links(LinkRules.ANY).articles()).containsExactly(
                "https://www.example.com/",
                "https://www.example.com/world/2025/01/31/chips.html",
                "https://example.com/world/2025/01/30/port.html",
                "https://www.example.com/video/2025/01/31/clip.html");
    }

    @Test
    void includeAndExcludePatternsPickTheArticles() throws Exception {
        LinkRules rules = new LinkRules(List.of("/\\d{4}/\\d{2}/\\d{2}/"), List.of("/video/"));
        assertThat(links(rules).articles()).containsExactly(
                "https://www.example.com/world/2025/01/31/chips.html",
                "https://example.com/world/2025/01/30/port.html");
        assertThat(links(rules).sections()).containsExactly("https://www.example.com/");
    }
}
