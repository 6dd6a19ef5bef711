package io.newsradar.sources;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses RSS 0.9x, RSS 1.0 (RDF), RSS 2.0, Atom 0.3 and Atom 1.0 (RFC 4287) through ROME, from bytes, never
 * fetching. DOCTYPEs are refused by the XML parser and external entities are never resolved (no XXE, no entity
 * expansion). A document a strict parse rejects is repaired ({@link XmlRepair}) and parsed once more; what was
 * repaired is reported in {@link ParsedFeed#repairs()}. A body that is still gzip-compressed is decompressed
 * first (at most {@link #MAX_DECODED_BYTES}).
 */
public final class FeedParser {
    /** Largest decompressed feed accepted, in bytes (32 MiB). */
    public static final int MAX_DECODED_BYTES = 32 << 20;

    /**
     * @param body        the response body (after HTTP content decoding); raw bytes, any charset
     * @param url         absolute URL of the feed; relative item links resolve against it
     * @param contentType the Content-Type header as sent, or null; its {@code charset} is one input of charset
     *                    detection ({@link XmlDecoder})
     * @return the feed title and its items in feed order
     * @throws SourceException with a one-line reason when the bytes are not a feed even after repair
     */
    public ParsedFeed parse(byte[] body, String url, String contentType) throws SourceException {
        List<String> repairs = new ArrayList<>();
        byte[] bytes = Gzip.isGzip(body) ? gunzip(body, repairs) : body;
        XmlDecoder.Decoded decoded = XmlDecoder.decode(bytes, contentType);
        repairs.addAll(decoded.repairs());
        String text = decoded.text();
        SyndFeed feed;
        try {
            feed = build(text);
        } catch (FeedException | IllegalArgumentException strictError) {
            XmlRepair.Repaired repaired = XmlRepair.repair(text);
            try {
                feed = build(repaired.text());
                repairs.addAll(repaired.repairs());
            } catch (FeedException | IllegalArgumentException e) {
                String root = XmlRepair.rootElement(repaired.text());
                if ("rss".equals(root) && !repaired.text().contains("<channel")) {
                    repairs.add("<rss> without <channel>: no items");
                    return new ParsedFeed("", "rss", List.of(), decoded.charset(), repairs);
                }
                throw new SourceException(reason(e, root));
            }
        }
        return new ParsedFeed(FeedItems.plain(feed.getTitle()), feed.getFeedType(),
                FeedItems.of(feed, url), decoded.charset(), repairs);
    }

    private static SyndFeed build(String xml) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        return input.build(new StringReader(xml));
    }

    private static byte[] gunzip(byte[] body, List<String> repairs) throws SourceException {
        try {
            byte[] out = Gzip.gunzip(body, MAX_DECODED_BYTES);
            repairs.add("decompressed a gzip body");
            return out;
        } catch (java.io.IOException e) {
            throw new SourceException("gzip-compressed body cannot be decompressed: " + e.getMessage());
        }
    }

    private static String reason(Exception e, String root) {
        Throwable t = e.getCause() != null && "Invalid XML".equals(e.getMessage()) ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String first = m.lines().findFirst().orElse(m).strip();
        if (root != null && !root.equals("rss") && !root.equals("feed") && !root.equals("rdf:RDF")) {
            return "not a feed: root element <" + root + ">";
        }
        return first.startsWith("Invalid XML") ? first : "invalid feed: " + first;
    }
}
