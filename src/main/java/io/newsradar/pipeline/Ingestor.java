package io.newsradar.pipeline;

import io.newsradar.extract.ArticleExtractor;
import io.newsradar.extract.ExtractionException;
import io.newsradar.index.ArticleAnalysis;
import io.newsradar.index.ArticleStore;
import io.newsradar.model.Article;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import io.newsradar.themes.ThemeMatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The one path by which an article enters the index: extract (for pages), tag with the themes it is about,
 * and upsert under its canonical URL. Used by {@code crawl}, {@code ingest}, {@code reindex} and the demo.
 * Safe for use by several threads at once. Nothing is committed here; the caller commits at the end of a run
 * (and the store's last commit point survives a crash).
 */
public final class Ingestor implements PageSink {
    private final ArticleExtractor extractor;
    private final ThemeMatcher matcher;
    private final ArticleStore store;
    private final Clock clock;
    private final HintsByHost hints;
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    public Ingestor(ArticleExtractor extractor, ThemeMatcher matcher, ArticleStore store, Clock clock) {
        this(extractor, matcher, store, clock, new HintsByHost());
    }

    /** @param hints the extraction hints of the configured sources, by the host of the page */
    public Ingestor(ArticleExtractor extractor, ThemeMatcher matcher, ArticleStore store, Clock clock, HintsByHost hints) {
        this.hints = hints;
        this.extractor = extractor;
        this.matcher = matcher;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<Failure> accept(Page page) {
        return accept(page, a -> clock.instant());
    }

    /**
     * Extracts, tags and stores one page with a chosen first-seen time ({@code reindex} keeps the times of the
     * old index, or uses the WARC date).
     *
     * @param seenAt given the extracted article, the instant (UTC) to store as first-seen when the article is new
     * @return empty when stored or skipped, else the failure
     */
    public Optional<Failure> accept(Page page, Function<Article, Instant> seenAt) {
        Article article;
        try {
            article = extractor.extract(zoned(page), hints.forUrl(page.url()));
        } catch (ExtractionException e) {
            return Optional.of(new Failure(page.url(), Failure.Stage.EXTRACT, e.getMessage()));
        } catch (RuntimeException e) {
            return Optional.of(new Failure(page.url(), Failure.Stage.EXTRACT, "extractor failed: " + e));
        }
        if (!article.indexable() || article.body().isBlank()) {
            skipped.incrementAndGet();
            return Optional.empty();
        }
        return store(article, seenAt.apply(article));
    }

    /** @return {@code page} with the zone of its source when it came without one (replayed from the archive) */
    private Page zoned(Page page) {
        if (page.siteZone() != null) return page;
        String zone = hints.zoneForUrl(page.url());
        return zone == null ? page : new Page(page.url(), page.content(), page.contentType(), page.fetchedAt(), zone);
    }

    /**
     * Tags and stores an already-extracted article (JSONL input).
     *
     * @return empty when stored, else the failure (index write error)
     */
    public Optional<Failure> store(Article article) {
        return store(article, clock.instant());
    }

    /**
     * Tags and stores an article with a chosen first-seen time.
     *
     * @param seenAt first-seen instant (UTC) when the article is new; an already stored article keeps its own
     * @return empty when stored, else the failure (index write error)
     */
    public Optional<Failure> store(Article article, Instant seenAt) {
        ArticleAnalysis analysis = ArticleAnalysis.of(article);   // analysed once: tagging and the index share it
        List<String> themes = matcher.match(analysis);
        try {
            boolean isNew = store.upsert(analysis, themes, seenAt);
            (isNew ? added : updated).incrementAndGet();
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of(new Failure(article.canonicalUrl(), Failure.Stage.INDEX, "cannot write index: " + e.getMessage()));
        }
    }

    /** Commits the store: every page accepted before this call is durable when it returns. */
    @Override
    public void checkpoint() throws IOException {
        store.commit();
    }

    /** @return false: stored articles are durable only once the store is committed ({@link #checkpoint()}) */
    @Override
    public boolean durableOnAccept() {
        return false;
    }

    /** @return articles added as new since this ingestor was made */
    public long added() {
        return added.get();
    }

    /** @return articles that replaced a stored one with the same canonical URL */
    public long updated() {
        return updated.get();
    }

    /** @return pages skipped as noindex or without article text */
    public long skipped() {
        return skipped.get();
    }
}
