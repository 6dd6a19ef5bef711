package io.newsradar.query;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.model.Hit;
import io.newsradar.model.Snippet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The searcher over a small real on-disk index. */
class LuceneArticleSearcherTest {
    @TempDir
    static Path data;

    private static Article a(String id, String lang, String title, String body, String published, String source) {
        return new Article(id, "https://news.example/" + id, null, title, body,
                published == null ? null : OffsetDateTime.parse(published), "given", null, lang, source, "site-" + lang,
                null, false, true, null, null);
    }

    @BeforeAll
    static void index() throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.upsert(a("ja1", "ja", "ディープシーク、米国市場で急速に普及",
                    "中国のＡＩ企業「ＤｅｅｐＳｅｅｋ」（ﾃﾞｨｰﾌﾟｼｰｸ）が米国市場で急速に普及している。\n\n同社はＨ８００を使った。",
                    "2025-02-01T08:30:00+09:00", "JETRO"), List.of("DeepSeek", "US-China AI competition"),
                    Instant.parse("2025-02-01T00:00:00Z"));
            store.upsert(a("en1", "en", "US tightens chip export controls",
                    "Washington tightened export controls on advanced chips. DeepSeek said its model was trained on H800 chips.",
                    "2025-01-31T10:00:00+00:00", "Reuters"), List.of("Semiconductor export controls", "DeepSeek"),
                    Instant.parse("2025-02-02T00:00:00Z"));
            store.upsert(a("zh1", "zh", "深度求索发布新模型", "中国人工智能公司深度求索发布了新模型，英伟达股价下跌。",
                    "2025-01-28T10:00:00+08:00", "Xinhua"), List.of("DeepSeek"), Instant.parse("2025-02-03T00:00:00Z"));
            store.upsert(a("en2", "en", "Potato chip maker expands", "A potato chip maker opened a new plant.",
                    "2025-01-05T12:00:00+00:00", "Reuters"), List.of(), Instant.parse("2025-02-03T00:00:00Z"));
            store.upsert(a("en3", "en", "Undated note", "No date on this chip story.", null, "Blog"), List.of(),
                    Instant.parse("2025-02-04T00:00:00Z"));
        }
    }

    private static SearchResult search(String q, SearchRequest.Sort sort, List<String> themes, Instant since,
                                       Instant until, String lang, List<String> facets) throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            return s.search(new SearchRequest(q, themes, since, until, lang, null, sort, 10, facets));
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    @Test
    void oneQueryFindsEveryLanguage() throws IOException {
        SearchResult r = search("DeepSeek OR 深度求索", null, List.of(), null, null, null, List.of());
        assertThat(ids(r)).containsExactlyInAnyOrder("ja1", "en1", "zh1");
        assertThat(r.total()).isEqualTo(3);
    }

    @Test
    void snippetHighlightsTheMatchedWordsWhateverTheirWidth() throws IOException {
        SearchResult r = search("deepseek OR h800", null, List.of(), null, null, "ja", List.of());
        Snippet s = r.hits().getFirst().snippet();
        List<String> marked = s.highlights().stream().map(h -> s.text().substring(h.start(), h.end())).toList();
        assertThat(marked).containsExactly("ＤｅｅｐＳｅｅｋ", "Ｈ８００");
        assertThat(s.text()).doesNotContain("\n");
        for (String m : marked) {
            String folded = Normalizer.normalize(m, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            assertThat(folded).isIn("deepseek", "h800");
        }
    }

    @Test
    void snippetOfAPhraseMarksOnlyThePhrase() throws IOException {
        SearchResult r = search("\"export controls\"", null, List.of(), null, null, null, List.of());
        Snippet s = r.hits().getFirst().snippet();
        assertThat(s.render("[", "]")).contains("[export controls]").doesNotContain("[chips]");
    }

    @Test
    void filtersCombine() throws IOException {
        assertThat(ids(search("chip*", null, List.of(), null, null, null, List.of())))
                .containsExactlyInAnyOrder("en1", "en2", "en3");
        assertThat(ids(search("chips", null, List.of("DeepSeek"), null, null, null, List.of()))).containsExactly("en1");
        assertThat(ids(search("", null, List.of("DeepSeek"), Instant.parse("2025-01-30T00:00:00Z"), null, null,
                List.of()))).containsExactlyInAnyOrder("ja1", "en1");
        assertThat(ids(search("", null, List.of(), null, Instant.parse("2025-01-30T00:00:00Z"), "en", List.of())))
                .containsExactly("en2");
        assertThat(ids(search("theme:DeepSeek source:Reuters", null, List.of(), null, null, null, List.of())))
                .containsExactly("en1");
    }

    @Test
    void dateSortIsNewestFirstWithUndatedLast() throws IOException {
        SearchResult r = search("", SearchRequest.Sort.DATE, List.of(), null, null, null, List.of());
        assertThat(ids(r)).containsExactly("ja1", "en1", "zh1", "en2", "en3");
        assertThat(r.hits().getFirst().score()).isNaN();
        assertThat(r.hits().getFirst().published()).isEqualTo(OffsetDateTime.parse("2025-02-01T08:30:00+09:00"));
    }

    @Test
    void facetsCountEveryMatchAndSumToTheTotal() throws IOException {
        SearchResult r = search("", null, List.of(), null, null, null, List.of("lang", "source", "theme", "day"));
        assertThat(r.total()).isEqualTo(5);
        assertThat(r.facets().get("lang")).containsExactly(new SearchResult.FacetCount("en", 3),
                new SearchResult.FacetCount("ja", 1), new SearchResult.FacetCount("zh", 1));
        assertThat(r.facets().get("source").stream().mapToLong(SearchResult.FacetCount::count).sum()).isEqualTo(5);
        assertThat(r.facets().get("theme").getFirst()).isEqualTo(new SearchResult.FacetCount("DeepSeek", 3));
        // the day as printed by the publisher: ja1 is 2025-02-01 in Tokyo although 2025-01-31 in UTC
        assertThat(r.facets().get("day")).extracting(SearchResult.FacetCount::value)
                .containsExactlyInAnyOrder("2025-02-01", "2025-01-31", "2025-01-28", "2025-01-05");
    }

    @Test
    void timelineIsZeroFilledAndCutInTheRequestedZone() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            SearchRequest deepseek = new SearchRequest("", List.of("DeepSeek"), null, null, null, null, null, 10, List.of());
            var utc = s.timeline(deepseek, ArticleSearcher.Bucket.DAY, ZoneOffset.UTC);
            assertThat(utc).extracting(ArticleSearcher.TimelineBucket::label)
                    .containsExactly("2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31");
            assertThat(utc).extracting(ArticleSearcher.TimelineBucket::count).containsExactly(1L, 0L, 0L, 2L);
            var tokyo = s.timeline(deepseek, ArticleSearcher.Bucket.DAY, ZoneId.of("Asia/Tokyo"));
            assertThat(tokyo).extracting(ArticleSearcher.TimelineBucket::count).containsExactly(1L, 0L, 0L, 1L, 1L);
            assertThat(tokyo.getFirst().start()).isEqualTo(Instant.parse("2025-01-27T15:00:00Z"));
            var weeks = s.timeline(new SearchRequest("", List.of(), Instant.parse("2024-12-30T00:00:00Z"),
                    Instant.parse("2025-02-10T00:00:00Z"), null, null, null, 10, List.of()), ArticleSearcher.Bucket.WEEK,
                    ZoneOffset.UTC);
            assertThat(weeks).extracting(ArticleSearcher.TimelineBucket::label).containsExactly(
                    "2024-12-30", "2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03");
            assertThat(weeks).extracting(ArticleSearcher.TimelineBucket::count).containsExactly(1L, 0L, 0L, 0L, 3L, 0L);
            var months = s.timeline(SearchRequest.of(""), ArticleSearcher.Bucket.MONTH, ZoneOffset.UTC);
            assertThat(months).extracting(ArticleSearcher.TimelineBucket::label).containsExactly("2025-01");
            assertThat(months.getFirst().count()).isEqualTo(4);
        }
    }

    @Test
    void firstSeenListsWhatIsNewInTheWindowNewestFirst() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            SearchResult r = s.firstSeen("DeepSeek", Instant.parse("2025-02-02T00:00:00Z"),
                    Instant.parse("2025-02-04T00:00:00Z"), 10);
            assertThat(ids(r)).containsExactly("zh1", "en1");
            assertThat(r.hits().getFirst().firstSeen()).isEqualTo(Instant.parse("2025-02-03T00:00:00Z"));
        }
    }

    @Test
    void similarFindsArticlesSharingCharacteristicTermsInTheSameLanguage() throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            SearchResult r = s.similar("en1", 5);
            assertThat(ids(r)).doesNotContain("en1").contains("en2");
            assertThat(s.similar("no-such-article", 5).total()).isZero();
        }
    }

    @Test
    void badQueriesAndAnAbsentIndexAreHandled(@TempDir Path empty) throws IOException {
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            assertThatThrownBy(() -> s.search(SearchRequest.of("*chip"))).isInstanceOf(QueryException.class);
        }
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(empty)) {
            assertThat(s.search(SearchRequest.of("anything")).total()).isZero();
        }
    }
}
