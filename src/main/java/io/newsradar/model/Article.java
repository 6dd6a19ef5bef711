package io.newsradar.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One news article as extracted from a page, a WARC record or a JSONL line: the unit that is indexed,
 * tagged with themes, searched and put into digests.
 *
 * @param id           stable document id; by default derived from {@code canonicalUrl} (see {@link #idFor(String)}),
 *                     or the id given by a JSONL corpus line; never blank
 * @param url          the URL the page was fetched from (or a {@code file:} URL); never blank
 * @param canonicalUrl the URL the article is stored under: the page's {@code rel=canonical} resolved against
 *                     {@code <base href>} or the page URL, tracking parameters dropped; never blank
 * @param title        headline as shown to readers, without the site-name suffix; may be empty, never null
 * @param body         main text, paragraphs separated by one blank line ({@code "\n\n"}); never null
 * @param published    publication time with the offset the page gave (or the site's zone when it gave none);
 *                     null when the page has no date (never guessed)
 * @param dateSource   where {@code published} came from: {@code json-ld}, {@code meta}, {@code time}, {@code text},
 *                     {@code feed}, {@code given} (JSONL input), {@code hint} (the source's extraction hint) or {@code none}
 * @param modified     last-modified time the page states, kept apart from {@code published}; may be null
 * @param lang         primary language subtag ({@code ja}, {@code en}, {@code zh}, ...) or {@code und}
 * @param source       outlet that wrote the article (for a republished item: the original service named in
 *                     the dateline); falls back to {@code site}; never null
 * @param site         outlet or portal where the page was published (site name, else host); never null
 * @param author       byline when given, else null
 * @param paywalled    true when only a teaser or lead is freely available
 * @param indexable    false when the page says {@code noindex} (robots meta)
 * @param charset      charset the bytes were decoded with (null for JSONL input)
 * @param fetchedAt    when the bytes were fetched (UTC); null when unknown
 */
public record Article(
        String id,
        String url,
        String canonicalUrl,
        String title,
        String body,
        OffsetDateTime published,
        String dateSource,
        OffsetDateTime modified,
        String lang,
        String source,
        String site,
        String author,
        boolean paywalled,
        boolean indexable,
        String charset,
        Instant fetchedAt) {

    public Article {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("article url is blank");
        if (canonicalUrl == null || canonicalUrl.isBlank()) canonicalUrl = url;
        if (id == null || id.isBlank()) id = idFor(canonicalUrl);
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        dateSource = published == null ? "none" : Objects.requireNonNullElse(dateSource, "unknown");
        lang = lang == null || lang.isBlank() ? "und" : lang;
        site = site == null ? "" : site;
        source = source == null || source.isBlank() ? site : source;
    }

    /**
     * The default document id for a canonical URL: the first 16 hex digits of its SHA-256.
     *
     * @param canonicalUrl the canonical URL, exactly as stored
     * @return 16 lower-case hex characters
     */
    public static String idFor(String canonicalUrl) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonicalUrl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    /** @return a copy with another id (JSONL corpora bring their own ids). */
    public Article withId(String newId) {
        return new Article(newId, url, canonicalUrl, title, body, published, dateSource, modified, lang, source,
                site, author, paywalled, indexable, charset, fetchedAt);
    }
}
