package io.newsradar.themes;

import io.newsradar.index.ArticleAnalysis;
import io.newsradar.model.Article;

import java.util.List;

/**
 * Decides which themes an article is about, at ingest time, without the index (each article on its own).
 * The same definitions back-search the index through {@code ArticleSearcher} with {@code theme:}; a second
 * backend (an OpenSearch percolator) may implement this interface.
 * Implementations are safe for use by several threads at once.
 */
public interface ThemeMatcher {
    /** @return names of the matching themes, in themes-file order; empty when none */
    List<String> match(Article article);

    /**
     * {@link #match(Article)} of an article already analysed with the index analyzers (the analysis the index is
     * then written from): an implementation that tags from the analysed text may use it instead of analysing again.
     *
     * @return names of the matching themes, in themes-file order; empty when none
     */
    default List<String> match(ArticleAnalysis analysis) {
        return match(analysis.article());
    }

    /** @return the themes this matcher was built from, in file order */
    List<io.newsradar.model.Theme> themes();
}
