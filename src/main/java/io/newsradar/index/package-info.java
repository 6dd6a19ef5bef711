/**
 * The article index on Lucene 10: the {@link io.newsradar.index.Schema} (every field name), the analyzer recipes
 * per language ({@link io.newsradar.index.Analyzers}), the document mapping
 * ({@link io.newsradar.index.ArticleDocuments}), the one-article {@code MemoryIndex} used for theme tagging
 * ({@link io.newsradar.index.ArticleMemoryIndex}), an article's text analysed once for both that and the writer
 * ({@link io.newsradar.index.ArticleAnalysis}), the writer ({@link io.newsradar.index.LuceneArticleStore}) and, at
 * write time, the grouping of near-duplicates and
 * syndicated copies into stories ({@link io.newsradar.index.StoryGrouper}, over the pure signatures of
 * {@code io.newsradar.index.dedup}).
 *
 * <p>Uses only {@code config} and {@code model}. Must not crawl, fetch, extract, parse query text or know about
 * themes beyond storing their names; reading and ranking belong to {@code io.newsradar.query}.
 */
package io.newsradar.index;
