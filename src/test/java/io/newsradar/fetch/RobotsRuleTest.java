package io.newsradar.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The deciding robots.txt rule shown by {@code inspect} agrees with crawler-commons' decision (RFC 9309 §2.2.2). */
class RobotsRuleTest {
    static final String ROBOTS = """
            User-agent: *
            Disallow: /

            User-agent: newsradar
            Disallow: /private/
            Allow: /private/ok.html
            Disallow: /*.pdf$
            Allow: /search$
            Disallow: /search
            Disallow: /tmp
            Allow: /tmp
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "/news/1.html            | true  | -",
            "/private/secret.html    | false | Disallow: /private/",
            "/private/ok.html        | true  | Allow: /private/ok.html",
            "/files/report.pdf       | false | Disallow: /*.pdf$",
            "/files/report.pdf?x=1   | true  | -",
            "/search                 | true  | Allow: /search$",
            "/search?q=ai            | false | Disallow: /search",
            "/tmp/a                  | true  | Allow: /tmp",
    })
    void decidingRule(String path, boolean allowed, String rule) {
        RobotsRules rules = RobotsRules.parse(ROBOTS.getBytes(StandardCharsets.UTF_8), "https://example.com/robots.txt",
                "text/plain", "newsradar");
        String url = "https://example.com" + path;
        assertThat(rules.isAllowed(url)).isEqualTo(allowed);
        assertThat(rules.decidingRule(url).orElse(null)).isEqualTo(rule);
    }
}
