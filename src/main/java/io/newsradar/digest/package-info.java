/**
 * The digest: per theme, the articles first seen in a window ({@link io.newsradar.digest.DigestBuilder}), the
 * window rules ({@link io.newsradar.digest.DigestWindow}), the state of what was delivered
 * ({@link io.newsradar.digest.DigestState}, written only after delivery), and the renderers of each format
 * (templates, not string building).
 *
 * <p>Reads through {@code query.ArticleSearcher} and {@code index.ArticleStore}; must not write the index, fetch
 * pages or parse command lines.
 */
package io.newsradar.digest;
