/**
 * The digest: per theme, the articles first seen in a window with their trend
 * ({@link io.newsradar.digest.DigestBuilder}, {@link io.newsradar.digest.Trend}), the window rules
 * ({@link io.newsradar.digest.DigestWindow}), the cron schedule with one catch-up run
 * ({@link io.newsradar.digest.DigestSchedule}), the renderers of each format (Markdown and HTML through mustache
 * templates in {@code src/main/resources/digest/}, JSON through Jackson, Atom through StAX), delivery
 * ({@link io.newsradar.digest.DigestOutput}: file, stream, SMTP, webhook) and the state of what was delivered
 * ({@link io.newsradar.digest.DigestState}, written only after every output accepted the digest), tied together
 * by {@link io.newsradar.digest.DigestRunner}.
 *
 * <p>Reads through {@code query.ArticleSearcher}, {@code index.ArticleStore} and {@code pipeline.Workspace}; must
 * not write the index, fetch pages, parse command lines or format for a terminal (results are data:
 * {@link io.newsradar.digest.DigestRunResult}).
 */
package io.newsradar.digest;
