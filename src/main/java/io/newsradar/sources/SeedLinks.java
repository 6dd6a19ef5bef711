package io.newsradar.sources;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The links of a seed page: every {@code <a href>} resolved against the page (and its {@code <base href>}),
 * fragment removed, kept when it is http(s) on the seed's host (a leading {@code www.} is ignored on both sides)
 * and not excluded by the {@link LinkRules}, then sorted into articles and section pages; the page itself and
 * {@code rel=nofollow} links are dropped. Parses bytes (jsoup, charset from the Content-Type, else the page's
 * meta, else UTF-8), never fetches.
 */
public final class SeedLinks {
    /**
     * @param articles links that are articles ({@link LinkRules#isArticle}), distinct, in document order
     * @param sections the other same-site links, distinct, in document order
     */
    public record Found(List<String> articles, List<String> sections) {
        public Found {
            articles = List.copyOf(articles);
            sections = List.copyOf(sections);
        }
    }

    private SeedLinks() {
    }

    /**
     * @param body        the seed page as received (after content decoding)
     * @param url         absolute URL of the page (after redirects)
     * @param contentType Content-Type header or null
     * @param rules       include/exclude patterns
     * @return the article and section links
     * @throws SourceException when the bytes cannot be read as HTML
     */
    public static Found parse(byte[] body, String url, String contentType, LinkRules rules) throws SourceException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), charset(contentType), url);
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceException("seed page cannot be read as HTML: " + e.getMessage());
        }
        String host = bareHost(url);
        Set<String> articles = new LinkedHashSet<>();
        Set<String> sections = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            if (a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) continue;
            String link = withoutFragment(a.absUrl("href"));
            if (link == null || link.equals(withoutFragment(url))) continue;
            if (host == null || !host.equals(bareHost(link)) || rules.excluded(link)) continue;
            (rules.isArticle(link) ? articles : sections).add(link);
        }
        return new Found(new ArrayList<>(articles), new ArrayList<>(sections));
    }

    private static String charset(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").strip();
                return java.nio.charset.Charset.isSupported(cs) ? cs : null;
            }
        }
        return null;
    }

    private static String withoutFragment(String link) {
        if (link == null || link.isBlank()) return null;
        int hash = link.indexOf('#');
        return hash < 0 ? link : link.substring(0, hash);
    }

    /** @return the lower-case host without a leading {@code www.}, or null when not an http(s) URL */
    static String bareHost(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) return null;
            String h = u.getHost().toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
