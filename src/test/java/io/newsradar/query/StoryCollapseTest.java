package io.newsradar.query;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.model.Hit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search with {@code collapse}: one hit per story with the count of its other matches. */
class StoryCollapseTest {
    private static final String WIRE = "The Commerce Department on Monday issued its third big package of restrictions "
            + "on China's chip industry in three years, covering high-bandwidth memory, two dozen types of chipmaking "
            + "equipment and 140 Chinese organizations. Exports of HBM now need a license when destined for China. "
            + "Beijing said it firmly opposed the rules.";

    @TempDir
    static Path data;

    private static Article a(String id, String source, String title, String body) {
        return new Article(id, "https://" + source + ".example/" + id, null, title, body,
                OffsetDateTime.parse("2024-12-02T10:00:00-05:00"), "given", null, "en", source, source, null, false,
                true, null, null);
    }

    @BeforeAll
    static void index() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            Instant t = Instant.parse("2024-12-02T16:00:00Z");
            store.upsert(a("wire", "wire", "US widens chip export controls", WIRE), List.of(), t);
            store.upsert(a("copy1", "ledger", "New US chip curbs target memory",
                    WIRE.replace("Beijing said", "China's Commerce Ministry said") + " (Ledger staff)"), List.of(), t.plusSeconds(60));
            store.upsert(a("copy2", "portal", "Commerce adds 140 Chinese firms to list",
                    WIRE.replace("two dozen types", "24 kinds")), List.of(), t.plusSeconds(120));
            store.upsert(a("other", "herald", "Chip export controls: what analysts expect",
                    "Analysts expect more export controls on chips next year, and chipmakers in Japan and the "
                            + "Netherlands are preparing for rules that may reach older equipment as well."),
                    List.of(), t.plusSeconds(180));
        }
    }

    private static SearchResult search(boolean collapse) throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            return s.search(new SearchRequest("export controls OR restrictions", List.of(), null, null, null, null,
                    SearchRequest.Sort.RELEVANCE, 10, List.of(), collapse));
        }
    }

    @Test
    void copiesCollapseIntoOneHitWithTheirCount() throws IOException {
        SearchResult r = search(true);
        assertThat(r.total()).as("totals still count articles").isEqualTo(4);
        assertThat(r.hits()).hasSize(2);
        assertThat(r.stories()).isEqualTo(2);
        assertThat(r.facets()).as("the story count is not a facet unless asked for").isEmpty();
        Hit story = r.hits().stream().filter(h -> "wire".equals(h.story())).findFirst().orElseThrow();
        assertThat(story.similarCount()).isEqualTo(2);
        Hit other = r.hits().stream().filter(h -> h.id().equals("other")).findFirst().orElseThrow();
        assertThat(other.story()).isEqualTo("other");
        assertThat(other.similarCount()).isZero();
    }

    @Test
    void withoutCollapseEveryCopyIsAHitCarryingItsStory() throws IOException {
        SearchResult r = search(false);
        assertThat(r.hits()).hasSize(4).allMatch(h -> h.similarCount() == 0);
        assertThat(r.stories()).isEqualTo(-1);
        assertThat(r.hits()).filteredOn(h -> "wire".equals(h.story())).extracting(Hit::id)
                .containsExactlyInAnyOrder("wire", "copy1", "copy2");
    }

    @Test
    void aStoryListsItsMembersEarliestFirstSeenFirst() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            SearchResult r = s.story("wire", 10);
            assertThat(r.hits()).extracting(Hit::id).containsExactly("wire", "copy1", "copy2");
            assertThat(r.hits().getFirst().source()).isEqualTo("wire");
            assertThat(r.hits().getFirst().firstSeen()).isEqualTo(Instant.parse("2024-12-02T16:00:00Z"));
            assertThat(s.story("nope", 10).total()).isZero();
        }
    }

    @Test
    void storyFacetCountsCopiesPerStory() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            SearchResult r = s.search(new SearchRequest("", List.of(), null, null, null, null,
                    SearchRequest.Sort.RELEVANCE, 10, List.of("story")));
            assertThat(r.facets().get("story")).containsExactly(new SearchResult.FacetCount("wire", 3),
                    new SearchResult.FacetCount("other", 1));
        }
    }

    @Test
    void limitCountsStoriesWhenCollapsing() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            SearchResult r = s.search(SearchRequest.of("chip").withCollapse(true));
            assertThat(r.hits()).extracting(Hit::story).doesNotHaveDuplicates();
            SearchRequest one = new SearchRequest("chip", List.of(), null, null, null, null,
                    SearchRequest.Sort.DATE, 1, List.of(), true);
            assertThat(s.search(one).hits()).hasSize(1);
        }
    }
}
