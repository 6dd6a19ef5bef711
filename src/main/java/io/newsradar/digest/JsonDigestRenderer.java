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
 *   "total":        int      stories listed over all themes
 *   "new_total":    int      articles new in the window summed over the themes (an article in two themes counts twice), listed or not
 *   "crawl":        null (not looked up) | { "recorded": bool   false: no crawl records, nothing known,
 *                     "polled": [string]  sources polled to the end since the window start,
 *                     "missed": [ { "source": string, "last_poll": instant or null } ]  due in the window, not polled
 *                                                                                    (failed or not run),
 *                     "not_due": int }   rules in {@link CrawlStatus}
 *   "themes": [ {
 *     "theme":   string     theme name
 *     "version": string     theme definition hash
 *     "count":   int        articles new in the window (every copy, follow-up copies included)
 *     "stories": int        new stories in the window (listed + more)
 *     "more":    int        new stories not listed (per-theme limit)
 *     "trend":   null | { "published": int   articles published in the window,
 *                         "previous": [int]  the same for each earlier window of the same length, oldest first,
 *                         "average": number  mean of "previous",
 *                         "spike": bool      rule in {@link Trend},
 *                         "sparkline": string  one bar per window, oldest first }
 *     "terms":   [ { the terms and entities most characteristic of the window's articles against the whole index
 *                    (log-likelihood G², sample in {@link DigestBuilder#TERMS}), most characteristic first, up to 8:
 *                    "text": string   as written most often (terms lower case),
 *                    "kind": "term" | "entity"   one word/morpheme, or a multi-word name (Commerce Department, 輸出規制),
 *                    "articles": int   sampled articles of the window containing it,
 *                    "background": int  articles of the whole index containing it,
 *                    "score": number   G² } ]
 *     "articles": [ { one per new story, its first-seen copy, most important first:
 *                     "id": string, "title": string, "url": string, "source": string, "site": string, "lang": string,
 *                     "published": ISO date-time with offset in the digest zone, or null,
 *                     "first_seen": instant or null, "lead": string, "late": bool,
 *                     "also_in": [ { "source": string, "site": string, "url": string, "first_seen": instant or null } ]
 *                                 the story's other copies first seen before the window end, earliest first,
 *                     "importance": { "score": number, "outlets": int, "placement": int (2 headline, 1 lead, 0),
 *                                     "mentions": int, "recency": number }   formula in {@link Importance} } ]
 *     "follow_ups": [ { stories reported before the window that new copies joined (not new):
 *                       "title": string, "url": string, "source": string, "first_seen": instant or null,
 *                       "also_in": [ copies as above, first seen in the window ] } ]
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
        crawl(root, d.crawl());
        ArrayNode themes = root.putArray("themes");
        for (Digest.Section s : d.sections()) section(themes.addObject(), s);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void section(ObjectNode t, Digest.Section s) {
        t.put("theme", s.theme());
        t.put("version", s.version());
        t.put("count", s.newCount());
        t.put("stories", s.storyCount());
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
        ArrayNode terms = t.putArray("terms");
        for (Digest.Term term : s.terms()) {
            ObjectNode n = terms.addObject();
            n.put("text", term.text());
            n.put("kind", term.kind());
            n.put("articles", term.articles());
            n.put("background", term.background());
            n.put("score", term.score());
        }
        ArrayNode arts = t.putArray("articles");
        for (Digest.Item i : s.items()) {
            ObjectNode a = arts.addObject();
            a.put("id", i.id());
            a.put("title", i.title());
            a.put("url", i.url());
            a.put("source", i.source());
            a.put("site", i.site());
            a.put("lang", i.lang());
            a.put("published", i.published() == null ? null : i.published().toOffsetDateTime().toString());
            a.put("first_seen", i.firstSeen() == null ? null : i.firstSeen().toString());
            a.put("lead", i.lead());
            a.put("late", i.late());
            copies(a.putArray("also_in"), i.also());
            ObjectNode imp = a.putObject("importance");
            imp.put("score", i.importance().score());
            imp.put("outlets", i.importance().outlets());
            imp.put("placement", i.importance().placement());
            imp.put("mentions", i.importance().mentions());
            imp.put("recency", i.importance().recency());
        }
        ArrayNode follow = t.putArray("follow_ups");
        for (Digest.FollowUp f : s.followUps()) {
            ObjectNode o = follow.addObject();
            o.put("title", f.title());
            o.put("url", f.url());
            o.put("source", f.source());
            o.put("first_seen", f.firstSeen() == null ? null : f.firstSeen().toString());
            copies(o.putArray("also_in"), f.newCopies());
        }
    }

    private static void copies(ArrayNode out, java.util.List<Digest.Copy> copies) {
        for (Digest.Copy c : copies) {
            ObjectNode o = out.addObject();
            o.put("source", c.source());
            o.put("site", c.site());
            o.put("url", c.url());
            o.put("first_seen", c.firstSeen() == null ? null : c.firstSeen().toString());
        }
    }

    private static void crawl(ObjectNode root, CrawlStatus c) {
        if (c == null) {
            root.putNull("crawl");
            return;
        }
        ObjectNode o = root.putObject("crawl");
        o.put("recorded", c.recorded());
        ArrayNode polled = o.putArray("polled");
        c.polled().forEach(polled::add);
        ArrayNode missed = o.putArray("missed");
        for (CrawlStatus.Missed m : c.missed()) {
            ObjectNode mo = missed.addObject();
            mo.put("source", m.source());
            mo.put("last_poll", m.lastPoll() == null ? null : m.lastPoll().toString());
        }
        o.put("not_due", c.notDue());
    }
}
