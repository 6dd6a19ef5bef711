package io.newsradar.cases;

import io.newsradar.model.Article;
import io.newsradar.pipeline.JsonlArticles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a case's {@code docs_file}: a JSON array of extracted documents ({@code id, url, lang, published, title, body}). */
final class DocsFile {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DocsFile() {
    }

    static List<Article> read(CaseCheck check) throws IOException {
        Path file = check.folder().resolve(check.givenText("docs_file"));
        List<Article> docs = new ArrayList<>();
        for (JsonNode d : JSON.readTree(file.toFile())) docs.add(JsonlArticles.parse(d));
        return docs;
    }
}
