package io.newsradar.extract;

import io.newsradar.model.ExtractHints;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a source's {@link ExtractHints} (CSS selectors from the sources file) around the generic heuristics: each
 * hint that matches something on the page replaces the heuristic's answer; a hint that matches nothing (the outlet
 * changed its layout) leaves the heuristics in charge, so a stale hint degrades to the default, never to an empty
 * article.
 */
final class SourceHints {
    private SourceHints() {
    }

    /** Removes the elements of {@code remove} from the page, before anything is read from it. */
    static void remove(Document doc, ExtractHints h) {
        for (String css : h.remove()) doc.select(css).remove();
    }

    /** @return the element named by the {@code title} hint when it has text, else {@code found} */
    static TitleFinder.Title title(Document doc, ExtractHints h, TitleFinder.Title found) {
        if (h.title() == null) return found;
        Element e = doc.selectFirst(h.title());
        String text = e == null ? "" : TitleFinder.clean(e.text());
        return text.isEmpty() ? found : new TitleFinder.Title(text, e);
    }

    /** @return the outermost elements matched by the {@code content} hint that hold text; empty when none */
    static List<Element> contentRoots(Element body, ExtractHints h) {
        if (h.content() == null) return List.of();
        List<Element> roots = new ArrayList<>();
        for (Element e : body.select(h.content())) {
            if (e.text().isBlank()) continue;
            if (roots.stream().noneMatch(r -> Attribution.contains(r, e))) roots.add(e);
        }
        return roots;
    }

    /**
     * @return the blocks of running text inside {@code roots} (not furniture, not interface text, not the headline),
     *     in page order, as the selection; null when there are none (the heuristics then choose)
     */
    static ContentSelector.Selection select(List<Block> blocks, List<Element> roots, String title) {
        if (roots.isEmpty()) return null;
        String normTitle = ContentSelector.norm(title);
        List<Block> picked = new ArrayList<>();
        for (Block b : blocks) {
            if (b.furniture() || b.ui() || ContentSelector.isTitle(b, normTitle)) continue;
            if (roots.stream().anyMatch(r -> Attribution.contains(r, b.owner()))) picked.add(b);
        }
        return picked.isEmpty() ? null : new ContentSelector.Selection(roots.get(0), picked);
    }

    /**
     * @return the value of the {@code date} hint's element: its {@code datetime} or {@code content} attribute, else its
     *     text; null when there is no hint or it matches nothing. Read before cleaning (which may drop a page header).
     */
    static String dateValue(Document doc, ExtractHints h) {
        if (h.date() == null) return null;
        Element e = doc.selectFirst(h.date());
        if (e == null) return null;
        return e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
    }

    /**
     * @param value the {@link #dateValue} of the page, or null
     * @return the dates with the published time read from {@code value} ({@link IsoDates}: ISO 8601, RFC 1123 or a
     *     date written for readers) when it parses and is not after {@code now}, else {@code found}
     */
    static DateFinder.Dates dates(String value, DateFinder.Dates found, ZoneId zone, String lang, Instant now) {
        if (value == null) return found;
        OffsetDateTime t = IsoDates.parse(value, zone, lang, now);
        if (t == null || t.toInstant().isAfter(now)) return found;
        return new DateFinder.Dates(t, "hint", found.modified(), found.dateline());
    }
}
