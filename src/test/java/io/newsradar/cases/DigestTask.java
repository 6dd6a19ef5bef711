package io.newsradar.cases;

import io.newsradar.digest.Digest;
import io.newsradar.digest.DigestBuilder;
import io.newsradar.digest.DigestWindow;
import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.query.LuceneArticleSearcher;
import io.newsradar.themes.ThemeMatcher;
import io.newsradar.themes.ThemeSet;
import io.newsradar.themes.ThemesFile;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code digest}: index {@code docs_file} (each document seen when it was published, as a crawler polling the
 * source would have), tag it with a one-theme file whose query is {@code given.theme}, build the digest at
 * {@code run_at} in {@code timezone} for {@code window}, and check the window and the ids it includes.
 */
final class DigestTask implements CaseTask {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void run(CaseContext ctx) throws Exception {
        CaseCheck check = ctx.check();
        String yaml = JSON.writeValueAsString(Map.of("themes", List.of(Map.of("name", "case theme",
                "query", check.givenText("theme")))));
        ThemeSet themes = ThemesFile.parse(yaml, check.caseName() + "/theme");
        ThemeMatcher matcher = themes.matcher();
        try (LuceneArticleStore store = LuceneArticleStore.open(ctx.dataDir())) {
            for (Article a : DocsFile.read(check)) {
                Instant seen = a.published() == null ? Instant.EPOCH : a.published().toInstant();
                store.upsert(a, matcher.match(a), seen);
            }
            store.commit();
            ZoneId zone = ZoneId.of(check.givenText("timezone"));
            Instant runAt = OffsetDateTime.parse(check.givenText("run_at")).toInstant();
            DigestWindow window = DigestWindow.parse(check.givenText("window"), runAt, zone, Optional.empty());
            Digest digest;
            try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(ctx.dataDir())) {
                digest = new DigestBuilder(searcher, themes.themes(), zone).build("case", window, runAt, 1000);
            }
            List<String> urls = digest.sections().get(0).items().stream().map(Digest.Item::url).toList();
            List<String> ids = DocsFile.read(check).stream().filter(a -> urls.contains(a.canonicalUrl())).map(Article::id).toList();
            SoftAssertions soft = new SoftAssertions();
            if (check.expect().hasNonNull("window_start")) {
                soft.assertThat(window.start()).isEqualTo(OffsetDateTime.parse(check.expect().get("window_start").asString()).toInstant());
            }
            if (check.expect().hasNonNull("window_end_exclusive")) {
                soft.assertThat(window.end()).isEqualTo(OffsetDateTime.parse(check.expect().get("window_end_exclusive").asString()).toInstant());
            }
            List<String> include = check.expectList("must_include");
            List<String> exclude = check.expectList("must_exclude");
            if (!include.isEmpty()) soft.assertThat(ids).as("digest includes").containsAll(include);
            if (!exclude.isEmpty()) soft.assertThat(ids).as("digest excludes").doesNotContainAnyElementsOf(exclude);
            soft.assertAll();
        }
    }
}
