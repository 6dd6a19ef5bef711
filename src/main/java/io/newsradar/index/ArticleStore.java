package io.newsradar.index;

import io.newsradar.model.Article;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The write side of the article index, one document per canonical URL. Kept narrow so that a second backend
 * (an OpenSearch cluster) can implement it; {@link LuceneArticleStore} is the on-disk Lucene implementation.
 * Implementations are safe for use by several threads at once.
 */
public interface ArticleStore extends Closeable {

    /**
     * Inserts the article, or replaces the stored one with the same canonical URL (never a duplicate).
     * The first-seen time of an article already stored is kept, and so is its story: an implementation that groups
     * near-duplicates ({@link StoredArticle#story()}; {@code io.newsradar.index.dedup.StorySignature} gives the
     * signature) joins a new article to the story of its most similar stored copy, else starts one under its id.
     *
     * @param article the article; its {@code canonicalUrl} is the key
     * @param themes  names of the themes it matches (may be empty)
     * @param seenAt  when it was seen now (UTC); becomes first-seen for a new article
     * @return true when the article was new, false when it replaced a stored one
     * @throws IOException when the index cannot be written (disk full, lock lost); nothing stored is lost
     */
    boolean upsert(Article article, Collection<String> themes, Instant seenAt) throws IOException;

    /**
     * {@link #upsert(Article, Collection, Instant)} of an article already analysed for tagging: an implementation
     * that indexes with the {@link Analyzers} may take the tokens from the analysis instead of analysing the text
     * again (the stored result is the same).
     *
     * @param analysis the article and its analysed text fields
     */
    default boolean upsert(ArticleAnalysis analysis, Collection<String> themes, Instant seenAt) throws IOException {
        return upsert(analysis.article(), themes, seenAt);
    }

    /** Replaces the theme tags of a stored article; no-op when the id is unknown. */
    void setThemes(String id, Collection<String> themes) throws IOException;

    /** @return the stored article by id or canonical URL */
    Optional<StoredArticle> get(String idOrUrl) throws IOException;

    /** Visits every stored article (for {@code themes apply} re-tagging), in index order. */
    void forEach(Consumer<StoredArticle> visitor) throws IOException;

    /** Makes everything written so far durable and visible to new searches. */
    void commit() throws IOException;

    /** @return the number of articles stored (after the last commit or refresh) */
    long count() throws IOException;

    /**
     * An article as stored, with what the index adds to it.
     *
     * @param story id of its story (near-duplicate group: the id of the group's earliest-first-seen member), or null
     *              when the store does not group stories (or the article was stored before it did)
     */
    record StoredArticle(Article article, java.util.List<String> themes, Instant firstSeen, String story) {
        /** A stored article without a story. */
        public StoredArticle(Article article, java.util.List<String> themes, Instant firstSeen) {
            this(article, themes, firstSeen, null);
        }
    }
}
