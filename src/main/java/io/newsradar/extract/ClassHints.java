package io.newsradar.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the intent web designers write into {@code class} and {@code id} names. Names are split into tokens
 * at non-alphanumerics and camelCase boundaries ({@code relatedArticles} and {@code related-articles} both give
 * {@code related}), and tokens are compared whole, so {@code commentary} is not {@code comment}. The vocabulary
 * is the usual one of page furniture (navigation, breadcrumbs, rankings, related boxes, share widgets,
 * comments, cookie/consent and newsletter prompts, paywalls, ads, captions), in the manner of Readability's
 * {@code unlikelyCandidates} list; it names kinds of blocks, never particular sites.
 */
final class ClassHints {
    /** Blocks brought in from elsewhere: removed before anything else reads the page. */
    private static final Set<String> FOREIGN = Set.of(
            "nav", "navi", "navbar", "navigation", "menu", "menus", "gnav", "globalnav", "breadcrumb", "breadcrumbs",
            "crumb", "crumbs", "pankuzu", "topicpath", "related", "relation", "relations", "ranking", "rankings",
            "comment", "comments", "commentlist", "disqus", "cookie", "cookies", "consent", "gdpr", "newsletter",
            "newsletters", "promo", "promos", "promotion", "sidebar", "sidebars", "sidenav", "rail", "rightrail", "siderail", "footer", "masthead",
            "banner", "banners", "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "sponsor",
            "sponsored", "widget", "widgets", "recommend", "recommended", "recommendation", "recommendations",
            "popular", "trending", "mostread", "pickup", "pagination", "pager", "paging", "subscribe", "subscription",
            "signup", "login", "paywall", "regwall", "modal", "popup", "overlay", "outbrain", "taboola", "survey",
            "feedback", "gallery", "slideshow", "carousel", "teaser", "teasers", "excerpt");
    /** Furniture around the article: kept for date and byline reading, never part of the body. */
    private static final Set<String> FURNITURE = Set.of(
            "header", "share", "shares", "sharing", "sharebar", "sns", "social", "toolbar", "tools", "utility",
            "reaction", "reactions", "follow", "caption", "captions", "credit", "credits", "copyright", "tags",
            "taglist", "rating", "thumbnail", "thumb", "figcaption", "print", "pr", "skip", "disclaimer", "bio",
            "biography", "authorbio", "disclosure");
    private static final Set<String> PAYWALL = Set.of("paywall", "regwall", "metered", "paywalled");

    /** Class names stating a property of the element ({@code has-thumbnail}, {@code no-comments}), not its kind. */
    private static final java.util.regex.Pattern STATE_FLAG =
            java.util.regex.Pattern.compile("(?i)(has|no|with|without|show|enable|disable|is)[-_]");

    private ClassHints() { }

    /** @return true when the element's class or id names a block brought in from elsewhere (related, ads...) */
    static boolean foreign(Element e) {
        String names = e.className();
        if (names.contains("sr-only") || names.contains("visually-hidden") || names.contains("screen-reader")) return true;
        return matches(e, FOREIGN);
    }

    /** @return true when the element's class or id names furniture around the article (share bar, caption...) */
    static boolean furniture(Element e) {
        return matches(e, FURNITURE);
    }

    /** @return true when the element's class or id names a paywall or subscriber-only box */
    static boolean paywall(Element e) {
        return matches(e, PAYWALL);
    }

    private static boolean matches(Element e, Set<String> vocabulary) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) return false;
        for (String name : names.split("\\s+")) {
            if (!name.isEmpty() && !STATE_FLAG.matcher(name).lookingAt() && matchesName(name, vocabulary)) return true;
        }
        return false;
    }

    private static boolean matchesName(String names, Set<String> vocabulary) {
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            boolean camel = alnum && i > 0 && Character.isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
            if ((!alnum || camel) && start >= 0) {
                if (vocabulary.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) return true;
                start = -1;
            }
            if (alnum && start < 0) start = i;
        }
        return false;
    }
}
