package io.newsradar.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Publication and modification times, from the most to the least explicit source: JSON-LD
 * {@code datePublished} (schema.org; {@code json-ld}), {@code article:published_time} and similar meta tags
 * ({@code meta}), {@code <time datetime>} or {@code itemprop=datePublished} in the page outside removed boxes
 * ({@code time}), Dublin Core meta ({@code meta}), then the visible dateline near the headline ({@code text}).
 * A value later than the fetch time or before 1990 is ignored and the next source tried; no source gives null.
 */
final class DateFinder {
    private static final String[] PUBLISHED_META = {"article:published_time", "article:published", "og:article:published_time",
            "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
            "article.published", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
            "originalpublicationdate", "citation_publication_date", "date"};
    private static final String[] DUBLIN_CORE = {"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "dc.date.created"};
    private static final String[] MODIFIED_META = {"article:modified_time", "article:modified", "og:updated_time", "datemodified",
            "dcterms.modified", "dc.date.modified", "lastmod", "last-modified"};
    private static final Evaluator PUBLISHED_EL = QueryParser.parse("[itemprop=datePublished], time[pubdate]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Instant FLOOR = Instant.parse("1990-01-01T00:00:00Z");

    /** The dates found and where the published one came from. */
    record Dates(OffsetDateTime published, String source, OffsetDateTime modified, Datelines.Found dateline) { }

    private DateFinder() { }

    static Dates find(PageMetadata meta, Element body, List<Block> blocks, int titleIndex, int firstBody,
                      ZoneId zone, String lang, Instant now) {
        Datelines.Found line = Datelines.find(blocks, titleIndex, firstBody, zone, lang, now);
        OffsetDateTime modified = ok(parse(meta.ld("dateModified"), zone, lang, now), now);
        if (modified == null) modified = ok(parse(meta.first(MODIFIED_META), zone, lang, now), now);
        if (modified == null && line != null && line.modified() != null) modified = line.modified().value();
        OffsetDateTime p = ok(parse(ldPublished(meta), zone, lang, now), now);
        if (p != null) return new Dates(p, "json-ld", modified, line);
        p = ok(parse(meta.first(PUBLISHED_META), zone, lang, now), now);
        if (p != null) return new Dates(p, "meta", modified, line);
        p = ok(timeElement(body, zone, lang, now), now);
        if (p != null) return new Dates(p, "time", modified, line);
        p = ok(parse(meta.first(DUBLIN_CORE), zone, lang, now), now);
        if (p != null) return new Dates(p, "meta", modified, line);
        if (line != null && line.published() != null) return new Dates(line.published().value(), "text", modified, line);
        if (line != null && line.modified() != null) {
            // the page states only when it was last updated (notices, reference pages): the only date it gives
            return new Dates(line.modified().value(), "text", modified, line);
        }
        return new Dates(null, "none", modified, line);
    }

    private static String ldPublished(PageMetadata meta) {
        String v = meta.ld("datePublished");
        if (v != null) return v;
        for (JsonNode n : meta.ldNodes()) {
            String d = JsonLd.text(n, "datePublished");
            if (d != null) return d;
        }
        return null;
    }

    private static OffsetDateTime timeElement(Element body, ZoneId zone, String lang, Instant now) {
        Element chosen = body.selectFirst(PUBLISHED_EL);
        if (chosen == null) {
            for (Element t : body.select(TIME)) {
                if (!isUpdate(t)) {
                    chosen = t;
                    break;
                }
            }
        }
        if (chosen == null) return null;
        String v = chosen.hasAttr("datetime") ? chosen.attr("datetime")
                : chosen.hasAttr("content") ? chosen.attr("content") : chosen.text();
        return parse(v, zone, lang, now);
    }

    private static boolean isUpdate(Element t) {
        String names = (t.className() + " " + t.id() + " " + t.attr("itemprop") + " "
                + (t.parent() == null ? "" : t.parent().className())).toLowerCase(Locale.ROOT);
        if (names.contains("updat") || names.contains("modif")) return true;
        org.jsoup.nodes.Node prev = t.previousSibling();
        return prev != null && prev.toString().matches("(?s).*(更新|[Uu]pdated?|[Mm]odified)[^\\d]{0,6}");
    }

    private static OffsetDateTime parse(String v, ZoneId zone, String lang, Instant now) {
        return IsoDates.parse(v, zone, lang, now);
    }

    private static OffsetDateTime ok(OffsetDateTime t, Instant now) {
        if (t == null) return null;
        Instant i = t.toInstant();
        return i.isAfter(now) || i.isBefore(FLOOR) ? null : t;
    }
}
