/**
 * Archive: every HTTP exchange written as WARC/1.1 request and response records (ISO 28500:2017, via jwarc),
 * gzip per record, in size-rotated files under {@code <data>/warc}; and replay of {@code .warc}/{@code .warc.gz}
 * files (ours or others', WARC/1.0 too) into {@link io.newsradar.model.Page}s, so extraction can be rerun
 * without fetching again.
 *
 * <p>Must not: fetch, parse HTML, or decide what is an article (replay only keeps 2xx HTML responses).
 */
package io.newsradar.archive;
