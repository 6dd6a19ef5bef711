package io.newsradar.cli;

import io.newsradar.pipeline.Inspection;
import io.newsradar.sources.FeedItem;
import io.newsradar.sources.SitemapEntry;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** {@code inspect --json}: one object; {@code feed}, {@code sitemap} or {@code article} by kind. */
final class InspectionJson {
    private InspectionJson() {
    }

    static ObjectNode of(Inspection i) {
        ObjectNode n = JsonLines.object();
        n.put("url", i.url());
        n.put("normalized_url", i.normalized());
        n.put("seen", i.seen());
        if (i.robots() != null) {
            ObjectNode r = n.putObject("robots");
            r.put("robots_url", i.robots().robotsUrl());
            r.put("allowed", i.robots().allowed());
            r.put("agent", i.robots().agent());
            r.put("rule", i.robots().rule());
            r.put("source", i.robots().source());
            r.put("unreachable", i.robots().unreachable());
            if (i.robots().crawlDelayMs() >= 0) r.put("crawl_delay_ms", i.robots().crawlDelayMs());
            i.robots().sitemaps().forEach(r.putArray("sitemaps")::add);
        }
        n.put("status", i.status());
        n.put("final_url", i.finalUrl());
        n.put("content_type", i.contentType());
        n.put("bytes", i.bytes());
        n.put("kind", i.kind() == null ? null : kind(i));
        if (i.feed() != null) feed(n.putObject("feed"), i);
        if (i.sitemap() != null) sitemap(n.putObject("sitemap"), i);
        if (i.article() != null) n.set("article", JsonLines.article(i.article()));
        if (i.unseen() >= 0) n.put("unseen", i.unseen());
        n.put("problem", i.problem());
        return n;
    }

    /** @return feed, sitemap, article or other */
    static String kind(Inspection i) {
        return switch (i.kind()) {
            case FEED -> "feed";
            case SITEMAP -> "sitemap";
            case HTML -> "article";
            case OTHER -> "other";
        };
    }

    private static void feed(ObjectNode f, Inspection i) {
        f.put("title", i.feed().title());
        f.put("format", i.feed().format());
        f.put("charset", i.feed().charset());
        var repairs = f.putArray("repairs");
        i.feed().repairs().forEach(repairs::add);
        var items = f.putArray("items");
        for (FeedItem it : i.feed().items()) {
            ObjectNode o = items.addObject();
            o.put("title", it.title());
            o.put("link", it.link());
            o.put("published", text(it.published()));
        }
    }

    private static void sitemap(ObjectNode s, Inspection i) {
        s.put("index", i.sitemap().index());
        var children = s.putArray("sitemaps");
        i.sitemap().sitemaps().forEach(children::add);
        var entries = s.putArray("entries");
        for (SitemapEntry e : i.sitemap().entries()) {
            ObjectNode o = entries.addObject();
            o.put("url", e.url());
            o.put("lastmod", text(e.lastMod()));
            o.put("news_title", e.newsTitle());
            o.put("news_published", text(e.newsPublished()));
            o.put("news_language", e.newsLanguage());
        }
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
