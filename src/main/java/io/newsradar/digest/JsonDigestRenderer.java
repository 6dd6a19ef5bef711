package io.newsradar.digest;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON digest (Jackson), one object. Schema (all keys always present; instants are ISO-8601 UTC such as
 * {@code 2025-02-01T15:00:00Z}):
 * <pre>
 * {
 *   "digest":       string   digest name
 *   "generator":    string   "newsradar VERSION"
 *   "window_start": instant  first instant of the window (inclusive)
 *   "window_end":   instant  end of the window (exclusive)
 *   "timezone":     string   IANA zone of the window and of "published"
 *   "generated_at": instant
 *   "total":        int      articles listed over all themes
 *   "new_total":    int      articles new in the window over all themes, listed or not
 *   "themes": [ {
 *     "theme":   string     theme name
 *     "version": string     theme definition hash
 *     "count":   int        articles new in the window (listed + more)
 *     "more":    int        new articles not listed (per-theme limit)
 *     "trend":   null | { "published": int   articles published in the window,
 *                         "previous": [int]  the same for each earlier window of the same length, oldest first,
 *                         "average": number  mean of "previous",
 *                         "spike": bool      rule in {@link Trend},
 *                         "sparkline": string  one bar per window, oldest first }
 *     "articles": [ { "title": string, "url": string, "source": string, "site": string, "lang": string,
 *                     "published": ISO date-time with offset in the digest zone, or null,
 *                     "first_seen": instant or null, "lead": string, "late": bool } ]
 *   } ]
 * }
 * </pre>
 */
public final class JsonDigestRenderer implements DigestRenderer {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public String render(Digest d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("digest", d.name());
        root.put("generator", Digest.generator());
        root.put("window_start", d.windowStart().toString());
        root.put("window_end", d.windowEnd().toString());
        root.put("timezone", d.timezone());
        root.put("generated_at", d.generatedAt().toString());
        root.put("total", d.total());
        root.put("new_total", d.newTotal());
        ArrayNode themes = root.putArray("themes");
        for (Digest.Section s : d.sections()) section(themes.addObject(), s);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void section(ObjectNode t, Digest.Section s) {
        t.put("theme", s.theme());
        t.put("version", s.version());
        t.put("count", s.newCount());
        t.put("more", s.more());
        if (s.trend() == null) {
            t.putNull("trend");
        } else {
            ObjectNode tr = t.putObject("trend");
            tr.put("published", s.trend().count());
            ArrayNode prev = tr.putArray("previous");
            s.trend().previous().forEach(prev::add);
            tr.put("average", s.trend().average());
            tr.put("spike", s.trend().spike());
            tr.put("sparkline", s.trend().sparkline());
        }
        ArrayNode arts = t.putArray("articles");
        for (Digest.Item i : s.items()) {
            ObjectNode a = arts.addObject();
            a.put("title", i.title());
            a.put("url", i.url());
            a.put("source", i.source());
            a.put("site", i.site());
            a.put("lang", i.lang());
            a.put("published", i.published() == null ? null : i.published().toOffsetDateTime().toString());
            a.put("first_seen", i.firstSeen() == null ? null : i.firstSeen().toString());
            a.put("lead", i.lead());
            a.put("late", i.late());
        }
    }
}
