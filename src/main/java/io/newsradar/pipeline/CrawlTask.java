package io.newsradar.pipeline;

/**
 * One URL to handle in a crawl.
 *
 * @param url   normalised absolute URL
 * @param kind  what it is expected to be
 * @param depth 0 for a URL given on the command line, +1 per feed/sitemap it was found through
 */
record CrawlTask(String url, Kind kind, int depth) {
    /** SEED: a section page whose same-site links are article candidates; re-read every pass, never stored. */
    enum Kind { FEED, SITEMAP, PAGE, AUTO, SEED }

    String host() {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? "" : h.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
