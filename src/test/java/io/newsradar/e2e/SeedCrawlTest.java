package io.newsradar.e2e;

import io.newsradar.index.ArticleStore;
import io.newsradar.model.Article;
import io.newsradar.pipeline.Workspace;
import io.newsradar.support.CliRun;
import io.newsradar.support.ExtractScore;
import io.newsradar.support.LoopbackServer;
import io.newsradar.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's model input end to end: the JETRO brief on a news portal, served on loopback and linked from an
 * RSS feed, is crawled through the CLI; what is stored, found and tagged is checked against {@code truth.json}.
 */
class SeedCrawlTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARTICLE_PATH = "/article/jetro/20250131jetro0131a/";

    @TempDir
    Path data;

    @Test
    void crawlsTheSeedFromAFeedAndMatchesTruth() throws Exception {
        Path seed = SharedData.require("corpus/seed");
        JsonNode truth = JSON.readTree(seed.resolve("truth.json").toFile());
        try (LoopbackServer web = new LoopbackServer()) {
            String feed = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>みらいニュース 国際</title><link>%1$s/</link>
                    <description>test feed</description>
                    <item><title>%2$s</title><link>%1$s%3$s</link>
                    <pubDate>Fri, 31 Jan 2025 07:00:00 GMT</pubDate></item>
                    </channel></rss>
                    """.formatted(web.base(), truth.get("title").asString(), ARTICLE_PATH);
            web.route("/robots.txt", 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8))
                    .route("/feed.xml", 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8))
                    .route(ARTICLE_PATH, 200, "text/html; charset=UTF-8", Files.readAllBytes(seed.resolve("jetro-deepseek.html")));

            CliRun first = CliRun.of("--data", data.toString(), "crawl", "--feed", web.base() + "/feed.xml",
                    "--allow-private", "--delay", "0", "--json");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(web.hits(ARTICLE_PATH)).isEqualTo(1);

            Article stored = storedArticles().get(0);
            assertThat(storedArticles()).hasSize(1);
            assertThat(stored.canonicalUrl()).isEqualTo(truth.get("url").asString());
            assertThat(stored.title()).isEqualTo(truth.get("title").asString());
            assertThat(stored.published()).isEqualTo(OffsetDateTime.parse(truth.get("published").asString()));
            assertThat(stored.source()).isEqualTo(truth.get("source").asString());
            assertThat(stored.lang()).isEqualTo("ja");
            double f1 = ExtractScore.f1(
                    ExtractScore.oneLine(data.resolve("truth.jsonl"), "seed", truth.get("body").asString()),
                    ExtractScore.oneLine(data.resolve("pred.jsonl"), "seed", stored.body()));
            assertThat(f1).as("body F1 against truth.json").isGreaterThanOrEqualTo(0.95);

            assertThat(searchUrls("輸出規制")).containsExactly(truth.get("url").asString());
            assertThat(searchUrls("--theme", "Semiconductor export controls")).containsExactly(truth.get("url").asString());

            List<String> labels = new ArrayList<>();
            truth.get("labels").forEach(l -> labels.add(l.asString()));
            assertThat(storedThemes()).containsExactlyInAnyOrderElementsOf(labels);

            CliRun second = CliRun.of("--data", data.toString(), "crawl", "--feed", web.base() + "/feed.xml",
                    "--allow-private", "--delay", "0", "--json");
            assertThat(second.exit()).as(second.err()).isZero();
            JsonNode summary = JSON.readTree(second.out().lines().reduce((a, b) -> b).orElseThrow());
            assertThat(summary.get("added").asLong()).as("second crawl adds nothing").isZero();
            assertThat(web.hits(ARTICLE_PATH)).as("the article is not fetched again").isEqualTo(1);
            assertThat(storedArticles()).hasSize(1);
        }
    }

    private List<String> searchUrls(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("--data", data.toString(), "search", "--json"));
        cmd.addAll(List.of(args));
        CliRun run = CliRun.of(cmd.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> urls = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("url")) urls.add(n.get("url").asString());
        }
        return urls;
    }

    private List<Article> storedArticles() throws Exception {
        List<Article> all = new ArrayList<>();
        try (Workspace ws = Workspace.open(data, Clock.systemUTC())) {
            ws.store().forEach(s -> all.add(s.article()));
        }
        return all;
    }

    private List<String> storedThemes() throws Exception {
        List<String> themes = new ArrayList<>();
        try (Workspace ws = Workspace.open(data, Clock.systemUTC())) {
            ws.store().forEach((ArticleStore.StoredArticle s) -> themes.addAll(s.themes()));
        }
        return themes;
    }
}
