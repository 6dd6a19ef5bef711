package io.newsradar.extract;

import io.newsradar.config.ExtractSettings;
import io.newsradar.model.Article;
import io.newsradar.model.Page;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the {@code extract_article} checks of the case folders ({@code newsradar.cases}, default
 * {@code ../shared/cases}) directly against the extractor: the response named by {@code target_url} is read from
 * its {@code body_file}/{@code body_text} with its {@code Content-Type}, and every {@code expect} key is checked.
 * (The loopback-HTTP case runner lives with the pipeline; this test isolates the extractor.)
 */
class ExtractCasesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    @TestFactory
    List<DynamicTest> extractArticleCases() throws Exception {
        Path cases = Path.of(System.getProperty("newsradar.cases", "../shared/cases"));
        Assumptions.assumeTrue(Files.isDirectory(cases), "cases folder absent at " + cases + ": skipping");
        List<DynamicTest> tests = new ArrayList<>();
        try (var dirs = Files.list(cases)) {
            for (Path dir : dirs.sorted().toList()) {
                Path expected = dir.resolve("expected.json");
                if (!Files.exists(expected)) continue;
                for (JsonNode check : JSON.readTree(Files.readString(expected)).get("checks")) {
                    if (!"extract_article".equals(check.get("given").get("task").asString())) continue;
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + ": " + check.get("name").asString(),
                            () -> run(dir, check.get("given"), check.get("expect"))));
                }
            }
        }
        Assumptions.assumeTrue(!tests.isEmpty(), "no extract_article cases: skipping");
        return tests;
    }

    private void run(Path dir, JsonNode given, JsonNode expect) throws Exception {
        String url = given.get("target_url").asString();
        JsonNode response = null;
        for (JsonNode r : given.get("responses")) if (r.get("url").asString().equals(url)) response = r;
        assertThat(response).as("response for " + url).isNotNull();
        byte[] body = response.has("body_file") ? Files.readAllBytes(dir.resolve(response.get("body_file").asString()))
                : response.get("body_text").asString().getBytes(StandardCharsets.UTF_8);
        String contentType = header(response, "content-type");
        OffsetDateTime crawl = OffsetDateTime.parse(given.get("crawl_time").asString());
        String zone = given.has("site_timezone") ? given.get("site_timezone").asString() : null;
        Article a = extractor.extract(new Page(url, body, contentType, crawl.toInstant(), zone));
        SoftAssertions soft = new SoftAssertions();
        checkFields(soft, a, expect, zone);
        soft.assertAll();
    }

    private static void checkFields(SoftAssertions soft, Article a, JsonNode e, String zone) {
        if (e.has("charset_any_of")) {
            List<String> names = new ArrayList<>();
            e.get("charset_any_of").forEach(n -> names.add(n.asString().toLowerCase(Locale.ROOT)));
            soft.assertThat(names).as("charset").contains(a.charset().toLowerCase(Locale.ROOT));
        }
        if (e.has("no_replacement_char")) soft.assertThat(a.title() + a.body()).as("U+FFFD").doesNotContain("\uFFFD");
        if (e.has("title")) soft.assertThat(a.title()).as("title").isEqualTo(e.get("title").asString());
        if (e.has("language")) soft.assertThat(a.lang()).as("language").isEqualTo(e.get("language").asString());
        if (e.has("published")) soft.assertThat(a.published()).as("published").isNotNull()
                .isAtSameInstantAs(OffsetDateTime.parse(e.get("published").asString()));
        if (e.has("published_date") && a.published() != null) {
            ZoneId z = ZoneId.of(zone == null ? "UTC" : zone);
            soft.assertThat(a.published().atZoneSameInstant(z).toLocalDate()).as("published_date")
                    .isEqualTo(LocalDate.parse(e.get("published_date").asString()));
        } else if (e.has("published_date")) {
            soft.fail("published is null, expected the date " + e.get("published_date").asString());
        }
        if (e.has("published_not_after") && a.published() != null) soft.assertThat(a.published().toInstant())
                .as("published_not_after").isBeforeOrEqualTo(OffsetDateTime.parse(e.get("published_not_after").asString()).toInstant());
        if (e.has("modified_if_reported") && a.modified() != null) soft.assertThat(a.modified()).as("modified")
                .isAtSameInstantAs(OffsetDateTime.parse(e.get("modified_if_reported").asString()));
        if (e.has("body_contains")) e.get("body_contains").forEach(s -> soft.assertThat(a.body()).as("body").contains(s.asString()));
        if (e.has("body_not_contains")) e.get("body_not_contains").forEach(s -> soft.assertThat(a.body()).as("body").doesNotContain(s.asString()));
        if (e.has("canonical_url")) soft.assertThat(a.canonicalUrl()).as("canonical_url").isEqualTo(e.get("canonical_url").asString());
        if (e.has("url")) soft.assertThat(a.canonicalUrl()).as("stored url").isEqualTo(e.get("url").asString());
        if (e.has("paywalled")) soft.assertThat(a.paywalled()).as("paywalled").isEqualTo(e.get("paywalled").asBoolean());
        if (e.has("indexed")) soft.assertThat(a.indexable()).as("indexed").isEqualTo(e.get("indexed").asBoolean());
        if (e.has("is_article")) soft.assertThat(!a.body().isBlank()).as("is_article").isEqualTo(e.get("is_article").asBoolean());
    }

    private static String header(JsonNode response, String name) {
        JsonNode headers = response.get("headers");
        if (headers == null) return null;
        for (var en : headers.properties()) {
            if (en.getKey().equalsIgnoreCase(name)) return en.getValue().asString();
        }
        return null;
    }
}
