package io.newsradar.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * First pass over a parsed page: removes what can never be article text, so that later passes (date scan,
 * block scoring) never see it: scripts and other non-text elements, hidden elements, and blocks brought in
 * from elsewhere (navigation, {@code <aside>}, footers, related/ranking/recommendation boxes, comments, ads,
 * cookie, newsletter and paywall prompts; see {@link ClassHints#foreign}), and lists of teaser links
 * ({@link TeaserLists}). The ancestors of the headline and of {@code itemprop=articleBody} are protected, and
 * an element holding 40% or more of the page's prose (long unlinked text runs) is never removed: it is a
 * layout wrapper whose name merely mentions a sidebar or an ad slot.
 */
final class BoilerplateCleaner {
    private static final Evaluator NON_TEXT = QueryParser.parse("script, style, noscript, template, svg, canvas, "
            + "iframe, object, embed, video, audio, map, select, option, button, input, textarea, label, link, meta, "
            + "figure, figcaption, picture, img, dialog");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Set<String> FOREIGN_TAGS = Set.of("nav", "aside", "footer", "menu");
    private static final Set<String> FOREIGN_ROLES = Set.of("navigation", "complementary", "contentinfo", "menu",
            "menubar", "dialog", "alertdialog", "search", "banner");

    /** What the cleaner saw: whether it removed a paywall or subscription box. */
    record Result(boolean sawPaywall, Set<Element> furniture) { }

    private BoilerplateCleaner() { }

    /**
     * @param body     the {@code <body>} of a parsed page; modified in place
     * @param headline the element holding the headline, or null
     * @return what was seen while cleaning
     */
    static Result clean(Element body, Element headline) {
        return clean(body, headline, List.of());
    }

    /**
     * Like {@link #clean(Element, Element)}, also protecting {@code keep} and their ancestors (the article body named
     * by a source's extraction hint) from removal and from being taken as furniture.
     */
    static Result clean(Element body, Element headline, List<Element> keep) {
        body.select(NON_TEXT).remove();
        dropBareRubyReadings(body);
        dropInlinePopups(body);
        Set<Element> protectedSet = Collections.newSetFromMap(new IdentityHashMap<>());
        protect(headline, protectedSet);
        Set<Element> headlinePath = Collections.newSetFromMap(new IdentityHashMap<>());
        protect(headline, headlinePath);
        for (Element e : body.select(ARTICLE_BODY)) protect(e, protectedSet);
        for (Element e : keep) protect(e, protectedSet);
        int prose = Math.max(1, proseWeight(body));
        boolean paywall = false;
        Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Element> stack = new ArrayDeque<>(body.children());
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            boolean hidden = isHidden(e) && !headlinePath.contains(e);
            if (hidden || !protectedSet.contains(e) && removable(e) && proseWeight(e) * 10 < prose * 4) {
                paywall |= ClassHints.paywall(e) && e.text().length() >= 20;
                e.remove();
                continue;
            }
            if (!protectedSet.contains(e) && isFurniture(e) && proseWeight(e) * 10 < prose * 4) {
                furniture.add(e);
                continue;
            }
            if (TeaserLists.isTeaserList(e)) {
                TeaserLists.removeWithHeading(e);
                continue;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) stack.push(e.child(i));
        }
        return new Result(paywall, furniture);
    }

    /**
     * Ruby readings ({@code <rt>}) are dropped when the page gives no {@code <rp>} parentheses for them: read
     * linearly they would split words (子<rt>こ</rt>ども). With {@code <rp>} the author wrote the linear form,
     * 尹錫悦（ユンソンニョル）, and it is kept.
     */
    private static void dropBareRubyReadings(Element body) {
        for (Element rt : body.getElementsByTag("rt")) {
            Element ruby = rt.parent();
            if (ruby == null || ruby.getElementsByTag("rp").isEmpty()) rt.remove();
        }
    }

    /**
     * Hover cards inside paragraphs: an inline {@code <span>} holding three or more links that make up nearly all
     * of its text (a person's latest headlines shown on mouse-over). They are not part of the sentence.
     */
    private static void dropInlinePopups(Element body) {
        for (Element span : body.getElementsByTag("span")) {
            if (span.parent() == null) continue;
            var links = span.getElementsByTag("a");
            if (links.size() < 3) continue;
            int linked = 0;
            for (Element a : links) if (a.hasAttr("href")) linked += a.text().length();
            int all = span.text().length();
            if (linked * 10 >= all * 8 && inParagraph(span)) span.remove();
        }
    }

    private static boolean inParagraph(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("p")) return true;
            if (tag.equals("div") || tag.equals("body") || tag.equals("li") || tag.equals("td")) return false;
        }
        return false;
    }

    private static boolean removable(Element e) {
        if (FOREIGN_TAGS.contains(e.normalName())) return true;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && FOREIGN_ROLES.contains(role)) return true;
        return ClassHints.foreign(e);
    }

    /** @return true for elements a reader never sees: {@code hidden}, {@code aria-hidden}, display:none */
    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return true;
        String style = e.attr("style");
        return !style.isEmpty() && hiddenStyle(style);
    }

    /** @return the weight of long unlinked text runs (50+) under {@code e}: its share of the running prose */
    private static int proseWeight(Element e) {
        int[] sum = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !(t.parent() instanceof Element p && p.normalName().equals("a") && p.hasAttr("href"))) {
                int w = weight(t.getWholeText());
                if (w >= 50) sum[0] += w;
            }
        }, e);
        return sum[0];
    }

    private static int weight(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += Block.charWeight(s.charAt(i));
        return w;
    }

    private static boolean isFurniture(Element e) {
        return e.normalName().equals("header") || ClassHints.furniture(e);
    }

    private static boolean hiddenStyle(String style) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static void protect(Element e, Set<Element> out) {
        for (Element p = e; p != null; p = p.parent()) out.add(p);
    }
}
