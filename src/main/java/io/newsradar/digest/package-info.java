/**
 * The digest: per theme, the articles first seen in a window with their trend
 * ({@link io.newsradar.digest.DigestBuilder}, {@link io.newsradar.digest.Trend}), grouped into stories under their
 * first-seen copy with "also in" ({@link io.newsradar.digest.StoryGroups}) and ranked by
 * {@link io.newsradar.digest.Importance}; a header with the theme versions and the sources polled in the window
 * ({@link io.newsradar.digest.CrawlStatus}); the window rules ({@link io.newsradar.digest.DigestWindow}), the cron
 * schedule with one catch-up run ({@link io.newsradar.digest.DigestSchedule}), the renderers of each format
 * (Markdown and HTML through mustache templates in {@code src/main/resources/digest/}, with PNG timeline charts
 * drawn by Java2D, JSON through Jackson, Atom through StAX), delivery ({@link io.newsradar.digest.DigestOutput}:
 * file, stream, SMTP, webhook) and the state of what was delivered ({@link io.newsradar.digest.DigestState},
 * written only after every output accepted the digest; a digest partly delivered to several outputs kept as a
 * {@link io.newsradar.digest.PendingDelivery}), tied together by {@link io.newsradar.digest.DigestRunner};
 * {@link io.newsradar.digest.DigestBench} measures it.
 *
 * <p>Reads through {@code query.ArticleSearcher}, {@code index.ArticleStore}, {@code themes} (definitions),
 * {@code sources} (the sources file) and {@code pipeline} ({@code Workspace}, {@code SourcePolls}); must not
 * write the index, fetch pages, parse command lines or format for a terminal (results are data:
 * {@link io.newsradar.digest.DigestRunResult}). The bench alone writes an index, into a folder of its own.
 */
package io.newsradar.digest;
