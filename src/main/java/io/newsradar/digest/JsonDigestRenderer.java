package io.newsradar.digest;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON digest, one object:
 * <pre>
 * { "digest": name, "window_start": ISO instant (UTC), "window_end": ISO instant (exclusive),
 *   "timezone": IANA zone, "generated_at": ISO instant, "total": int,
 *   "themes": [ { "theme": name, "version": hash, "count": int, "more": int,
 *                 "articles": [ { "title", "url", "source", "site", "lang",
 *                                 "published": ISO date-time in the digest zone or null,
 *                                 "first_seen": ISO instant, "lead", "late": bool } ] } ] }
 * </pre>
 */
public final class JsonDigestRenderer implements DigestRenderer {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public String render(Digest d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("digest", d.name());
        root.put("window_start", d.windowStart().toString());
        root.put("window_end", d.windowEnd().toString());
        root.put("timezone", d.timezone());
        root.put("generated_at", d.generatedAt().toString());
        root.put("total", d.total());
        ArrayNode themes = root.putArray("themes");
        for (Digest.Section s : d.sections()) {
            ObjectNode t = themes.addObject();
            t.put("theme", s.theme());
            t.put("version", s.version());
            t.put("count", s.items().size());
            t.put("more", s.more());
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
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
