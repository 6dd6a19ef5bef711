package io.newsradar.digest;

import io.newsradar.pipeline.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.newsradar.digest.TestIndex.add;
import static io.newsradar.digest.TestIndex.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Indexed late" tells a digest's reader that an earlier digest should have carried an article: a first digest
 * marks nothing, however old its articles (a fresh install's backlog); a later one marks what was published well
 * before the previous digest's end.
 */
class LateMarksTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, Boolean> lateByTitle(Path file) throws Exception {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (JsonNode t : JSON.readTree(file.toFile()).get("themes")) {
            for (JsonNode a : t.get("articles")) out.put(a.get("title").asString(), a.get("late").asBoolean());
        }
        return out;
    }

    private static void runDue(Path data, String now) throws Exception {
        try (Workspace ws = Workspace.open(data, Clock.fixed(Instant.parse(now), ZoneOffset.UTC))) {
            assertThat(new DigestRunner(ws, k -> null).runDue(Instant.parse(now))).singleElement()
                    .satisfies(r -> assertThat(r.ok()).as(r.failure()).isTrue());
        }
    }

    @Test
    void aFirstDigestMarksNothingLateAndTheNextMarksWhatItShouldHaveCarried(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("config.yaml"), """
                digest:
                  definitions:
                    - name: morning
                      themes: [DeepSeek]
                      schedule: "0 7 * * *"
                      timezone: Asia/Tokyo
                      window: last
                      formats: [json]
                      outputs:
                        file: "digests/{name}-{date}.{ext}"
                """);
        // a fresh install: the first crawl brings months-old articles
        add(data, article("old", "DeepSeek backlog story", "2024-12-03T12:00:00Z"), List.of("DeepSeek"), "2025-02-01T10:00:00Z");
        add(data, article("new", "DeepSeek story of the day", "2025-02-01T09:00:00Z"), List.of("DeepSeek"), "2025-02-01T10:05:00Z");
        runDue(data, "2025-02-01T22:00:10Z"); // 07:00 JST 2 Feb: the first digest
        assertThat(lateByTitle(data.resolve("digests/morning-2025-02-02.json")))
                .containsExactly(Map.entry("DeepSeek story of the day", false), Map.entry("DeepSeek backlog story", false));

        // a source added the next day: its article of 20 Jan belonged in earlier digests; today's does not
        add(data, article("backfill", "DeepSeek story from a new source", "2025-01-20T08:00:00Z"), List.of("DeepSeek"), "2025-02-02T05:00:00Z");
        add(data, article("fresh", "DeepSeek fresh story", "2025-02-02T04:00:00Z"), List.of("DeepSeek"), "2025-02-02T05:05:00Z");
        runDue(data, "2025-02-02T22:00:10Z");
        assertThat(lateByTitle(data.resolve("digests/morning-2025-02-03.json")))
                .containsEntry("DeepSeek story from a new source", true)
                .containsEntry("DeepSeek fresh story", false)
                .hasSize(2);
    }
}
