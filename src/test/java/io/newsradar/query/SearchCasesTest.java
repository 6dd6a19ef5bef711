package io.newsradar.query;

import io.newsradar.index.syntax.QuerySyntax;
import io.newsradar.index.syntax.QueryException;
import io.newsradar.index.ArticleDocuments;
import io.newsradar.model.Article;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The search cases of {@code ../shared/cases} (17, 18): index {@code docs_file} as given, run each query through
 * {@link QuerySyntax} and check {@code must_find}, {@code must_not_find}, {@code top1}.
 */
class SearchCasesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> mixedScriptCompounds() throws IOException {
        return run("17-search-mixed-script-compound");
    }

    @TestFactory
    Stream<DynamicTest> fullWidthDigits() throws IOException {
        return run("18-search-fullwidth-digits");
    }

    private Stream<DynamicTest> run(String name) throws IOException {
        Path dir = Path.of(System.getProperty("newsradar.cases", "../shared/cases")).resolve(name);
        assumeTrue(Files.isDirectory(dir), dir + " absent: skipping");
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode check : expected.get("checks")) {
            IndexSearcher searcher = index(dir.resolve(check.get("given").get("docs_file").asString()));
            for (JsonNode q : check.get("expect").get("queries")) {
                tests.add(DynamicTest.dynamicTest(q.get("q").asString(), () -> check(searcher, q)));
            }
        }
        return tests.stream();
    }

    private static void check(IndexSearcher searcher, JsonNode q) throws IOException {
        TopDocs top = searcher.search(QuerySyntax.parse(q.get("q").asString()), 100);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) ids.add(searcher.storedFields().document(sd.doc).get("id"));
        if (q.has("must_find")) q.get("must_find").forEach(id -> assertThat(ids).contains(id.asString()));
        if (q.has("must_not_find")) q.get("must_not_find").forEach(id -> assertThat(ids).doesNotContain(id.asString()));
        if (q.has("top1")) assertThat(ids).first().isEqualTo(q.get("top1").asString());
    }

    static IndexSearcher index(Path docsFile) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(io.newsradar.index.Analyzers.perField()))) {
            for (JsonNode d : JSON.readTree(docsFile.toFile())) {
                Article a = new Article(d.get("id").asString(), d.get("url").asString(), null,
                        d.get("title").asString(), d.get("body").asString(),
                        OffsetDateTime.parse(d.get("published").asString()), "given", null, d.get("lang").asString(),
                        null, null, null, false, true, null, null);
                w.addDocument(ArticleDocuments.toDocument(a, List.of(), Instant.EPOCH));
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }
}
