package io.newsradar.cli;

import io.newsradar.model.Article;
import io.newsradar.pipeline.Inspection;
import io.newsradar.sources.FeedItem;
import io.newsradar.sources.SitemapEntry;

import java.io.PrintWriter;

/** {@code inspect} as text: one labelled line per step, then what the resource parses to. */
final class InspectionText {
    /** Listed items/entries at most; the count is always printed. */
    static final int MAX_LISTED = 20;

    private InspectionText() {
    }

    static void print(PrintWriter out, Inspection i) {
        out.printf("url:          %s%n", i.url());
        if (i.normalized() != null) out.printf("normalized:   %s%n", i.normalized());
        out.printf("seen before:  %s%n", i.seen() ? "yes (a crawl skips it as an article)" : "no");
        if (i.robots() != null) {
            var r = i.robots();
            out.printf("robots:       %s for agent '%s' by %s (%s)%n", r.allowed() ? "allowed" : "DISALLOWED", r.agent(),
                    r.robotsUrl(), r.source());
            out.printf("robots rule:  %s%n", r.rule() == null ? "(no rule matches: allowed)" : r.rule());
            if (r.crawlDelayMs() >= 0) out.printf("crawl-delay:  %d ms%n", r.crawlDelayMs());
            r.sitemaps().forEach(u -> out.printf("robots sitemap: %s%n", u));
        }
        if (i.status() != null) out.printf("http:         %d%s%n", i.status(), i.contentType() == null ? "" : " " + i.contentType()
                + ", " + i.bytes() + " bytes");
        if (i.finalUrl() != null && !i.finalUrl().equals(i.normalized())) out.printf("final url:    %s%n", i.finalUrl());
        if (i.kind() != null) out.printf("kind:         %s%n", InspectionJson.kind(i));
        if (i.feed() != null) feed(out, i);
        if (i.sitemap() != null) sitemap(out, i);
        if (i.article() != null) article(out, i.article());
        if (i.unseen() >= 0) out.printf("to fetch:     %d article URLs no earlier crawl handled%n", i.unseen());
        if (i.problem() != null) out.printf("problem:      %s%n", i.problem());
        out.flush();
    }

    private static void feed(PrintWriter out, Inspection i) {
        var f = i.feed();
        out.printf("feed:         %s (%s, %s), %d items%n", f.title(), f.format(), f.charset(), f.items().size());
        if (f.repaired()) out.printf("repaired:     %s%n", String.join("; ", f.repairs()));
        f.items().stream().limit(MAX_LISTED).forEach((FeedItem it) -> out.printf("  - %s%n    %s%s%n",
                it.title().isEmpty() ? "(no title)" : it.title(),
                it.link() == null ? "(no link)" : it.link(), it.published() == null ? "" : "  " + it.published()));
    }

    private static void sitemap(PrintWriter out, Inspection i) {
        var s = i.sitemap();
        if (s.index()) {
            out.printf("sitemap index: %d sitemaps%n", s.sitemaps().size());
            s.sitemaps().stream().limit(MAX_LISTED).forEach(u -> out.printf("  - %s%n", u));
            return;
        }
        out.printf("sitemap:      %d entries%n", s.entries().size());
        s.entries().stream().limit(MAX_LISTED).forEach((SitemapEntry e) -> out.printf("  - %s%s%n", e.url(),
                e.freshness() == null ? "" : "  " + e.freshness()));
    }

    private static void article(PrintWriter out, Article a) {
        out.printf("title:        %s%n", a.title());
        out.printf("published:    %s (%s)%n", a.published() == null ? "-" : a.published(), a.dateSource());
        out.printf("source:       %s (site %s)%n", a.source(), a.site());
        out.printf("lang:         %s%n", a.lang());
        out.printf("canonical:    %s%n", a.canonicalUrl());
        if (!a.indexable()) out.printf("indexable:    no (noindex): a crawl stores nothing%n");
        String body = a.body().replace("\n\n", " ¶ ");
        out.printf("body:         %d chars: %s%n", a.body().length(), body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
