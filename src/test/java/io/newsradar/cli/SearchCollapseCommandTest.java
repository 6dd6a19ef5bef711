package io.newsradar.cli;

import io.newsradar.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code search --collapse} over the ingested themes-gold articles shows one hit per story with "(+1 similar)". */
class SearchCollapseCommandTest {
    private static final Path GOLD = Path.of(System.getProperty("newsradar.shared", "../shared"))
            .resolve("corpus/themes-gold/articles.jsonl");

    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void collapsedSearchShowsEachStoryOnceWithItsCopies() {
        assumeTrue(Files.isRegularFile(GOLD), GOLD + " absent: skipping");
        assertThat(run("ingest", GOLD.toString()).exit()).isZero();
        // zh-002 and zh-023 are the gold copy pair about DeepSeek-V3's training cost
        String plain = run("search", "--lang", "zh", "--limit", "50", "DualPipe").out();
        assertThat(plain).contains("2 matching articles").doesNotContain("similar)");
        String collapsed = run("search", "--collapse", "--lang", "zh", "--limit", "50", "DualPipe").out();
        assertThat(collapsed).contains("(+1 similar)").contains("2 matching articles in 1 story");
        assertThat(collapsed.lines().filter(l -> l.matches(" ?\\d+\\. .*"))).hasSize(1);
        String json = run("search", "--json", "--collapse", "--lang", "zh", "DualPipe").out();
        assertThat(json).containsPattern("\"story\":\"zh-0(02|23)\"").contains("\"similar_count\":1");
    }
}
