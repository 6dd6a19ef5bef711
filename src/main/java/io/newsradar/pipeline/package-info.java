/**
 * Orchestration of the stages above: one crawl pass ({@link io.newsradar.pipeline.Crawler}: sources, robots,
 * fetch, WARC archive), local ingest of files, WARC and JSONL ({@link io.newsradar.pipeline.FileIngest}), and the
 * one path by which an article enters the index ({@link io.newsradar.pipeline.Ingestor}: extract, tag with
 * themes, upsert). {@link io.newsradar.pipeline.Workspace} opens a data directory.
 *
 * <p>Failures are collected as {@code model.Failure} values and reported, never thrown for bad input. Must not
 * parse HTML or feeds itself, nor format output for a terminal.
 */
package io.newsradar.pipeline;
