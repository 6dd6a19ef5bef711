package io.newsradar.cli;

import io.newsradar.model.Article;
import io.newsradar.model.Hit;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;

/** {@code --json} output: one JSON object per line, snake_case keys, ISO-8601 times with offsets. */
final class JsonLines {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonLines() {
    }

    static void print(PrintWriter out, ObjectNode node) {
        out.println(JSON.writeValueAsString(node));
        out.flush();
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** @return every extracted field of an article ({@code extract --json}) */
    static ObjectNode article(Article a) {
        ObjectNode n = object();
        n.put("id", a.id());
        n.put("url", a.url());
        n.put("canonical_url", a.canonicalUrl());
        n.put("title", a.title());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("date_source", a.dateSource());
        n.put("modified", a.modified() == null ? null : a.modified().toString());
        n.put("source", a.source());
        n.put("site", a.site());
        n.put("author", a.author());
        n.put("lang", a.lang());
        n.put("charset", a.charset());
        n.put("paywalled", a.paywalled());
        n.put("indexable", a.indexable());
        n.put("body", a.body());
        return n;
    }

    /** @return a search hit with its snippet as plain text plus highlight offsets */
    static ObjectNode hit(Hit h) {
        ObjectNode n = object();
        n.put("id", h.id());
        n.put("title", h.title());
        n.put("source", h.source());
        n.put("site", h.site());
        n.put("lang", h.lang());
        n.put("published", h.published() == null ? null : h.published().toString());
        n.put("first_seen", h.firstSeen() == null ? null : h.firstSeen().toString());
        n.put("url", h.url());
        n.put("score", Float.isNaN(h.score()) ? null : (Float) h.score());
        n.put("snippet", h.snippet().text());
        var spans = n.putArray("highlights");
        h.snippet().highlights().forEach(s -> spans.addArray().add(s.start()).add(s.end()));
        var themes = n.putArray("themes");
        h.themes().forEach(themes::add);
        n.put("story", h.story());
        n.put("similar_count", h.similarCount());
        return n;
    }
}
