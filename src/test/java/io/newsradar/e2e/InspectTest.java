package io.newsradar.e2e;

import io.newsradar.support.CliRun;
import io.newsradar.support.NewsSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsradar inspect} over a loopback news site: robots decision and rule, kind, what it parses to. */
class InspectTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    Path data;
    NewsSite site;

    @BeforeEach
    void start() throws Exception {
        site = new NewsSite(3);
        site.server().route("/robots.txt", 200, "text/plain", site.robots("Crawl-delay: 2"));
        site.server().route("/report.pdf", 200, "application/pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private JsonNode inspect(int exit, String url) {
        CliRun r = CliRun.of("--data", data.toString(), "inspect", "--allow-private", "--json", url);
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(exit);
        return JSON.readTree(r.out());
    }

    @Test
    void aFeedListsItsItems() {
        JsonNode n = inspect(0, site.feedUrl() + "?utm_source=x");
        assertThat(n.get("normalized_url").asString()).isEqualTo(site.feedUrl());
        assertThat(n.get("robots").get("allowed").asBoolean()).isTrue();
        assertThat(n.get("robots").get("robots_url").asString()).isEqualTo(site.base() + "/robots.txt");
        assertThat(n.get("robots").get("rule").isNull()).isTrue();
        assertThat(n.get("robots").get("crawl_delay_ms").asLong()).isEqualTo(2000);
        assertThat(n.get("robots").get("sitemaps").get(0).asString()).isEqualTo(site.base() + "/sitemap.xml");
        assertThat(n.get("kind").asString()).isEqualTo("feed");
        assertThat(n.get("feed").get("format").asString()).isEqualTo("rss_2.0");
        assertThat(n.get("feed").get("items")).hasSize(3);
        assertThat(n.get("feed").get("items").get(1).get("link").asString()).isEqualTo(site.articleUrl(2));
        assertThat(n.get("feed").get("items").get(1).get("title").asString()).isEqualTo(NewsSite.title(2));
        assertThat(n.get("unseen").asInt()).isEqualTo(3);

        assertThat(CliRun.of("--data", data.toString(), "crawl", "--url", site.articleUrl(2), "--allow-private",
                "--delay", "0").exit()).isZero();
        assertThat(inspect(0, site.feedUrl()).get("unseen").asInt()).as("what a crawl would fetch now").isEqualTo(2);
    }

    @Test
    void aSitemapListsItsEntries() {
        JsonNode n = inspect(0, site.base() + "/sitemap.xml");
        assertThat(n.get("kind").asString()).isEqualTo("sitemap");
        assertThat(n.get("sitemap").get("entries")).hasSize(3);
        assertThat(n.get("sitemap").get("entries").get(0).get("url").asString()).isEqualTo(site.articleUrl(1));
    }

    @Test
    void anArticleShowsTheExtractedFieldsAndWhetherACrawlSawIt() {
        JsonNode n = inspect(0, site.articleUrl(2));
        assertThat(n.get("kind").asString()).isEqualTo("article");
        assertThat(n.get("seen").asBoolean()).isFalse();
        assertThat(n.get("article").get("title").asString()).isEqualTo(NewsSite.title(2));
        assertThat(n.get("article").get("published").asString()).isEqualTo("2025-01-31T02:00Z");
        assertThat(n.get("article").get("body").asString()).contains("supply chains");

        assertThat(CliRun.of("--data", data.toString(), "crawl", "--url", site.articleUrl(2), "--allow-private",
                "--delay", "0").exit()).isZero();
        assertThat(inspect(0, site.articleUrl(2)).get("seen").asBoolean()).isTrue();
    }

    @Test
    void aDisallowedUrlNamesTheRuleAndIsNotFetched() {
        JsonNode n = inspect(0, site.base() + "/private/secret.html");
        assertThat(n.get("robots").get("allowed").asBoolean()).isFalse();
        assertThat(n.get("robots").get("rule").asString()).isEqualTo("Disallow: /private/");
        assertThat(n.get("robots").get("agent").asString()).isEqualTo("newsradar");
        assertThat(n.get("status").isNull()).isTrue();
        assertThat(site.server().hits("/private/secret.html")).isZero();

        JsonNode allowed = inspect(3, site.base() + "/private/ok.html"); // longer Allow wins; then a 404
        assertThat(allowed.get("robots").get("rule").asString()).isEqualTo("Allow: /private/ok.html");
        assertThat(allowed.get("status").asInt()).isEqualTo(404);
        assertThat(allowed.get("problem").asString()).contains("HTTP 404");
    }

    @Test
    void otherResourcesAndRefusedAddressesAreExplained() {
        JsonNode pdf = inspect(3, site.base() + "/report.pdf");
        assertThat(pdf.get("kind").asString()).isEqualTo("other");
        assertThat(pdf.get("problem").asString()).contains("application/pdf");

        CliRun refused = CliRun.of("--data", data.toString(), "inspect", site.feedUrl());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.out()).contains("problem:      not fetched: robots.txt unreachable");
    }

    @Test
    void textOutputHasOneLabelledLinePerStep() {
        CliRun r = CliRun.of("--data", data.toString(), "inspect", "--allow-private", site.base() + "/private/secret.html");
        assertThat(r.out()).contains("robots:       DISALLOWED for agent 'newsradar' by " + site.base() + "/robots.txt")
                .contains("robots rule:  Disallow: /private/");
    }
}
