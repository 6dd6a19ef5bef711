package io.newsradar.cases;

import io.newsradar.fetch.FetchFailure;
import io.newsradar.fetch.FetchOutcome;
import io.newsradar.fetch.FetchResult;
import io.newsradar.sources.ParsedSitemap;
import io.newsradar.sources.SitemapParser;
import io.newsradar.sources.SourceException;
import org.assertj.core.api.SoftAssertions;

import java.util.List;

/** {@code parse_sitemap}: fetch {@code target_url}, parse it with {@link SitemapParser}, compare URL sets. */
final class ParseSitemapTask implements CaseTask {
    @Override
    public void run(CaseContext ctx) {
        CaseCheck check = ctx.check();
        FetchOutcome out = ctx.fetcher().fetch(check.givenText("target_url"));
        ParsedSitemap map = null;
        String error = null;
        if (out instanceof FetchFailure f) {
            error = f.reason();
        } else {
            FetchResult r = (FetchResult) out;
            try {
                map = new SitemapParser().parse(r.body(), r.finalUrl(), r.contentType());
            } catch (SourceException e) {
                error = e.getMessage();
            }
        }
        SoftAssertions soft = new SoftAssertions();
        if (check.expect().path("parse_ok").asBoolean(false)) soft.assertThat(map).as("parse failed: " + error).isNotNull();
        List<String> got = map == null ? List.of()
                : (map.index() ? map.sitemaps() : map.urls()).stream().map(CaseText::urlKey).toList();
        if (check.expect().has("urls")) {
            soft.assertThat(got).as("urls").containsExactlyInAnyOrderElementsOf(
                    check.expectList("urls").stream().map(CaseText::urlKey).toList());
        }
        for (String excluded : check.expectList("urls_excluded")) {
            soft.assertThat(got).as("urls_excluded").doesNotContain(CaseText.urlKey(excluded));
        }
        soft.assertAll();
    }
}
