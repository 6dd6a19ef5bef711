package io.newsradar.cases;

import io.newsradar.config.ExtractSettings;
import io.newsradar.extract.ArticleExtractor;
import io.newsradar.extract.ExtractionException;
import io.newsradar.fetch.FetchFailure;
import io.newsradar.fetch.FetchOutcome;
import io.newsradar.fetch.FetchResult;
import io.newsradar.model.Article;
import io.newsradar.model.Page;
import org.assertj.core.api.SoftAssertions;

/**
 * {@code extract_article}: fetch {@code target_url} through the product's fetcher (no robots check), extract
 * with the real extractor (fetch time = {@code crawl_time}, site zone = {@code site_timezone}), check the
 * article keys.
 */
final class ExtractArticleTask implements CaseTask {
    @Override
    public void run(CaseContext ctx) {
        ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
        CaseCheck check = ctx.check();
        FetchOutcome out = ctx.fetcher().fetch(check.givenText("target_url"));
        if (out instanceof FetchFailure f) throw new AssertionError("fetch failed: " + f.reason());
        FetchResult r = (FetchResult) out;
        Article article;
        try {
            article = extractor.extract(new Page(r.finalUrl(), r.body(), r.contentType(),
                    ctx.crawlTime() == null ? r.fetchedAt() : ctx.crawlTime(), ctx.siteZone()));
        } catch (ExtractionException e) {
            article = null;
        }
        SoftAssertions soft = new SoftAssertions();
        ArticleExpect.check(soft, check.expect(), article, article != null && article.indexable(), ctx.siteZone(), "");
        soft.assertAll();
    }
}
