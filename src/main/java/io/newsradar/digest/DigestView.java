package io.newsradar.digest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

    private DigestView() {
    }

    static Map<String, Object> of(Digest d) {
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
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Digest.Section s : d.sections()) sections.add(section(s));
        v.put("sections", sections);
        return v;
    }

    private static Map<String, Object> section(Digest.Section s) {
        Map<String, Object> sv = new LinkedHashMap<>();
        sv.put("theme", oneLine(s.theme()));
        sv.put("version", s.version().isBlank() ? "unversioned" : s.version());
        sv.put("count", s.newCount());
        sv.put("empty", s.items().isEmpty());
        sv.put("more", s.more());
        sv.put("hasMore", s.more() > 0);
        if (s.trend() != null) sv.put("trend", trend(s.trend()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Digest.Item i : s.items()) items.add(item(i));
        sv.put("items", items);
        return sv;
    }

    private static Map<String, Object> trend(Trend t) {
        Map<String, Object> tv = new LinkedHashMap<>();
        tv.put("published", t.count());
        tv.put("average", String.format(Locale.ROOT, "%.1f", t.average()));
        tv.put("windows", t.previous().size());
        tv.put("sparkline", t.sparkline());
        tv.put("spike", t.spike());
        tv.put("bars", bars(t));
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

    private static Map<String, Object> item(Digest.Item i) {
        Map<String, Object> iv = new LinkedHashMap<>();
        iv.put("title", oneLine(i.title().isBlank() ? i.url() : i.title()));
        iv.put("href", href(i.url()));
        iv.put("url", oneLine(i.url()));
        iv.put("by", by(i));
        iv.put("published", i.published() == null ? "date unknown" : TIME.format(i.published()));
        iv.put("lang", oneLine(i.lang()));
        iv.put("late", i.late());
        iv.put("lead", oneLine(i.lead()));
        return iv;
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
    private static String by(Digest.Item i) {
        String source = oneLine(i.source()).strip();
        String site = oneLine(i.site()).strip();
        if (source.isEmpty()) return site.isEmpty() ? null : site;
        return site.isEmpty() || site.equals(source) ? source : source + " via " + site;
    }

    /** @return {@code s} with line breaks folded to a space and other control characters removed */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").replaceAll("[\\p{Cc}&&[^\\t]]", "");
    }
}
