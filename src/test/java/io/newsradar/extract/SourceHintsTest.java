package io.newsradar.extract;

import io.newsradar.config.ExtractSettings;
import io.newsradar.model.Article;
import io.newsradar.model.ExtractHints;
import io.newsradar.model.Page;
import io.newsradar.support.GazettePage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page laid out so that the generic heuristics go wrong: the site name is the only {@code h1}, the headline is a
 * styled paragraph, the article is three short paragraphs while reader comments below it hold more prose, and the
 * date sits in the footer. (Measured: without hints the title is the site name, the body keeps one paragraph of
 * three, and no date is found.) The outlet's hints in the sources file put each right.
 */
class SourceHintsTest {
    private static final String STORY = GazettePage.STORY;
    private static final String[] PARAGRAPHS = GazettePage.PARAGRAPHS;

    private static Page page() {
        return new Page("https://gazette.example/news/bridge", GazettePage.html().getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", Instant.parse("2025-02-01T00:00:00Z"), "Asia/Tokyo");
    }

    private static final ExtractHints HINTS = new ExtractHints(List.of(), "div.story-body", List.of(".share-row", ".reader-talk"),
            "p.kicker-headline", "footer .stamp");

    @Test
    void withoutHintsTheHeuristicsMissTheHeadlineTheBodyAndTheDate() throws Exception {
        Article a = new ArticleExtractor(ExtractSettings.defaults()).extract(page());
        assertThat(a.title()).isNotEqualTo(STORY);
        assertThat(a.body()).as("the heuristics keep one short paragraph of three").isEqualTo(PARAGRAPHS[0]);
        assertThat(a.published()).isNull();
    }

    @Test
    void theSourcesHintsGiveTheHeadlineTheBodyAloneAndTheDate() throws Exception {
        Article a = new ArticleExtractor(ExtractSettings.defaults()).extract(page(), HINTS);
        assertThat(a.title()).isEqualTo(STORY);
        assertThat(a.body()).isEqualTo(String.join("\n\n", PARAGRAPHS));
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-01-31T10:30+09:00"));
        assertThat(a.dateSource()).isEqualTo("hint");
    }

    @Test
    void aHintThatMatchesNothingLeavesTheHeuristicsInCharge() throws Exception {
        ExtractHints stale = new ExtractHints(List.of(), "div.old-layout-body", List.of(), "h2.old-title", "span.old-date");
        ArticleExtractor x = new ArticleExtractor(ExtractSettings.defaults());
        assertThat(x.extract(page(), stale)).isEqualTo(x.extract(page()));
    }
}
