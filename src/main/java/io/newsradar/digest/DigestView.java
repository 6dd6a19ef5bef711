package io.newsradar.digest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The template view of a {@link Digest}: plain values (not escaped: each format's template engine escapes
 * {@code {{value}}} for its own syntax) plus {@code href}, set only for a well-formed absolute http or https
 * URL, so a {@code javascript:} or {@code data:} URL never becomes a link in any format. Times are printed in
 * the digest's zone as {@code yyyy-MM-dd HH:mm}.
 */
final class DigestView {
    static final int BAR_PX = 24;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** How the HTML shows each theme's timeline. */
    enum Charts {
        /** Table cells as bars (no image): Atom entries, whose readers drop inline images. */
        TABLE,
        /** A PNG in a {@code data:image/png;base64} URI: HTML written to a file or standard output. */
        DATA_URI,
        /** A PNG referenced as {@code cid:} ({@link #contentId}): the HTML part of an e-mail, the PNG a related part. */
        CID
    }

    private DigestView() {
    }

    static Map<String, Object> of(Digest d) {
        return of(d, Charts.TABLE);
    }

    static Map<String, Object> of(Digest d, Charts charts) {
        ZoneId zone = ZoneId.of(d.timezone());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", d.name());
        v.put("generator", Digest.generator());
        v.put("start", TIME.format(d.windowStart().atZone(zone)));
        v.put("end", TIME.format(d.windowEnd().atZone(zone)));
        v.put("zone", d.timezone());
        v.put("generatedAt", TIME.format(d.generatedAt().atZone(zone)));
        v.put("total", d.total());
        v.put("newTotal", d.newTotal());
        v.put("themeCount", d.sections().size());
        v.put("themeVersions", String.join(", ", d.sections().stream()
                .map(s -> oneLine(s.theme()) + " " + (s.version().isBlank() ? "unversioned" : s.version())).toList()));
        v.put("crawl", crawl(d.crawl(), zone));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int k = 0; k < d.sections().size(); k++) sections.add(section(d.sections().get(k), k, charts, zone));
        v.put("sections", sections);
        return v;
    }

    /** @return the Content-ID (without angle brackets) of the chart of section {@code index} in an e-mail */
    static String contentId(int index) {
        return "chart-" + (index + 1) + "@digest.newsradar.invalid";
    }

    /** @return one line on the sources polled in the window, or null when the digest did not look */
    static String crawl(CrawlStatus c, ZoneId zone) {
        if (c == null) return null;
        if (!c.recorded()) return "no crawl records in this data directory (crawl/polls.tsv absent): sources polled unknown";
        StringBuilder b = new StringBuilder();
        b.append(c.polled().size()).append(c.polled().size() == 1 ? " source" : " sources").append(" polled since the window start");
        if (!c.polled().isEmpty()) b.append(" (").append(oneLine(String.join(", ", c.polled()))).append(')');
        if (!c.missed().isEmpty()) {
            b.append("; ").append(c.missed().size()).append(" due but not polled to the end (failed or not run): ");
            b.append(String.join(", ", c.missed().stream().map(m -> oneLine(m.source()) + " (last "
                    + (m.lastPoll() == null ? "never" : TIME.format(m.lastPoll().atZone(zone))) + ")").toList()));
        }
        if (c.notDue() > 0) b.append("; ").append(c.notDue()).append(" not due");
        return b.toString();
    }

    private static Map<String, Object> section(Digest.Section s, int index, Charts charts, ZoneId zone) {
        Map<String, Object> sv = new LinkedHashMap<>();
        sv.put("theme", oneLine(s.theme()));
        sv.put("version", s.version().isBlank() ? "unversioned" : s.version());
        sv.put("count", s.newCount());
        sv.put("stories", s.newCount() == s.storyCount() ? null : s.storyCount());
        sv.put("empty", s.items().isEmpty());
        sv.put("more", s.more());
        sv.put("hasMore", s.more() > 0);
        if (s.trend() != null) sv.put("trend", trend(s.trend(), index, charts));
        List<Map<String, Object>> terms = new ArrayList<>();
        for (int k = 0; k < s.terms().size(); k++) {
            Digest.Term t = s.terms().get(k);
            Map<String, Object> tv = new LinkedHashMap<>();
            tv.put("text", oneLine(t.text()));
            tv.put("entity", "entity".equals(t.kind()));
            tv.put("articles", t.articles());
            tv.put("sep", k + 1 < s.terms().size());
            terms.add(tv);
        }
        sv.put("terms", terms);
        sv.put("hasTerms", !terms.isEmpty());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Digest.Item i : s.items()) items.add(item(i, zone));
        sv.put("items", items);
        List<Map<String, Object>> followUps = new ArrayList<>();
        for (Digest.FollowUp f : s.followUps()) followUps.add(followUp(f, zone));
        sv.put("followUps", followUps);
        sv.put("hasFollowUps", !followUps.isEmpty());
        return sv;
    }

    private static Map<String, Object> trend(Trend t, int index, Charts charts) {
        Map<String, Object> tv = new LinkedHashMap<>();
        tv.put("published", t.count());
        tv.put("average", String.format(Locale.ROOT, "%.1f", t.average()));
        tv.put("windows", t.previous().size());
        tv.put("sparkline", t.sparkline());
        tv.put("spike", t.spike());
        switch (charts) {
            case TABLE -> tv.put("bars", bars(t));
            case DATA_URI -> tv.put("chartSrc", "data:image/png;base64," + Base64.getEncoder().encodeToString(TrendChart.png(t)));
            case CID -> tv.put("chartSrc", "cid:" + contentId(index));
        }
        tv.put("chartAlt", TrendChart.alt(t));
        tv.put("chartWidth", TrendChart.WIDTH);
        tv.put("chartHeight", TrendChart.HEIGHT);
        return tv;
    }

    /** Bar heights for the HTML chart (table cells, no image): 2..{@value #BAR_PX} px, the digest window last. */
    private static List<Map<String, Object>> bars(Trend t) {
        List<Long> counts = new ArrayList<>(t.previous());
        counts.add(t.count());
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("px", 2 + Math.round((double) counts.get(i) * (BAR_PX - 2) / max));
            b.put("count", counts.get(i));
            b.put("color", i == counts.size() - 1 ? (t.spike() ? "#b00020" : "#1a73e8") : "#9aa0a6");
            out.add(b);
        }
        return out;
    }

    private static Map<String, Object> item(Digest.Item i, ZoneId zone) {
        Map<String, Object> iv = new LinkedHashMap<>();
        iv.put("title", oneLine(i.title().isBlank() ? i.url() : i.title()));
        iv.put("href", href(i.url()));
        iv.put("url", oneLine(i.url()));
        iv.put("by", by(i.source(), i.site()));
        iv.put("published", i.published() == null ? "date unknown" : TIME.format(i.published().withZoneSameInstant(zone)));
        iv.put("lang", oneLine(i.lang()));
        iv.put("late", i.late());
        iv.put("lead", oneLine(i.lead()));
        iv.put("also", copies(i.also()));
        iv.put("hasAlso", !i.also().isEmpty());
        return iv;
    }

    private static Map<String, Object> followUp(Digest.FollowUp f, ZoneId zone) {
        Map<String, Object> fv = new LinkedHashMap<>();
        fv.put("title", oneLine(f.title().isBlank() ? f.url() : f.title()));
        fv.put("href", href(f.url()));
        fv.put("source", f.source().isBlank() ? null : oneLine(f.source()));
        fv.put("firstSeen", f.firstSeen() == null ? "earlier" : TIME.format(f.firstSeen().atZone(zone)));
        fv.put("also", copies(f.newCopies()));
        return fv;
    }

    /** @return one entry per copy: outlet name, checked link, and {@code last} false for all but the last */
    private static List<Map<String, Object>> copies(List<Digest.Copy> copies) {
        List<Map<String, Object>> out = new ArrayList<>(copies.size());
        for (int k = 0; k < copies.size(); k++) {
            Digest.Copy c = copies.get(k);
            Map<String, Object> cv = new LinkedHashMap<>();
            cv.put("outlet", oneLine(c.outlet()));
            cv.put("href", href(c.url()));
            cv.put("sep", k < copies.size() - 1);
            out.add(cv);
        }
        return out;
    }

    /**
     * @return the URL when it is an absolute http(s) URL with a host, with {@code < > " ' `} and white space
     *     percent-encoded (safe inside a Markdown {@code <...>} link and an HTML attribute); else null
     */
    static String href(String url) {
        if (url == null) return null;
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return null;
        StringBuilder b = new StringBuilder(u.length());
        for (char c : u.toCharArray()) {
            switch (c) {
                case '<', '>', '"', '\'', '`', ' ', '\t', '\n', '\r', '\\' -> b.append('%').append(String.format("%02X", (int) c));
                default -> b.append(c);
            }
        }
        try {
            URI uri = new URI(b.toString());
            return uri.getHost() == null && uri.getRawAuthority() == null ? null : b.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** @return "source via site", "source" or "site", or null when both are blank */
    private static String by(String rawSource, String rawSite) {
        String source = oneLine(rawSource).strip();
        String site = oneLine(rawSite).strip();
        if (source.isEmpty()) return site.isEmpty() ? null : site;
        return site.isEmpty() || site.equals(source) ? source : source + " via " + site;
    }

    /** @return {@code s} with line breaks folded to a space and other control characters removed */
    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replaceAll("[\\p{Cc}&&[^\\t]]", "");
    }
}
