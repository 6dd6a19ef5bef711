package io.newsradar.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a page says about itself in its markup, read once before the body is cleaned: {@code <meta>} tags by
 * {@code name}, {@code property} and {@code itemprop} (first value wins), the JSON-LD article node, the
 * {@code <html lang>} hint and the {@code rel=canonical} link resolved against {@code <base href>} or the URL.
 *
 * @param meta      lower-cased meta key to content
 * @param ldNodes   all JSON-LD object nodes
 * @param ldArticle the JSON-LD node describing the article, or null
 * @param htmlLang  the {@code lang} attribute of {@code <html>}, lower case, or empty
 * @param canonical absolute canonical URL from {@code <link rel=canonical>}, or null
 */
record PageMetadata(Map<String, String> meta, List<JsonNode> ldNodes, JsonNode ldArticle, String htmlLang,
                    String canonical) {

    static PageMetadata read(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = (m.hasAttr("content") ? m.attr("content") : m.attr("value")).trim();
            if (content.isEmpty()) continue;
            for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                for (String key : m.attr(attr).trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) meta.putIfAbsent(key, content);
                }
            }
        }
        List<JsonNode> nodes = JsonLd.nodes(doc);
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").trim().toLowerCase(Locale.ROOT);
        if (lang.isEmpty()) lang = meta.getOrDefault("content-language", "").toLowerCase(Locale.ROOT);
        String canonical = null;
        for (Element link : doc.getElementsByTag("link")) {
            if (!link.attr("rel").trim().equalsIgnoreCase("canonical") || !link.hasAttr("href")) continue;
            String abs = link.absUrl("href");
            if (abs.startsWith("http")) {
                canonical = abs;
                break;
            }
        }
        return new PageMetadata(Map.copyOf(meta), nodes, JsonLd.article(nodes), lang, canonical);
    }

    /** @return the content of the first of {@code keys} present (keys lower case), or null */
    String first(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }

    /** @return a JSON-LD field of the article node as text, or null */
    String ld(String field) {
        return JsonLd.text(ldArticle, field);
    }
}
