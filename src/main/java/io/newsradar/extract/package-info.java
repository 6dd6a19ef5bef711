/**
 * Article extraction: raw page bytes, URL and {@code Content-Type} in, one {@link io.newsradar.model.Article} out.
 *
 * <p>Owns: charset detection and decoding ({@link io.newsradar.extract.CharsetSniffer}), boilerplate removal and
 * main-text selection ({@link io.newsradar.extract.BoilerplateCleaner}, {@link io.newsradar.extract.BlockLinearizer},
 * {@link io.newsradar.extract.ContentSelector}), title, dates, language, canonical URL, source/site/author,
 * paywall and robots flags, a source's CSS extraction hints applied around those heuristics
 * ({@link io.newsradar.extract.SourceHints}, given as {@link io.newsradar.model.ExtractHints}), and the gold-set benchmark ({@link io.newsradar.extract.ExtractionBench}).
 *
 * <p>Must not: fetch anything (parsers never fetch), touch the index, the archive or the network, keep state
 * between pages, or hold rules keyed to particular sites or benchmark pages. The entry point is
 * {@link io.newsradar.extract.ArticleExtractor}, which is immutable and safe to share between threads.
 */
package io.newsradar.extract;
