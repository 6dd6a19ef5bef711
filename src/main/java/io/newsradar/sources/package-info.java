/**
 * Sources: turns the bytes of feeds (RSS 0.9x/1.0/2.0, Atom 0.3/1.0 per RFC 4287) and sitemaps
 * (sitemaps.org 0.9, Google News extension) into candidate article URLs, and normalises URLs.
 *
 * <p>Owns: {@link io.newsradar.sources.FeedParser}, {@link io.newsradar.sources.SitemapParser},
 * {@link io.newsradar.sources.UrlNormalizer}, {@link io.newsradar.sources.ResourceKind}, and the sources file
 * ({@link io.newsradar.sources.SourcesFile}, {@link io.newsradar.sources.Source}): which outlets to poll, their poll
 * interval and bounds, and their extraction hints (CSS selectors, checked for syntax when the file is read).
 *
 * <p>Must not: fetch anything or keep crawl state (parsers take bytes, the URL and the content type; DTDs and external
 * entities are never loaded), parse article HTML (that is {@code extract}), or know about the index.
 */
package io.newsradar.sources;
