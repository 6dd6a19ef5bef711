package io.newsradar.query;

import io.newsradar.model.Article;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads the JSONL text corpora ({@code id, url, title, body, published, lang, source}). */
final class TextCorpus {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TextCorpus() {}

    static Path shared() {
        return Path.of(System.getProperty("newsradar.shared", "../shared"));
    }

    static List<Article> read(Path jsonl) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) out.add(article(JSON.readTree(line)));
            }
        }
        return out;
    }

    private static Article article(JsonNode d) {
        String id = text(d, "id");
        String url = text(d, "url");
        String published = text(d, "published");
        return new Article(id, url == null ? "corpus:" + id : url, null, text(d, "title"), text(d, "body"),
                published == null ? null : OffsetDateTime.parse(published), "given", null, text(d, "lang"),
                text(d, "source"), null, null, false, true, null, null);
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
