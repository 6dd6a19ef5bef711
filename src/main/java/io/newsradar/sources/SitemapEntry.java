package io.newsradar.sources;

import java.time.Instant;

/**
 * One {@code <url>} of a sitemap (sitemaps.org protocol 0.9) or one line of a text sitemap.
 *
 * @param url       absolute URL as listed (after XML entity decoding and trimming); never blank
 * @param lastMod   {@code <lastmod>} as an instant, or null
 * @param newsTitle {@code news:title} of the Google News extension, or null
 * @param newsPublished {@code news:publication_date}, or null
 * @param newsLanguage  {@code news:language} (ISO 639 code as given), or null
 */
public record SitemapEntry(String url, Instant lastMod, String newsTitle, Instant newsPublished, String newsLanguage) {
    public SitemapEntry {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("sitemap entry url is blank");
    }

    /** @return the newest of the publication date and lastmod, or null when neither is known */
    public Instant freshness() {
        if (newsPublished == null) return lastMod;
        if (lastMod == null) return newsPublished;
        return newsPublished.isAfter(lastMod) ? newsPublished : lastMod;
    }
}
