package io.newsradar.e2e;

import io.newsradar.support.CliRun;
import io.newsradar.support.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSONL corpora ingest through {@code newsradar ingest}, and {@code newsradar search --json} totals equal a count
 * made here without Lucene: lines whose NFKC, lower-cased title and body contain the word. The words are ones where
 * a substring and a token agree (kanji and katakana words; English names that never occur inside a longer word).
 */
class JsonlIngestSearchTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    static Path data;
    private static final List<String> texts = new ArrayList<>();

    @BeforeAll
    static void ingest() throws Exception {
        Path ja = SharedData.require("corpus/text/ja/livedoor-news.jsonl");
        Path en = SharedData.require("corpus/text/en/bbc-news.jsonl");
        CliRun r = CliRun.of("--data", data.toString(), "ingest", "--json", ja.toString(), en.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (Path f : List.of(ja, en)) {
            for (String line : Files.readAllLines(f)) {
                JsonNode n = JSON.readTree(line);
                texts.add(Normalizer.normalize(n.get("title").asString() + "\n" + n.get("body").asString(),
                        Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
            }
        }
        JsonNode summary = JSON.readTree(r.out().strip());
        assertThat(summary.get("added").asLong()).isEqualTo(texts.size());
        CliRun again = CliRun.of("--data", data.toString(), "ingest", "--json", ja.toString());
        assertThat(JSON.readTree(again.out().strip()).get("added").asLong()).as("re-ingesting adds nothing").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"映画", "野球", "地震", "結婚", "アップル", "chelsea", "nokia", "mexico"})
    void searchTotalsEqualAnIndependentCount(String word) throws Exception {
        long expected = texts.stream().filter(t -> t.contains(word)).count();
        assertThat(expected).isPositive();
        CliRun r = CliRun.of("--data", data.toString(), "search", "--json", "--limit", "1", word);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode last = JSON.readTree(r.out().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(last.get("total").asLong()).isEqualTo(expected);
    }
}
