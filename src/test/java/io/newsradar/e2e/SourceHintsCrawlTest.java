package io.newsradar.e2e;

import io.newsradar.index.ArticleStore;
import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.support.CliRun;
import io.newsradar.support.GazettePage;
import io.newsradar.support.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction hints of a source in the sources file apply to its pages in {@code extract} (to try them), {@code crawl}
 * and again in {@code reindex}.
 */
class SourceHintsCrawlTest {
    @TempDir
    Path data;

    private static Article only(Path data) throws Exception {
        List<Article> all = new ArrayList<>();
        try (ArticleStore store = LuceneArticleStore.open(data)) {
            store.forEach(s -> all.add(s.article()));
        }
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void crawlAndReindexExtractTheOutletsPagesWithItsHints() throws Exception {
        try (LoopbackServer web = new LoopbackServer()) {
            String page = web.base() + "/news/bridge.html";
            web.route("/robots.txt", 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
            web.route("/feed.xml", 200, "application/rss+xml", ("<rss version=\"2.0\"><channel><title>Gazette</title><item><title>"
                    + GazettePage.STORY + "</title><link>" + page + "</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
            web.route("/news/bridge.html", 200, "text/html; charset=UTF-8", GazettePage.html().getBytes(StandardCharsets.UTF_8));
            Files.writeString(data.resolve("sources.yaml"), """
                    sources:
                      gazette:
                        feeds: [%s/feed.xml]
                        zone: Asia/Tokyo
                        extract:
                          content: div.story-body
                          remove: [.share-row, .reader-talk]
                          title: p.kicker-headline
                          date: footer .stamp
                    """.formatted(web.base()));
            CliRun shown = CliRun.of("--data", data.toString(), "extract", "--allow-private", page);
            assertThat(shown.out()).as("extract shows what a crawl will store").contains("title:         " + GazettePage.STORY)
                    .contains("(hint)");
            CliRun crawl = CliRun.of("--data", data.toString(), "crawl", "--allow-private", "--delay", "0");
            assertThat(crawl.exit()).as(crawl.err()).isZero();
            Article a = only(data);
            assertThat(a.title()).isEqualTo(GazettePage.STORY);
            assertThat(a.body()).isEqualTo(String.join("\n\n", GazettePage.PARAGRAPHS));
            assertThat(a.published()).hasToString("2025-01-31T10:30+09:00");

            CliRun re = CliRun.of("--data", data.toString(), "reindex", "--no-progress", "--warc-only");
            assertThat(re.exit()).as(re.err()).isZero();
            Article replayed = only(data);
            assertThat(replayed.title()).isEqualTo(a.title());
            assertThat(replayed.body()).isEqualTo(a.body());
            assertThat(replayed.published()).isEqualTo(a.published());

            Files.writeString(data.resolve("sources.yaml"), "sources:\n  gazette:\n    feeds: [" + web.base() + "/feed.xml]\n");
            assertThat(CliRun.of("--data", data.toString(), "reindex", "--no-progress", "--warc-only").exit()).isZero();
            assertThat(only(data).title()).as("without the hints").isNotEqualTo(GazettePage.STORY);
        }
    }
}
