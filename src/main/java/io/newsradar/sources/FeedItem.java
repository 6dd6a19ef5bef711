package io.newsradar.sources;

import java.time.Instant;

/**
 * One item of a feed ({@code <item>} in RSS, {@code <entry>} in Atom, RFC 4287 §4.1.2).
 *
 * @param title       plain text, HTML tags removed and entities decoded; never null (may be empty)
 * @param link        absolute {@code http(s)} URL of the article, resolved against the feed URL; null when the item
 *                    has no usable link
 * @param published   publication instant (RSS {@code pubDate}/{@code dc:date}, Atom {@code published},
 *                    else {@code updated}); null when the feed gives none or it cannot be read
 * @param description plain-text summary, HTML removed; never null (may be empty)
 */
public record FeedItem(String title, String link, Instant published, String description) {
    public FeedItem {
        if (link != null && link.isBlank()) link = null;
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }
}
