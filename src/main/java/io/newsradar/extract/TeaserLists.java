package io.newsradar.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises lists of teasers for other articles ("More on this topic", rankings, "related news"), also when
 * each headline link is followed by a full-sentence summary: a {@code <ul>}/{@code <ol>} with at least two items
 * of which at least two thirds start with a headline link (inside a heading, or carrying 15% or more of the
 * item's text);
 * likewise a grid of three or more cards (siblings of one tag and class, not paragraphs) built the same way.
 * Such a list, and a short heading right before it, are never article text, unless it follows a sentence of
 * running text (then it is the article's own list, as in a news roundup).
 */
final class TeaserLists {
    private TeaserLists() { }

    static boolean isTeaserList(Element list) {
        String tag = list.normalName();
        boolean htmlList = tag.equals("ul") || tag.equals("ol");
        if (!htmlList && (list.childrenSize() < 3 || !gridShaped(list))) return false;
        Element first = null;
        int items = 0, teasers = 0;
        for (Element child : list.children()) {
            if (htmlList ? !child.normalName().equals("li") : !sameKind(child, first == null ? child : first)) continue;
            if (first == null) first = child;
            items++;
            if (startsWithLink(child)) teasers++;
        }
        int min = htmlList ? 2 : 3;
        if (followsProse(list)) return false;
        if (!htmlList && (items < list.childrenSize() * 2 / 3 || first == null || first.normalName().equals("p"))) return false;
        return items >= min && teasers * 3 >= items * 2;
    }

    /** A list right after a sentence of running text is part of the article (a roundup, a list of points). */
    private static boolean followsProse(Element list) {
        Element prev = list.previousElementSibling();
        if (prev == null || !prev.normalName().equals("p")) return false;
        String t = prev.text().strip();
        if (t.length() < 25) return false;
        int linked = 0;
        for (Element a : prev.getElementsByTag("a")) linked += a.text().length();
        char last = t.charAt(t.length() - 1);
        return linked * 3 < t.length() && ".!?。！？:：".indexOf(last) >= 0;
    }

    /** @return true when two thirds of the children share the first child's tag and class, and are not paragraphs */
    private static boolean gridShaped(Element list) {
        Element first = list.child(0);
        if (first.normalName().equals("p")) return false;
        int same = 0;
        for (Element c : list.children()) if (sameKind(c, first)) same++;
        return same >= 3 && same * 3 >= list.childrenSize() * 2;
    }

    /** Cards of a grid: the same tag and the same class, and not running-text paragraphs. */
    private static boolean sameKind(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    /** Removes the list and a short heading (h2-h6, or a short bold/paragraph line) just before it. */
    static void removeWithHeading(Element list) {
        Element prev = list.previousElementSibling();
        list.remove();
        if (prev == null) return;
        String tag = prev.normalName();
        boolean heading = tag.matches("h[2-6]|b|strong|dt|span|p|div") && prev.text().length() <= 40
                && prev.select("p, li").isEmpty();
        if (heading && (tag.startsWith("h") || tag.equals("b") || tag.equals("strong"))) prev.remove();
    }

    private static boolean startsWithLink(Element li) {
        Element link = firstTextLink(li);
        if (link == null) return false;
        int linkLen = link.text().length();
        if (linkLen < 4) return false;
        for (Element p = link; p != null && p != li; p = p.parent()) {
            if (p.normalName().matches("h[1-6]")) return true;
        }
        return linkLen * 100 >= li.text().length() * 15;
    }

    /** @return the link holding the first non-blank text of the item, or null when that text is not linked */
    private static Element firstTextLink(Element li) {
        Node n = li;
        while (n != null) {
            if (n instanceof TextNode t && !t.isBlank()) {
                for (Node p = t.parentNode(); p != null && p != li; p = p.parentNode()) {
                    if (p instanceof Element e && e.normalName().equals("a") && e.hasAttr("href")) return e;
                }
                return null;
            }
            n = next(n, li);
        }
        return null;
    }

    private static Node next(Node n, Node root) {
        if (n.childNodeSize() > 0) return n.childNode(0);
        while (n != root) {
            Node sib = n.nextSibling();
            if (sib != null) return sib;
            n = n.parentNode();
            if (n == null) return null;
        }
        return null;
    }
}
