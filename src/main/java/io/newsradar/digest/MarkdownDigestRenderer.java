package io.newsradar.digest;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Markdown digest through the template {@code digest/digest.md.mustache}. Values are escaped for Markdown
 * (characters with inline meaning are backslash-escaped); links are only emitted for http(s) URLs.
 */
public final class MarkdownDigestRenderer implements DigestRenderer {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("digest").compile("digest.md.mustache");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String render(Digest d) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, view(d));
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static Map<String, Object> view(Digest d) {
        ZoneId zone = ZoneId.of(d.timezone());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", md(d.name()));
        v.put("start", TIME.format(d.windowStart().atZone(zone)));
        v.put("end", TIME.format(d.windowEnd().atZone(zone)));
        v.put("zone", d.timezone());
        v.put("total", d.total());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Digest.Section s : d.sections()) {
            Map<String, Object> sv = new LinkedHashMap<>();
            sv.put("theme", md(s.theme()));
            sv.put("version", s.version());
            sv.put("count", s.items().size() + s.more());
            sv.put("empty", s.items().isEmpty());
            sv.put("more", s.more());
            sv.put("hasMore", s.more() > 0);
            List<Map<String, Object>> items = new ArrayList<>();
            for (Digest.Item i : s.items()) items.add(item(i));
            sv.put("items", items);
            sections.add(sv);
        }
        v.put("sections", sections);
        return v;
    }

    private static Map<String, Object> item(Digest.Item i) {
        Map<String, Object> iv = new LinkedHashMap<>();
        String title = md(i.title().isBlank() ? i.url() : i.title());
        iv.put("titleLink", isHttp(i.url()) ? "[" + title + "](<" + i.url().replace(">", "%3E") + ">)" : title);
        String by = i.source().equals(i.site()) || i.site().isBlank() ? i.source() : i.source() + " via " + i.site();
        iv.put("by", md(by));
        iv.put("published", i.published() == null ? "date unknown" : TIME.format(i.published()));
        iv.put("lang", i.lang());
        iv.put("late", i.late());
        iv.put("lead", md(i.lead()));
        return iv;
    }

    static boolean isHttp(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /**
     * Escapes the characters that carry inline Markdown (CommonMark) meaning inside a list item: emphasis, code,
     * links, raw HTML, tables, strike-through; folds line breaks. Values never start a line, so block markers
     * ({@code #}, {@code -}, {@code +}) need no escape.
     */
    static String md(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|~".indexOf(c) >= 0) b.append('\\');
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString();
    }
}
