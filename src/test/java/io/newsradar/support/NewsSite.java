package io.newsradar.support;

import io.newsradar.index.ArticleStore;
import io.newsradar.index.LuceneArticleStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small news site on a {@link LoopbackServer}: {@code /robots.txt} (disallowing {@code /private/}),
 * {@code /feed.xml} (RSS 2.0 linking the articles), {@code /sitemap.xml}, and {@code /news/N.html} articles
 * with a headline, a date and three paragraphs of text.
 */
public final class NewsSite implements AutoCloseable {
    public static final String[] TOPICS = {
            "Semiconductor export controls tighten", "Port strike delays shipments", "Central bank holds rates",
            "Rice harvest beats forecast", "Rail line reopens after storm"};
    private final LoopbackServer web;
    private final int articles;

    public NewsSite(int articles) throws IOException {
        this.web = new LoopbackServer();
        this.articles = articles;
        web.route("/robots.txt", 200, "text/plain", robots(""));
        web.route("/feed.xml", 200, "application/rss+xml", feed().getBytes(StandardCharsets.UTF_8));
        web.route("/sitemap.xml", 200, "application/xml", sitemap().getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= articles; i++) {
            web.route("/news/" + i + ".html", 200, "text/html; charset=UTF-8", page(i).getBytes(StandardCharsets.UTF_8));
        }
        web.route("/private/secret.html", 200, "text/html", page(1).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the site's robots.txt with {@code extra} lines added to its one group, then a Sitemap line */
    public byte[] robots(String extra) {
        return ("User-agent: *\nDisallow: /private/\nAllow: /private/ok.html\n" + extra + "\nSitemap: " + base()
                + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }

    public String base() {
        return web.base();
    }

    public LoopbackServer server() {
        return web;
    }

    public String feedUrl() {
        return base() + "/feed.xml";
    }

    public String articleUrl(int i) {
        return base() + "/news/" + i + ".html";
    }

    public static String title(int i) {
        return TOPICS[(i - 1) % TOPICS.length] + " (report " + i + ")";
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= articles; i++) {
            items.append("<item><title>").append(title(i)).append("</title><link>").append(articleUrl(i))
                    .append("</link><pubDate>Fri, 31 Jan 2025 0").append(i % 10).append(":00:00 GMT</pubDate></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Loopback News</title><link>%s/</link>
                <description>test</description>
                %s</channel></rss>
                """.formatted(base(), items);
    }

    private String sitemap() {
        StringBuilder urls = new StringBuilder();
        for (int i = 1; i <= articles; i++) urls.append("<url><loc>").append(articleUrl(i)).append("</loc><lastmod>2025-01-31</lastmod></url>\n");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                %s</urlset>
                """.formatted(urls);
    }

    private String page(int i) {
        String t = title(i);
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Loopback News</title>
                <link rel="canonical" href="%2$s">
                <meta property="article:published_time" content="2025-01-31T0%3$d:00:00+00:00"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>%1$s</h1>
                <p>Officials said on Friday that the measure, number %4$d in a series, would take effect next month
                after weeks of talks between ministries and industry groups over its scope and timing.</p>
                <p>Analysts expect the change to affect companies across the region, with several firms already
                reviewing their supply chains and contracts in response to the announcement.</p>
                <p>A spokesperson declined to comment on further steps but said details would follow in a
                statement to be published by the end of the week.</p>
                </article><footer>Copyright Loopback News</footer></body></html>
                """.formatted(t, articleUrl(i), i % 10, i);
    }

    /** @return canonical URL -> first-seen of every article in the index of {@code dataDir} */
    public static Map<String, Instant> stored(Path dataDir) throws IOException {
        Map<String, Instant> m = new TreeMap<>();
        try (ArticleStore store = LuceneArticleStore.open(dataDir)) {
            store.forEach(s -> m.put(s.article().canonicalUrl(), s.firstSeen()));
        }
        return m;
    }

    /** @return canonical URL -> title of every article in the index of {@code dataDir} */
    public static Map<String, String> titles(Path dataDir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (ArticleStore store = LuceneArticleStore.open(dataDir)) {
            store.forEach(s -> m.put(s.article().canonicalUrl(), s.article().title()));
        }
        return m;
    }

    @Override
    public void close() {
        web.close();
    }
}
