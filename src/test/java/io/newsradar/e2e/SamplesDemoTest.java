package io.newsradar.e2e;

import io.newsradar.pipeline.Workspace;
import io.newsradar.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped samples through the real CLI: the demo runs, and each sample's title, date, source and themes
 * equal what {@code samples/expected.jsonl} (written by hand when the samples were written) says.
 */
class SamplesDemoTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path tmp;

    @Test
    void demoPrintsThemesASearchAndADigest() {
        CliRun r = CliRun.of("demo", "--dir", tmp.resolve("demo").toString(), "--samples", SAMPLES.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ingest: 12 inputs, 12 articles added")
                .contains("DeepSeek")
                .contains("matching article")
                .contains("# newsradar digest: daily")
                .as("a first digest: nothing an earlier one should have carried").doesNotContain("_(indexed late)_");
    }

    @Test
    void samplesAreExtractedAndTaggedAsExpected() throws Exception {
        Path data = tmp.resolve("data");
        CliRun r = CliRun.of("--data", data.toString(), "ingest", SAMPLES.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, JsonNode> expected = new HashMap<>();
        for (String line : Files.readAllLines(SAMPLES.resolve("expected.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            expected.put(n.get("title").asString(), n);
        }
        List<String> mismatches = new ArrayList<>();
        try (Workspace ws = Workspace.open(data, Clock.systemUTC())) {
            assertThat(ws.store().count()).isEqualTo(expected.size());
            ws.store().forEach(s -> {
                JsonNode e = expected.get(s.article().title());
                if (e == null) {
                    mismatches.add("unexpected title: " + s.article().title());
                    return;
                }
                String id = e.get("id").asString();
                OffsetDateTime published = s.article().published();
                if (published == null || !OffsetDateTime.parse(e.get("published").asString()).isEqual(published)) {
                    mismatches.add(id + " published " + s.article().published());
                }
                if (!e.get("source").asString().equals(s.article().source())) mismatches.add(id + " source " + s.article().source());
                List<String> themes = new ArrayList<>();
                e.get("themes").forEach(t -> themes.add(t.asString()));
                if (!new java.util.HashSet<>(themes).equals(new java.util.HashSet<>(s.themes()))) {
                    mismatches.add(id + " themes " + s.themes() + " expected " + themes);
                }
            });
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void sampleBodiesScoreAgainstTheirTruth() throws Exception {
        List<String> args = new ArrayList<>(List.of("--data", tmp.resolve("x").toString(), "extract", "--json", "--id-from-file"));
        try (var files = Files.list(SAMPLES)) {
            files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(f -> args.add(f.toString()));
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        Path predictions = Files.writeString(tmp.resolve("pred.jsonl"), r.out());
        double f1 = io.newsradar.support.ExtractScore.f1(SAMPLES.resolve("expected.jsonl"), predictions);
        assertThat(f1).as("body F1 of the samples").isGreaterThanOrEqualTo(0.95);
    }
}
