package io.newsradar.e2e;

import io.newsradar.support.CliRun;
import io.newsradar.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every real page of the shared corpora goes through {@code extract --json} without a crash. */
class ExtractCorpusCliTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    @Test
    void everyCorpusPageExtracts() throws Exception {
        Path corpus = SharedData.require("corpus");
        List<String> files = new ArrayList<>();
        for (Path dir : List.of(corpus.resolve("extraction/scrapinghub-aeb/html"), corpus.resolve("extraction/zh-cwced/html"),
                corpus.resolve("html-ja/pages"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).sorted().forEach(p -> files.add(p.toString()));
            }
        }
        assertThat(files).hasSizeGreaterThan(150);
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "extract", "--json"));
        args.addAll(files);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(files.size());
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.has("body") && n.has("title") && n.has("canonical_url") && n.has("lang")).as(line).isTrue();
        }
    }
}
