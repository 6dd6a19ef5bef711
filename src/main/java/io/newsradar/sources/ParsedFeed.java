package io.newsradar.sources;

import java.util.List;

/**
 * What a feed parses to.
 *
 * @param title   channel/feed title as plain text; never null (may be empty)
 * @param format  ROME's feed type, e.g. {@code rss_2.0}, {@code rss_1.0}, {@code atom_1.0}
 * @param items   items in feed order (an item without a usable link has a null link)
 * @param charset the charset the bytes were decoded with (Java canonical name)
 * @param repairs what lenient parsing had to fix, one short phrase each; empty for a clean feed
 */
public record ParsedFeed(String title, String format, List<FeedItem> items, String charset, List<String> repairs) {
    public ParsedFeed {
        title = title == null ? "" : title;
        items = List.copyOf(items);
        repairs = List.copyOf(repairs);
    }

    /** @return true when lenient parsing repaired something */
    public boolean repaired() {
        return !repairs.isEmpty();
    }
}
