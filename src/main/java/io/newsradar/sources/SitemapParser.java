package io.newsradar.sources;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Parses sitemaps (sitemaps.org protocol 0.9: XML {@code urlset}, {@code sitemapindex}, plain text one URL a
 * line, each possibly gzip-compressed; RSS/Atom used as sitemaps; the Google News extension) with
 * crawler-commons' {@code SiteMapParser}, from bytes, never fetching. Strict mode: as the protocol requires, a
 * URL on another host or outside the sitemap's directory is dropped. DTDs are not processed. Namespace prefixes
 * used without a declaration are declared first ({@link NamespaceRepair}), so one undeclared {@code xhtml:} does
 * not cut a news sitemap short.
 */
public final class SitemapParser {

    /**
     * @param body        response body (after HTTP content decoding; a gzip file is still compressed)
     * @param url         absolute URL of the sitemap
     * @param contentType Content-Type as sent, or null (then the bytes decide: gzip magic, {@code <}, text)
     * @return entries or child sitemaps
     * @throws SourceException with a one-line reason when the bytes are no sitemap
     */
    public ParsedSitemap parse(byte[] body, String url, String contentType) throws SourceException {
        SiteMapParser parser = new SiteMapParser(true, true);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtensions(); // also image:loc, video:player_loc ... so that they are not taken for <loc>
        String type = effectiveType(body, contentType);
        byte[] bytes = type.equals("application/xml") ? NamespaceRepair.repair(body) : body;
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(type, bytes, toUrl(url));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new SourceException("not a sitemap: " + m.lines().findFirst().orElse(m));
        }
        if (map instanceof SiteMapIndex index) {
            List<String> children = index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList();
            return new ParsedSitemap(true, List.of(), children);
        }
        List<SitemapEntry> entries = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            if (u.isValid()) entries.add(entry(u));
        }
        return new ParsedSitemap(false, entries, List.of());
    }

    private static SitemapEntry entry(SiteMapURL u) {
        NewsAttributes news = null;
        ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
        if (meta != null && meta.length > 0 && meta[0] instanceof NewsAttributes n) news = n;
        return new SitemapEntry(u.getUrl().toString(), instant(u.getLastModified()),
                news == null ? null : news.getTitle(),
                news == null || news.getPublicationDateTime() == null ? null : news.getPublicationDateTime().toInstant(),
                news == null ? null : news.getLanguage());
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static URL toUrl(String url) throws SourceException {
        try {
            return URI.create(url).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new SourceException("not a valid sitemap URL: " + url);
        }
    }

    /** Content types lie (sitemaps served as text/html or octet-stream): let the first bytes decide. */
    static String effectiveType(byte[] body, String contentType) {
        if (Gzip.isGzip(body)) return "application/gzip";
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (head.startsWith("<")) return "application/xml";
        return "text/plain";
    }
}
