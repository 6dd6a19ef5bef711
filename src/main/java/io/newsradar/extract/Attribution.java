package io.newsradar.extract;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who published and who wrote: {@code site} is where the page was published (Open Graph {@code site_name},
 * JSON-LD publisher, {@code application-name}, else the host); {@code source} is the outlet that wrote the
 * article: for a republished item the service named in a credit line ({@code 提供元：}, {@code 配信元：},
 * {@code 出典：}, {@code Source:}, {@code 来源：}) or before the date in the dateline, else the site;
 * {@code author} from JSON-LD, {@code <meta name=author>}, or a "By ..." byline.
 */
final class Attribution {
    private static final Pattern CREDIT = Pattern.compile("^(?:提供元|配信元|配信|出典|提供|来源|稿源|Source|Provided by)\\s*[:：]\\s*(.{2,40})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|by)\\s+([A-Z][\\p{L}.'\\- ]{1,60}?)(?:\\s*[,|/·]|\\s+and\\s|$)");

    private Attribution() { }

    static String site(PageMetadata meta, String pageUrl) {
        String s = TitleFinder.clean(meta.first("og:site_name", "application-name", "twitter:site"));
        if (s.startsWith("http")) return CanonicalUrls.host(s);
        if (!s.isEmpty() && !s.startsWith("@")) return s;
        if (meta.ldArticle() != null) {
            String pub = JsonLd.text(meta.ldArticle(), "publisher");
            if (pub != null) return pub;
        }
        return CanonicalUrls.host(pageUrl);
    }

    /**
     * @param blocks   page blocks
     * @param around   indexes of blocks near the headline and right after the body, to look for credits
     * @param dateline the dateline found, or null
     * @param site     the site name
     * @return the outlet that wrote the article
     */
    static String source(List<Block> blocks, List<Integer> around, Datelines.Found dateline, String site) {
        for (int i : around) {
            if (i < 0 || i >= blocks.size()) continue;
            String t = blocks.get(i).text();
            if (t.length() > 60) continue;
            Matcher m = CREDIT.matcher(t.strip());
            if (m.matches()) return m.group(1).replaceFirst("(\\s+\\d|\\s*[|｜/]|\\s{2,}).*$", "").strip();
        }
        if (dateline != null && dateline.outlet() != null) return dateline.outlet();
        return site;
    }

    static String author(PageMetadata meta, List<Block> blocks, List<Integer> around) {
        List<String> names = JsonLd.names(meta.ldArticle(), "author");
        names.removeIf(n -> n.startsWith("http"));
        if (!names.isEmpty()) return name(String.join(", ", names));
        String m = meta.first("author", "article:author", "dc.creator", "byl", "sailthru.author");
        if (m != null && !m.startsWith("http")) return name(m);
        for (int i : around) {
            if (i < 0 || i >= blocks.size()) continue;
            Matcher b = BYLINE.matcher(blocks.get(i).text());
            if (b.find()) return name(b.group(1));
        }
        return null;
    }

    /** @return a byline without "By" and without a trailing "on Monday" or date */
    private static String name(String raw) {
        String n = TitleFinder.clean(raw).replaceFirst("^(?i)by\\s+", "").replaceFirst("\\s+(on|at)\\s+.*$", "");
        return n.isEmpty() ? null : n;
    }

    /** @return true when the element is an ancestor of, or equal to, {@code e} */
    static boolean contains(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }
}
