package io.newsradar.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.jsoup.Jsoup;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/** Maps ROME entries to {@link FeedItem}s: plain text, absolute links, instants. */
final class FeedItems {
    /** Longest description kept, in characters; longer text is cut (hostile or full-text feeds). */
    static final int MAX_TEXT_CHARS = 20_000;
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]|&(#?[A-Za-z0-9]+);");

    private FeedItems() {
    }

    static List<FeedItem> of(SyndFeed feed, String feedUrl) {
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            items.add(new FeedItem(plain(e.getTitle()), link(e, feedUrl), instant(e), description(e)));
        }
        return items;
    }

    /** @return text with HTML tags removed and entities decoded when it carries markup, whitespace collapsed */
    static String plain(String s) {
        if (s == null) return "";
        String text = MARKUP.matcher(s).find() ? Jsoup.parse(s).text() : s;
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }

    private static String description(SyndEntry e) {
        SyndContent d = e.getDescription();
        if (d != null && d.getValue() != null && !d.getValue().isBlank()) return plain(d.getValue());
        return e.getContents().isEmpty() ? "" : plain(e.getContents().get(0).getValue());
    }

    private static Instant instant(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant();
    }

    private static String link(SyndEntry e, String feedUrl) {
        for (String candidate : new String[]{e.getLink(), e.getUri()}) {
            String abs = resolve(feedUrl, candidate);
            if (abs != null) return abs;
        }
        return null;
    }

    /** Percent-encodes the ASCII characters RFC 3986 never allows in a URI but feeds contain (space, {@code |}, ...). */
    static String escapeIllegal(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c <= 0x20 || "\"<>\\^`{|}".indexOf(c) >= 0) out.append(String.format("%%%02X", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    /** @return {@code ref} resolved against {@code base} when the result is http(s), as requested (percent-encoded ASCII), else null */
    static String resolve(String base, String ref) {
        if (ref == null || ref.isBlank()) return null;
        try {
            String cleaned = escapeIllegal(ref.strip());
            URI uri = base == null ? new URI(cleaned) : new URI(base).resolve(cleaned);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            return uri.getHost() == null ? null : uri.toASCIIString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
