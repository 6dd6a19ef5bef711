package io.newsradar.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads schema.org JSON-LD blocks ({@code <script type="application/ld+json">}): top-level objects, arrays of
 * objects and {@code @graph} lists, flattened into one list, and picks the node describing the article
 * (schema.org {@code NewsArticle}, {@code Article}, {@code BlogPosting}, {@code ReportageNews} and the other
 * subtypes of {@code Article}, else a {@code WebPage} with a {@code datePublished}). Malformed blocks are
 * skipped; parsing is lenient about trailing commas, comments and raw control characters.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenews",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting", "posting");

    private JsonLd() { }

    /** @return every JSON-LD object node of the document, flattened; empty when there is none */
    static List<JsonNode> nodes(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) continue;
            String json = script.data().trim();
            if (json.isEmpty()) continue;
            try {
                flatten(MAPPER.readTree(json), out, 0);
            } catch (JacksonException e) {
                // a malformed block carries nothing we can trust; the others still count
            }
        }
        return out;
    }

    /** @return the node describing the article, or null */
    static JsonNode article(List<JsonNode> nodes) {
        JsonNode page = null;
        for (JsonNode n : nodes) {
            for (String type : types(n)) {
                if (ARTICLE_TYPES.contains(type) || type.endsWith("newsarticle")) return n;
                if (page == null && type.endsWith("webpage") && n.has("datePublished")) page = n;
            }
        }
        return page;
    }

    /** @return the text of a field: a string, the {@code name} of an object, or the first of an array; or null */
    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        return v == null ? null : textOf(v);
    }

    static String textOf(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isArray()) return v.isEmpty() ? null : textOf(v.get(0));
        if (v.isObject()) return textOf(v.has("name") ? v.get("name") : v.get("@value"));
        String s = v.asString().trim();
        return s.isEmpty() ? null : s;
    }

    /** @return all names of a field holding persons/organisations (string, object or array) */
    static List<String> names(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node == null ? null : node.get(field);
        if (v == null) return out;
        if (v.isArray()) {
            for (JsonNode e : v) {
                String t = textOf(e);
                if (t != null) out.add(t);
            }
        } else {
            String t = textOf(v);
            if (t != null) out.add(t);
        }
        return out;
    }

    private static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        JsonNode t = n.get("@type");
        if (t == null) return out;
        if (t.isArray()) for (JsonNode e : t) out.add(e.asString().toLowerCase(java.util.Locale.ROOT));
        else out.add(t.asString().toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) {
            for (JsonNode e : n) flatten(e, out, depth + 1);
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) flatten(n.get("@graph"), out, depth + 1);
            if (n.has("mainEntity")) flatten(n.get("mainEntity"), out, depth + 1);
        }
    }
}
