package io.newsradar.cli;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.support.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code track} (spikes, CSV, JSON, terms), {@code compare} and {@code similar} through the real command line over a
 * small on-disk index tagged with two of the starter themes. DeepSeek: one article on Jan 1, 3, 5, 7, five on Jan 8,
 * one on Jan 9 (all 2025, 09:00 UTC); three of the ten say "distillation". Semiconductor export controls: two on
 * Jan 3, one on Jan 12; their bodies share every other DeepSeek word.
 */
class AnalyticsCommandsTest {
    @TempDir
    static Path data;
    private static final String EXPORT = "Semiconductor export controls";

    private static Article en(String id, String body, String day) {
        return new Article(id, "https://news.example/" + id, null, "Title " + id, body,
                OffsetDateTime.parse("2025-01-" + day + "T09:00:00Z"), "given", null, "en", "Wire", "wire.example",
                null, false, true, null, null);
    }

    @BeforeAll
    static void index() throws IOException {
        Instant seen = Instant.parse("2025-01-20T00:00:00Z");
        String plain = "The model release drew attention.";
        String planted = "The model release drew attention to distillation.";
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            int n = 0;
            for (String day : List.of("01", "03", "05", "07", "08", "08", "08", "08", "08", "09")) {
                n++;
                store.upsert(en("d" + n, n <= 3 ? planted : plain, day), List.of("DeepSeek"), seen);
            }
            String rules = "The model release drew attention to chip rules.";
            store.upsert(en("x1", rules, "03"), List.of(EXPORT), seen);
            store.upsert(en("x2", rules, "03"), List.of(EXPORT), seen);
            store.upsert(en("x3", rules, "12"), List.of(EXPORT), seen);
        }
    }

    private static CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void trackFlagsTheBurstAndStatesTheTest() {
        CliRun r = run("track", "deepseek", "--zone", "UTC");
        assertThat(r.exit()).as(r.err()).isZero();
        // Jan 8: 5 against the mean of Jan 1-7 (4/7): P(X >= 5) = 0.00032 < 0.01
        assertThat(r.out()).containsPattern("2025-01-08 +5 +0\\.57 +0\\.00032  SPIKE");
        // Jan 9: 1 against 8/7: P(X >= 1) = 0.68
        assertThat(r.out()).containsPattern("2025-01-09 +1 +1\\.14 +0\\.68\\n");
        assertThat(r.out().lines().filter(l -> l.endsWith("SPIKE"))).hasSize(1);
        assertThat(r.out()).contains("spike = count >= 3 and P(X >= count) < 0.01, X ~ Poisson(mean of the previous 7 buckets)");
    }

    @Test
    void withSinceTheBaselineIsReadFromTheBucketsBefore() {
        CliRun r = run("track", "DeepSeek", "--zone", "UTC", "--since", "2025-01-08", "--csv");
        assertThat(r.exit()).as(r.err()).isZero();
        // Jan 8 keeps its baseline from Jan 1-7 (4/7) although the range starts on Jan 8
        assertThat(r.out().lines().toList()).hasSize(3);
        assertThat(r.out().lines().toList().get(1)).startsWith("DeepSeek,2025-01-08,2025-01-08T00:00:00Z,5,0.571429,").endsWith(",true");
        assertThat(r.out().lines().toList().get(2)).startsWith("DeepSeek,2025-01-09,2025-01-09T00:00:00Z,1,1.14286,");
    }

    @Test
    void trackCsvHasAHeaderAndOneRowPerDay() {
        CliRun r = run("track", "DeepSeek", "--zone", "UTC", "--csv");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1 + 9); // Jan 1 to Jan 9
        assertThat(lines.getFirst()).isEqualTo("theme,bucket,start,count,baseline,p_value,spike");
        assertThat(lines.get(1)).isEqualTo("DeepSeek,2025-01-01,2025-01-01T00:00:00Z,1,,,false");
        assertThat(lines.get(8)).startsWith("DeepSeek,2025-01-08,2025-01-08T00:00:00Z,5,0.571429,0.000316").endsWith(",true");
        assertThat(r.out()).contains("\r\n");
    }

    @Test
    void trackJsonCarriesBaselineAndRule() {
        CliRun r = run("track", "DeepSeek", "--zone", "UTC", "--by", "week", "--baseline", "1", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        // weeks from Monday: Dec 30 (Jan 1, 3, 5): 3; Jan 6 (Jan 7, 8 x5, 9): 7; P(X >= 7 | 3) = 0.0335: no spike
        assertThat(r.out()).contains("\"bucket\":\"2024-12-30\",\"start\":\"2024-12-30T00:00:00Z\",\"count\":3,\"baseline\":null")
                .contains("\"bucket\":\"2025-01-06\",\"start\":\"2025-01-06T00:00:00Z\",\"count\":7,\"baseline\":3.0")
                .contains("\"spike_rule\":\"spike = count >= 3 and P(X >= count) < 0.01, X ~ Poisson(mean of the previous 1 buckets)\"")
                .doesNotContain("\"spike\":true");
    }

    @Test
    void trackTermsPutsThePlantedWordFirst() {
        CliRun r = run("track", "DeepSeek", "--terms", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        // distillation: 3 of 10 DeepSeek articles, 3 of 13 in all; a=3 b=7 c=0 d=3 -> G² = 1.828
        assertThat(r.out().lines().findFirst().orElseThrow())
                .startsWith("{\"theme\":\"DeepSeek\",\"term\":\"distillation\",\"kind\":\"term\",\"fg_count\":3,\"bg_count\":3,\"score\":1.828");
        assertThat(r.out().lines()).hasSize(2); // every other DeepSeek word is in the export articles too
        assertThat(r.out().lines().toList().get(1)).startsWith("{\"theme\":\"DeepSeek\",\"method\":\"log-likelihood G²");
        CliRun csv = run("track", "DeepSeek", "--terms", "--csv");
        assertThat(csv.out().lines().toList()).hasSize(2).first().isEqualTo("theme,term,kind,fg_count,bg_count,score");
        assertThat(csv.out().lines().toList().get(1)).isEqualTo("DeepSeek,distillation,term,3,3,1.82802");
    }

    @Test
    void compareAlignsBothThemesOnOneCalendar() {
        CliRun r = run("compare", "DeepSeek", EXPORT, "--zone", "UTC", "--by", "week", "--csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "bucket,start,DeepSeek," + EXPORT,
                "2024-12-30,2024-12-30T00:00:00Z,3,2",
                "2025-01-06,2025-01-06T00:00:00Z,7,1");
        CliRun days = run("compare", "DeepSeek", EXPORT, "--zone", "UTC");
        assertThat(days.out()).contains("2025-01-03 1 2".replace(" 1 2", "        1        2"))
                .contains("2025-01-12        0        1").contains("total            10        3");
        CliRun json = run("compare", "DeepSeek", EXPORT, "--zone", "UTC", "--json");
        assertThat(json.out().lines()).hasSize(12); // Jan 1 to Jan 12
        assertThat(json.out()).contains("{\"bucket\":\"2025-01-08\",\"start\":\"2025-01-08T00:00:00Z\",\"counts\":{\"DeepSeek\":5,\""
                + EXPORT + "\":0}}");
    }

    @Test
    void similarFindsTheArticlesSharingTheRareWord() {
        CliRun r = run("similar", "d1", "--limit", "2", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(0, 2)).allSatisfy(l -> assertThat(l).containsAnyOf("\"id\":\"d2\"", "\"id\":\"d3\""));
        assertThat(lines.get(2)).startsWith("{\"total\":12,"); // every other article shares a word with d1
        CliRun text = run("similar", "https://news.example/d2", "--limit", "1");
        assertThat(text.out()).contains("Title d").contains("similar articles");
    }

    @Test
    void userErrorsExitTwoWithOneLine() {
        CliRun unknown = run("similar", "nope");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err().strip()).isEqualTo("similar: no indexed article with id or URL 'nope'");
        CliRun both = run("track", "DeepSeek", "--csv", "--json");
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        CliRun theme = run("compare", "DeepSeek", "Nonesuch");
        assertThat(theme.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(theme.err()).contains("unknown theme 'Nonesuch'");
    }
}
