package io.newsradar.extract;

import io.newsradar.config.ExtractSettings;
import io.newsradar.model.Article;
import io.newsradar.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Gold data from {@code ../shared}: the seed page, the themes-gold pages, and every page of the other sets. */
class GoldPagesTest {
    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    @Test
    void seedPageMatchesItsTruth() throws Exception {
        Path seed = SharedData.dir().resolve("corpus/seed");
        JsonNode truth = JsonMapper.builder().build().readTree(Files.readString(seed.resolve("truth.json")));
        Article a = extractor.extract(new Page(truth.get("url").asString(),
                Files.readAllBytes(seed.resolve(truth.get("page").asString())), "text/html", Instant.parse("2025-02-01T00:00:00Z")));
        assertThat(a.title()).isEqualTo(truth.get("title").asString());
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse(truth.get("published").asString()));
        assertThat(a.dateSource()).isEqualTo("text");
        assertThat(a.source()).isEqualTo(truth.get("source").asString());
        assertThat(a.site()).isEqualTo("みらいニュース");
        assertThat(a.lang()).isEqualTo("ja");
        assertThat(a.charset()).isEqualTo("UTF-8");
        List<String> paragraphs = new ArrayList<>();
        truth.get("paragraphs").forEach(p -> paragraphs.add(p.asString()));
        assertThat(Arrays.stream(a.body().split("\n\n")).map(String::strip).toList()).isEqualTo(paragraphs);
        for (JsonNode outside : truth.get("outside_body")) {
            assertThat(a.body().split("\n\n")).doesNotContain(outside.asString());
        }
    }

    @Test
    void seedBodyScoresAtLeast098(@TempDir Path out) throws Exception {
        BenchReport.SetResult r = new ExtractionBench(ExtractSettings.defaults()).measureSet(SharedData.dir(), "seed", out);
        assertThat(r.f1()).isGreaterThanOrEqualTo(0.98);
    }

    /** Floors are what the extractor reaches today minus a little, so a regression fails. */
    @Test
    void themesGoldReachesItsTargets(@TempDir Path out) throws Exception {
        BenchReport.SetResult r = new ExtractionBench(ExtractSettings.defaults()).measureSet(SharedData.dir(), "themes-gold", out);
        assertThat(r.pages()).isEqualTo(160);
        assertThat(r.failures()).isEmpty();
        assertThat(r.f1()).isGreaterThanOrEqualTo(0.995);
        assertThat(r.titleAccuracy()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.dateAccuracy()).isGreaterThanOrEqualTo(0.99);
    }

    /** Measured today: scrapinghub 0.976, zh-cwced 0.957, html-ja 0.938 (titles 17/19, times 32/34). */
    @Test
    void extractionSetsKeepTheirMeasuredFloors(@TempDir Path out) throws Exception {
        ExtractionBench bench = new ExtractionBench(ExtractSettings.defaults());
        Path shared = SharedData.dir();
        assertThat(bench.measureSet(shared, "scrapinghub-aeb", out).f1()).isGreaterThanOrEqualTo(0.970);
        assertThat(bench.measureSet(shared, "zh-cwced", out).f1()).isGreaterThanOrEqualTo(0.950);
        BenchReport.SetResult ja = bench.measureSet(shared, "html-ja", out);
        assertThat(ja.f1()).isGreaterThanOrEqualTo(0.930);
        assertThat(ja.titleAccuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(ja.dateAccuracy()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyCorpusPageExtractsWithoutError() throws Exception {
        Path corpus = SharedData.dir().resolve("corpus");
        List<Path> dirs = new ArrayList<>();
        try (var sets = Files.list(corpus.resolve("extraction"))) {
            sets.filter(d -> Files.isDirectory(d.resolve("html"))).forEach(d -> dirs.add(d.resolve("html")));
        }
        dirs.add(corpus.resolve("html-ja/pages"));
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (Path dir : dirs) {
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    pages++;
                    try {
                        Article a = extractor.extract(new Page("http://corpus.invalid/" + f.getFileName(),
                                Files.readAllBytes(f), null, null));
                        if (a.body().isBlank()) failures.add(f + ": empty body");
                    } catch (ExtractionException | RuntimeException e) {
                        failures.add(f + ": " + e);
                    }
                }
            }
        }
        assertThat(pages).isGreaterThanOrEqualTo(121 + 46 + 37);
        assertThat(failures).isEmpty();
    }
}
