package io.newsradar.sources;

import java.util.List;

/**
 * What a sitemap parses to: page entries for a {@code <urlset>} or text sitemap, child sitemap URLs for a
 * {@code <sitemapindex>}.
 *
 * @param index    true for a sitemap index
 * @param entries  page URLs in document order (empty for an index)
 * @param sitemaps child sitemap URLs in document order (empty unless {@code index})
 */
public record ParsedSitemap(boolean index, List<SitemapEntry> entries, List<String> sitemaps) {
    public ParsedSitemap {
        entries = List.copyOf(entries);
        sitemaps = List.copyOf(sitemaps);
    }

    /** @return the listed page URLs, in order */
    public List<String> urls() {
        return entries.stream().map(SitemapEntry::url).toList();
    }
}
