package io.newsradar.extract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shared gold sets into {@link GoldPage}s: {@code extraction/scrapinghub-aeb}, {@code extraction/zh-cwced}
 * ({@code corpus_wrapper} pages flagged for unwrapping), {@code html-ja} (titles only where the fixture gives
 * them, times only where the truth has a time of day), {@code themes-gold} and the seed page.
 */
final class GoldSets {
    static final List<String> NAMES = List.of("seed", "themes-gold", "html-ja", "scrapinghub-aeb", "zh-cwced");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private GoldSets() { }

    /** @return the pages of one set under the shared {@code corpus} directory; empty when the set is absent */
    static List<GoldPage> load(Path corpus, String set) throws IOException {
        return switch (set) {
            case "seed" -> seed(corpus.resolve("seed"));
            case "themes-gold" -> themes(corpus.resolve("themes-gold"));
            case "html-ja" -> htmlJa(corpus.resolve("html-ja"));
            default -> extraction(corpus.resolve("extraction").resolve(set), set);
        };
    }

    private static List<GoldPage> seed(Path dir) throws IOException {
        Path truth = dir.resolve("truth.json");
        if (!Files.exists(truth)) return List.of();
        JsonNode t = JSON.readTree(Files.readString(truth));
        return List.of(new GoldPage("seed", "seed", t.get("url").asString(), dir.resolve(t.get("page").asString()), false,
                t.get("body").asString(), t.get("title").asString(), OffsetDateTime.parse(t.get("published").asString())));
    }

    private static List<GoldPage> themes(Path dir) throws IOException {
        List<GoldPage> out = new ArrayList<>();
        for (JsonNode t : lines(dir.resolve("articles.jsonl"))) {
            String id = t.get("id").asString();
            out.add(new GoldPage("themes-gold", id, t.get("url").asString(), dir.resolve("html").resolve(id + ".html"),
                    false, t.get("body").asString(), t.get("title").asString(), OffsetDateTime.parse(t.get("published").asString())));
        }
        return out;
    }

    private static List<GoldPage> htmlJa(Path dir) throws IOException {
        List<GoldPage> out = new ArrayList<>();
        for (JsonNode t : lines(dir.resolve("truth.jsonl"))) {
            String id = t.get("id").asString();
            String src = str(t, "title_source");
            String title = src == null || src.startsWith("fixture") ? str(t, "title") : null;
            String pub = str(t, "published");
            OffsetDateTime published = pub != null && str(t, "published_date_only") == null ? OffsetDateTime.parse(pub) : null;
            out.add(new GoldPage("html-ja", id, urlOr(str(t, "url"), "html-ja", id), dir.resolve(str(t, "file")), false,
                    str(t, "body"), title, published));
        }
        return out;
    }

    private static List<GoldPage> extraction(Path dir, String set) throws IOException {
        List<GoldPage> out = new ArrayList<>();
        for (JsonNode t : lines(dir.resolve("truth.jsonl"))) {
            String id = t.get("id").asString();
            boolean wrapped = t.has("corpus_wrapper") && t.get("corpus_wrapper").asBoolean();
            out.add(new GoldPage(set, id, urlOr(str(t, "url"), set, id), dir.resolve("html").resolve(id + ".html"),
                    wrapped, str(t, "body"), null, null));
        }
        return out;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(JSON.readTree(line));
        }
        return out;
    }

    private static String str(JsonNode t, String field) {
        JsonNode v = t.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String urlOr(String url, String set, String id) {
        return url != null && url.startsWith("http") ? url : "http://" + set + ".invalid/" + id;
    }

    /** @return the page bytes, without the corpus container line when {@link GoldPage#unwrap()} is set */
    static byte[] bytes(GoldPage p) throws IOException {
        byte[] b = Files.readAllBytes(p.file());
        return p.unwrap() ? CorpusWrapper.unwrap(b) : b;
    }
}
