package io.newsradar.pipeline;

import io.newsradar.model.Article;
import io.newsradar.model.Failure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * Reads already-extracted articles from JSON Lines: one object per line with {@code id, url, title, body,
 * published, lang, source} (the shape of the shared {@code text/*}{@code /*.jsonl} corpora; {@code site} and
 * unknown keys are allowed and ignored except {@code site}). {@code published} is ISO-8601 with an offset
 * (or {@code Z}); a line without {@code url} is stored under {@code urn:newsradar:<id>}.
 */
public final class JsonlArticles {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonlArticles() {
    }

    /**
     * Parses every line of {@code file}; a bad line is reported as a {@link Failure} naming {@code file:line}
     * and the rest go on.
     *
     * @return the number of lines read (blank lines not counted)
     * @throws IOException when the file cannot be read at all
     */
    public static int read(Path file, Consumer<Article> articles, Consumer<Failure> failures) throws IOException {
        int lineNo = 0;
        int read = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                read++;
                try {
                    articles.accept(parse(JSON.readTree(line)));
                } catch (JacksonException e) {
                    failures.accept(new Failure(file + ":" + lineNo, Failure.Stage.SOURCE,
                            "not a JSON object: " + e.getOriginalMessage()));
                } catch (IllegalArgumentException | DateTimeException e) {
                    failures.accept(new Failure(file + ":" + lineNo, Failure.Stage.SOURCE, e.getMessage()));
                }
            }
        }
        return read;
    }

    /**
     * @param n one JSON object of the shape above
     * @return the article it describes
     * @throws IllegalArgumentException when it is not an object or has neither {@code id} nor {@code url}
     * @throws DateTimeException        when {@code published} is not ISO-8601 with an offset
     */
    public static Article parse(JsonNode n) {
        if (!n.isObject()) throw new IllegalArgumentException("not a JSON object");
        String id = text(n, "id");
        String url = text(n, "url");
        if (url == null) {
            if (id == null) throw new IllegalArgumentException("line has neither id nor url");
            url = "urn:newsradar:" + id;
        }
        String published = text(n, "published");
        OffsetDateTime pub = published == null ? null : OffsetDateTime.parse(published);
        String site = text(n, "site");
        return new Article(id, url, url, text(n, "title"), text(n, "body"), pub, "given", null,
                text(n, "lang"), text(n, "source"), site == null ? hostOf(url) : site, null, false, true, null, null);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String hostOf(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
