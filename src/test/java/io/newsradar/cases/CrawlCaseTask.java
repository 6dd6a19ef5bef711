package io.newsradar.cases;

import io.newsradar.config.ExtractSettings;
import io.newsradar.extract.ArticleExtractor;
import io.newsradar.extract.ExtractionException;
import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import io.newsradar.pipeline.CrawlOutcome;
import io.newsradar.pipeline.CrawlSummary;
import io.newsradar.pipeline.Crawler;
import io.newsradar.pipeline.Ingestor;
import io.newsradar.pipeline.PageSink;
import io.newsradar.query.LuceneArticleSearcher;
import io.newsradar.query.SearchRequest;
import io.newsradar.themes.ThemesFile;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code crawl}: the product's {@link Crawler} from {@code seeds} over the case's web, handing pages to the
 * product's ingest path (the real extractor, then {@link Ingestor#store} into a real on-disk Lucene index tagged
 * with the starter themes). Checks the stored documents, outcomes per URL, completion and search hit counts.
 */
final class CrawlCaseTask implements CaseTask {
    @Override
    public void run(CaseContext ctx) throws Exception {
        CaseCheck check = ctx.check();
        JsonNode expect = check.expect();
        ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
        Map<String, Article> index = new ConcurrentHashMap<>();
        Map<String, Article> byFetchUrl = new ConcurrentHashMap<>();
        CrawlSummary summary;
        try (LuceneArticleStore store = LuceneArticleStore.open(ctx.dataDir())) {
            Ingestor ingestor = new Ingestor(extractor, ThemesFile.loadDefault().matcher(), store, Clock.systemUTC());
            PageSink sink = page -> store(extractor, ingestor, ctx, page, byFetchUrl);
            List<String> seeds = CaseCheck.strings(check.given().get("seeds"));
            if (seeds.isEmpty() && check.givenText("target_url") != null) seeds = List.of(check.givenText("target_url"));
            summary = new Crawler(ctx.settings(), ctx.dataDir(), sink).run(List.of(), List.of(), seeds);
            store.commit();
            store.forEach(s -> index.put(CaseText.urlKey(s.article().canonicalUrl()), s.article()));
        }
        SoftAssertions soft = new SoftAssertions();
        if (expect.has("documents_count")) soft.assertThat(index).as("documents_count " + index.keySet()).hasSize(expect.get("documents_count").asInt());
        for (JsonNode d : expect.path("documents")) {
            Article a = find(index, d.path("url").asString());
            soft.assertThat(a).as("document " + d.path("url").asString() + " in " + index.keySet()).isNotNull();
            if (a != null) ArticleExpect.check(soft, d, a, true, ctx.siteZone(), "document " + a.canonicalUrl() + ": ");
        }
        for (String url : check.expectList("not_indexed_urls")) {
            soft.assertThat(find(index, url)).as("not indexed: " + url).isNull();
        }
        if (expect.path("crawl_completes").asBoolean(false)) {
            soft.assertThat(summary.outcomes()).as("every seed handled").isNotEmpty();
        }
        urlOutcomes(soft, expect.get("url_outcomes"), summary, index, byFetchUrl);
        searchHitCounts(soft, expect.get("search_hit_counts"), ctx);
        soft.assertAll();
    }

    private static void searchHitCounts(SoftAssertions soft, JsonNode counts, CaseContext ctx) throws Exception {
        if (counts == null) return;
        try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(ctx.dataDir())) {
            if (counts.isObject()) { // {"query": count, ...}
                for (var e : counts.properties()) {
                    soft.assertThat(searcher.search(SearchRequest.of(e.getKey())).total()).as("search_hit_counts " + e.getKey())
                            .isEqualTo(e.getValue().asLong());
                }
                return;
            }
            for (JsonNode c : counts) { // [{"q": ..., "count": ...}, ...]
                String q = c.has("q") ? c.get("q").asString() : c.path("query").asString();
                long want = c.has("count") ? c.get("count").asLong() : c.path("hits").asLong();
                soft.assertThat(searcher.search(SearchRequest.of(q)).total()).as("search_hit_counts " + q).isEqualTo(want);
            }
        }
    }

    private static Optional<Failure> store(ArticleExtractor extractor, Ingestor ingestor, CaseContext ctx, Page page,
                                           Map<String, Article> byFetchUrl) {
        Page dated = new Page(page.url(), page.content(), page.contentType(),
                ctx.crawlTime() == null ? page.fetchedAt() : ctx.crawlTime(), ctx.siteZone());
        try {
            Article a = extractor.extract(dated);
            byFetchUrl.put(CaseText.urlKey(page.url()), a);
            if (!a.indexable()) return Optional.empty();
            return ingestor.store(a);
        } catch (ExtractionException e) {
            return Optional.of(new Failure(page.url(), Failure.Stage.EXTRACT, e.getMessage()));
        }
    }

    private static Article find(Map<String, Article> index, String url) {
        return index.get(CaseText.urlKey(url));
    }

    private static void urlOutcomes(SoftAssertions soft, JsonNode outcomes, CrawlSummary summary,
                                    Map<String, Article> index, Map<String, Article> byFetchUrl) {
        if (outcomes == null) return;
        for (JsonNode o : outcomes) {
            String url = o.path("url").asString();
            Optional<CrawlOutcome> got = summary.outcomes().stream()
                    .filter(c -> CaseText.sameUrl(c.url(), url) || CaseText.sameUrl(c.finalUrl(), url)).findFirst();
            if (o.has("indexed")) {
                soft.assertThat(find(index, url) != null || indexedVia(byFetchUrl, url))
                        .as("url_outcomes " + url + " indexed").isEqualTo(o.get("indexed").asBoolean());
            }
            if (o.has("title")) {
                Article a = Optional.ofNullable(find(index, url)).orElse(byFetchUrl.get(CaseText.urlKey(url)));
                soft.assertThat(a == null ? null : CaseText.norm(a.title())).as("url_outcomes " + url + " title")
                        .isEqualTo(CaseText.norm(o.get("title").asString()));
            }
            if (o.has("fetch_outcome_any_of")) {
                Set<String> ours = got.map(c -> synonyms(c.outcome())).orElse(Set.of("not_requested"));
                List<String> want = CaseCheck.strings(o.get("fetch_outcome_any_of"));
                soft.assertThat(want.stream().anyMatch(ours::contains))
                        .as("url_outcomes " + url + ": ours " + ours + ", want any of " + want).isTrue();
            }
        }
    }

    private static boolean indexedVia(Map<String, Article> byFetchUrl, String url) {
        Article a = byFetchUrl.get(CaseText.urlKey(url));
        return a != null && a.indexable();
    }

    /** Our outcome names and the names the cases may use for the same thing. */
    static Set<String> synonyms(String outcome) {
        return switch (outcome) {
            case "stored" -> Set.of("stored", "fetched", "ok", "indexed", "success");
            case "too_large" -> Set.of("too_large", "aborted_size_limit");
            case "robots_denied" -> Set.of("robots_denied", "disallowed", "robots_disallowed", "blocked_by_robots");
            case "connect_error", "unknown_host" -> Set.of(outcome, "connection_error", "unreachable");
            case "http_error" -> Set.of("http_error", "error");
            default -> Set.of(outcome);
        };
    }
}
