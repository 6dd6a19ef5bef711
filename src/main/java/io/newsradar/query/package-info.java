/**
 * The read API: newsradar's query language ({@link io.newsradar.query.QuerySyntax}) compiled to Lucene queries
 * over {@code io.newsradar.index.Schema}, and the searcher ({@link io.newsradar.query.LuceneArticleSearcher}):
 * ranked hits with highlighted snippets, exact totals, facets, timelines, first-seen listings.
 *
 * <p>Uses {@code config}, {@code model}, {@code index} (and, through the theme field, only theme names). Must not
 * write to the index, fetch, extract or format output for a terminal: callers render {@code model.Hit} and
 * {@code model.Snippet} themselves.
 */
package io.newsradar.query;
