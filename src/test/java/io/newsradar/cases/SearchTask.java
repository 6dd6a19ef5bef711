package io.newsradar.cases;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.model.Hit;
import io.newsradar.query.LuceneArticleSearcher;
import io.newsradar.query.SearchRequest;
import io.newsradar.query.SearchResult;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * {@code search}: index {@code docs_file} as given (no extraction) in a real on-disk index, then run each query
 * through the product's searcher as the CLI does, and check {@code must_find}, {@code must_not_find} and
 * {@code top1} by document id.
 */
final class SearchTask implements CaseTask {
    @Override
    public void run(CaseContext ctx) throws Exception {
        CaseCheck check = ctx.check();
        try (LuceneArticleStore store = LuceneArticleStore.open(ctx.dataDir())) {
            for (Article a : DocsFile.read(check)) store.upsert(a, List.of(), Instant.now());
            store.commit();
        }
        SoftAssertions soft = new SoftAssertions();
        try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(ctx.dataDir())) {
            for (JsonNode q : check.expect().path("queries")) {
                String query = q.path("q").asString();
                SearchResult r = searcher.search(new SearchRequest(query, List.of(), null, null, null, null,
                        SearchRequest.Sort.RELEVANCE, 100, List.of()));
                List<String> ids = r.hits().stream().map(Hit::id).toList();
                List<String> find = CaseCheck.strings(q.path("must_find"));
                List<String> notFind = CaseCheck.strings(q.path("must_not_find"));
                if (!find.isEmpty()) soft.assertThat(ids).as("query %s must find", query).containsAll(find);
                if (!notFind.isEmpty()) soft.assertThat(ids).as("query %s must not find", query).doesNotContainAnyElementsOf(notFind);
                if (q.hasNonNull("top1")) {
                    soft.assertThat(ids).as("query %s top hit", query).isNotEmpty();
                    if (!ids.isEmpty()) soft.assertThat(ids.get(0)).as("query %s top hit", query).isEqualTo(q.get("top1").asString());
                }
            }
        }
        soft.assertAll();
    }
}
