/**
 * The read API behind {@link io.newsradar.query.ArticleSearcher}: the searcher
 * ({@link io.newsradar.query.LuceneArticleSearcher}) runs a query of newsradar's language
 * ({@link io.newsradar.index.syntax.QuerySyntax}) with filters and returns ranked hits with highlighted snippets,
 * exact totals, facets, timelines, first-seen listings, similar articles, story collapsing
 * ({@link io.newsradar.query.StoryCollapse}) and a story's members; the analytics over them: spike flags
 * ({@link io.newsradar.query.Spikes}, {@link io.newsradar.query.SpikeTimeline}), two themes on one calendar
 * ({@link io.newsradar.query.Comparison}) and significant terms and entities ({@link io.newsradar.query.SignificantTerms}; multi-word names found by
 * {@code Entities}; a digest's bounded sample through {@link io.newsradar.query.ArticleSearcher#characteristicTerms}).
 *
 * <p>Uses {@code config}, {@code model}, {@code index} (and, through the theme field, only theme names). Must not
 * write to the index, fetch, extract or format output for a terminal: callers render {@code model.Hit} and
 * {@code model.Snippet} themselves.
 */
package io.newsradar.query;
