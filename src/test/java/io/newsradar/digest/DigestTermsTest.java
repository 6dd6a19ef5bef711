package io.newsradar.digest;

import io.newsradar.themes.ThemesBench;
import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Theme;
import io.newsradar.query.LuceneArticleSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Characteristic terms in digests: built from the themes-gold articles (the export-controls section names export
 * controls), and shown escaped in every format (a hostile term cannot open a tag in HTML, Markdown or Atom).
 */
class DigestTermsTest {
    private static final Path GOLD = Path.of(System.getProperty("newsradar.shared", "../shared"), "corpus", "themes-gold");
    private static final String HOSTILE = "<script>alert(1)</script>";

    private static Digest withTerms() {
        Digest sample = SampleDigests.withItem("t", "https://news.example.jp/a/1");
        Digest.Section s = sample.sections().getFirst();
        List<Digest.Term> terms = List.of(new Digest.Term("輸出規制", "entity", 7, 8, 30.5),
                new Digest.Term("Commerce Department", "entity", 6, 9, 21.0), new Digest.Term(HOSTILE, "term", 2, 2, 9.1));
        Digest.Section withTerms = new Digest.Section(s.theme(), s.version(), s.items(), s.more(), s.trend(), s.followUps(),
                s.articles(), terms);
        return new Digest(sample.name(), sample.windowStart(), sample.windowEnd(), sample.timezone(), sample.generatedAt(),
                List.of(withTerms, sample.sections().get(1)));
    }

    @Test
    void everyFormatShowsTheTermsEscaped() throws Exception {
        Digest d = withTerms();
        String md = new MarkdownDigestRenderer().render(d);
        assertThat(md).contains("Characteristic: _輸出規制_ (7), _Commerce Department_ (6), \\<script\\>alert(1)\\</script\\> (2)")
                .doesNotContain(HOSTILE);
        String html = new HtmlDigestRenderer().render(d);
        assertThat(html).contains("<em>輸出規制</em> (7)").contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(HOSTILE);
        JsonNode json = JsonMapper.builder().build().readTree(new JsonDigestRenderer().render(d));
        JsonNode terms = json.get("themes").get(0).get("terms");
        assertThat(terms).hasSize(3);
        assertThat(terms.get(1).get("text").asString()).isEqualTo("Commerce Department");
        assertThat(terms.get(1).get("kind").asString()).isEqualTo("entity");
        assertThat(terms.get(1).get("articles").asLong()).isEqualTo(6);
        assertThat(terms.get(1).get("background").asLong()).isEqualTo(9);
        assertThat(terms.get(2).get("text").asString()).isEqualTo(HOSTILE); // JSON carries the value as is
        assertThat(json.get("themes").get(1).get("terms")).isEmpty();
        String atom = new AtomDigestRenderer("https://digest.example.org/daily.atom").render(d);
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        String content = f.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").item(0).getTextContent();
        assertThat(content).contains("<em>Commerce Department</em> (6)").contains("&lt;script&gt;").doesNotContain(HOSTILE);
    }

    @Test
    void theExportControlsSectionOfTheGoldArticlesNamesExportControls(@TempDir Path data) throws Exception {
        assumeTrue(Files.isRegularFile(GOLD.resolve("articles.jsonl")), GOLD + " absent: skipping");
        Instant seen = Instant.parse("2025-07-01T06:00:00Z");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            for (ThemesBench.GoldArticle g : ThemesBench.read(GOLD.resolve("articles.jsonl"))) {
                store.upsert(g.article(), List.copyOf(g.labels()), seen);
            }
        }
        Theme exports = new Theme("Semiconductor export controls", "", "export", "v1");
        try (LuceneArticleSearcher searcher = LuceneArticleSearcher.open(data)) {
            Digest d = new DigestBuilder(searcher, List.of(exports), ZoneId.of("Asia/Tokyo")).build("daily",
                    new DigestWindow(Instant.parse("2025-07-01T00:00:00Z"), Instant.parse("2025-07-02T00:00:00Z")),
                    Instant.parse("2025-07-02T00:00:00Z"), 10);
            List<Digest.Term> terms = d.sections().getFirst().terms();
            assertThat(terms).hasSizeBetween(5, DigestBuilder.TERMS);
            assertThat(terms).as("terms: %s", terms).anyMatch(t -> t.text().toLowerCase(Locale.ROOT).contains("export")
                    || t.text().contains("輸出"));
            assertThat(new MarkdownDigestRenderer().render(d)).contains("Characteristic: ");
        }
    }
}
