/**
 * Fetch: HTTP/1.1 GET over {@link java.net.http.HttpClient} with the limits of {@code FetchSettings}
 * (politeness per host, timeouts, redirect limit and loop detection, body cap while reading and after
 * decoding, http/https only, private addresses refused), robots.txt per RFC 9309 through crawler-commons,
 * cached per host. A fetch returns a {@link io.newsradar.fetch.FetchResult} or a
 * {@link io.newsradar.fetch.FetchFailure}; every HTTP exchange is reported to an
 * {@link io.newsradar.fetch.ExchangeListener} (the WARC archive).
 *
 * <p>Must not: parse HTML, feeds or sitemaps (only robots.txt, which decides whether to fetch), write
 * files, or know about extraction and the index.
 */
package io.newsradar.fetch;
