package io.newsradar.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.regex.Pattern;

/**
 * The headline as shown to readers. Candidates: Open Graph / Twitter title, JSON-LD {@code headline}, the
 * {@code <title>}, and the page's headings ({@code h1}-{@code h3}, {@code itemprop=headline}). A heading that
 * equals a metadata title, or with which the {@code <title>} starts (or ends, for "Site | Headline" titles), is
 * the headline as printed and wins, and its element anchors the dateline search. Otherwise the metadata
 * title (Open Graph, then JSON-LD); without one, the first {@code h1} when it is a real headline (8+ characters,
 * at least half as long as the {@code <title>}), else the {@code <title>} without the site-name part
 * ({@link #stripSite}).
 */
final class TitleFinder {
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+[|\\-–—:·•»/－―]\\s+|\\s*[|｜]\\s*|\\s*[：]\\s*|\\s+::\\s+|\\s*--\\s*|_");

    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, [itemprop=headline]");

    /** The headline text and the element showing it (or null when none shows it). */
    record Title(String text, Element element) { }

    private TitleFinder() { }

    static Title find(Document doc, PageMetadata meta, String siteName) {
        String og = clean(meta.first("og:title", "twitter:title"));
        String ld = clean(meta.ld("headline"));
        Element titleEl = doc.selectFirst("title");
        String docTitle = clean(titleEl == null ? null : titleEl.text());
        Element best = null;
        for (Element h : doc.select(HEADINGS)) {
            String t = clean(h.text());
            if (t.length() < 4 || t.equals(siteName)) continue;
            if (t.equals(og) || t.equals(ld) || t.equals(stripSite(og, siteName)) || matchesDocTitle(t, docTitle)) {
                best = h;
                break;
            }
        }
        if (best != null) return new Title(clean(best.text()), best);
        if (!og.isEmpty()) return new Title(stripSite(og, siteName), null);
        if (!ld.isEmpty()) return new Title(ld, null);
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? "" : clean(h1.text());
        String stripped = stripSite(docTitle, siteName);
        if (h1Text.length() >= 8 && !h1Text.equals(siteName) && h1Text.length() * 2 >= stripped.length()) {
            return new Title(h1Text, h1);
        }
        return new Title(stripped.isEmpty() ? h1Text : stripped, stripped.isEmpty() ? h1 : null);
    }

    private static boolean matchesDocTitle(String heading, String docTitle) {
        if (docTitle.isEmpty() || heading.length() * 10 < docTitle.length() * 3) return false;
        if (docTitle.equals(heading)) return true;
        if (docTitle.startsWith(heading)) return SEPARATOR.matcher(docTitle.substring(heading.length())).lookingAt();
        if (docTitle.endsWith(heading)) {
            String before = docTitle.substring(0, docTitle.length() - heading.length());
            return SEPARATOR.matcher(before).find() && heading.length() * 2 >= docTitle.length();
        }
        return false;
    }

    /**
     * Removes a site-name part from a title: the segment equal to the site name if known, else a last segment
     * much shorter than the rest ({@code "Headline - Site"}, {@code "見出し｜サイト名"}); at most twice, for
     * {@code "Headline - Section - Site"} and {@code "标题_频道_网站"}.
     *
     * @param title    title text, whitespace-normalised
     * @param siteName site name, or empty
     * @return the headline part
     */
    static String stripSite(String title, String siteName) {
        String once = stripOnce(title, siteName, 30);
        return once.equals(title) ? once : stripOnce(once, siteName, 15);
    }

    private static String stripOnce(String title, String siteName, int maxTail) {
        if (title == null || title.isEmpty()) return "";
        var m = SEPARATOR.matcher(title);
        int lastStart = -1, lastEnd = -1, firstStart = -1, firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) return title;
        String tail = title.substring(lastEnd).strip();
        String head = title.substring(0, firstStart).strip();
        if (!siteName.isEmpty()) {
            if (tail.equalsIgnoreCase(siteName) || siteName.contains(tail)) return title.substring(0, lastStart).strip();
            if (head.equalsIgnoreCase(siteName) || siteName.contains(head)) return title.substring(firstEnd).strip();
        }
        String rest = title.substring(0, lastStart).strip();
        return tail.length() <= maxTail && rest.length() >= tail.length() * 2 ? rest : title;
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
