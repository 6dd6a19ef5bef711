package io.newsradar.model;

import java.time.Instant;

/**
 * Raw bytes of one web page as fetched, read from a file or replayed from a WARC record: the input of
 * extraction. Parsers never fetch; they take a {@code Page}.
 *
 * @param url         absolute URL the bytes came from ({@code http(s):} or {@code file:}); never blank
 * @param content     the response body after content decoding (gzip/deflate removed); never null
 * @param contentType the {@code Content-Type} header as sent (may carry a {@code charset} parameter), or null
 * @param fetchedAt   when the bytes were fetched (UTC); relative dates ("2時間前") resolve against it and no
 *                    publication date may be later than it; null means "now"
 * @param siteZone    IANA time zone of the publisher when known from configuration (local times without an
 *                    offset are read in it), or null to let extraction decide from the language
 */
public record Page(String url, byte[] content, String contentType, Instant fetchedAt, String siteZone) {
    public Page {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("page url is blank");
        if (content == null) throw new IllegalArgumentException("page content is null: " + url);
    }

    public Page(String url, byte[] content, String contentType, Instant fetchedAt) {
        this(url, content, contentType, fetchedAt, null);
    }
}
