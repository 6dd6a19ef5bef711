/**
 * Pipeline: orchestration of the stages above it over one data directory ({@link io.newsradar.pipeline.Workspace}).
 *
 * <p>Owns: the one ingest path ({@link io.newsradar.pipeline.Ingestor}: extract, tag, upsert); file ingest;
 * the crawl pass ({@link io.newsradar.pipeline.Crawler}) and its persistent state in {@code <data>/crawl/}
 * (seen URLs, pending URLs, validators, source poll times); polling the configured sources
 * ({@link io.newsradar.pipeline.SourceCrawl}) and keeping at it ({@link io.newsradar.pipeline.Watcher}, which also
 * runs work handed to it between rounds, such as the scheduled digests, through
 * {@link io.newsradar.pipeline.Watcher.BetweenRounds} without knowing the {@code digest} package below it); the writer
 * lock of a data directory ({@link io.newsradar.pipeline.WatchLock}: one watch, or one crawl, ingest or reindex); rebuilding the index from the WARC archive
 * ({@link io.newsradar.pipeline.Reindex}, swapped in only when complete); inspecting one URL the way a crawl would
 * ({@link io.newsradar.pipeline.Inspector}).
 *
 * Failures are collected as {@code model.Failure} values and reported, never thrown for bad input.
 *
 * <p>Must not: parse bytes itself (that is {@code sources}, {@code fetch}, {@code extract}), touch Lucene beyond
 * {@code index}'s store and the index folder it swaps, print to a terminal, install signal handlers or exit the
 * process (that is {@code cli}).
 */
package io.newsradar.pipeline;
