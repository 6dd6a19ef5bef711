package io.newsradar.cli;

import io.newsradar.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Terminal widths per UAX #11: kanji, kana and fullwidth Latin take two columns, halfwidth katakana one. */
class ColumnsTest {
    @ParameterizedTest(name = "{0}: {1} columns")
    @CsvSource({"deepseek, 8", "ディープシーク, 14", "半導体, 6", "ＡＩ, 4", "ﾃﾞｨｰﾌﾟ, 6", "h800規制, 8",
            "'か\u3099', 2", "'a\u200Db', 2"})
    void width(String s, int columns) {
        assertThat(Columns.width(s)).isEqualTo(columns);
        assertThat(Columns.width(Columns.padRight(s, 16))).isEqualTo(16);
    }

    /** A cell is cut by display width; a wide character that would straddle the edge is left out. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "北都新聞デジタル      | 16 | '北都新聞デジタル'",
            "北都新聞デジタル      | 12 | '北都新聞... '",
            "北都新聞デジタル      | 13 | '北都新聞デ...'",
            "北都新聞デジタル      | 10 | '北都新... '",
            "Reuters             | 10 | 'Reuters   '",
            "Semiconductor export controls | 16 | 'Semiconductor...'",
            "ＤｅｅｐＳｅｅｋ関連    | 9  | 'Ｄｅｅ...'"})
    void fitCutsAndPadsToDisplayColumns(String s, int width, String expected) {
        assertThat(Columns.fit(s, width)).isEqualTo(expected);
        assertThat(Columns.width(Columns.fit(s, width))).isEqualTo(width);
    }

    @Test
    void facetCountsLineUpForJapaneseSources(@TempDir Path data) {
        assertThat(CliRun.in(data, "ingest", "samples").exit()).isZero();
        CliRun r = CliRun.in(data, "search", "--facets", "source,theme", "--limit", "1", "");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> out = r.out().lines().toList();
        List<String> rows = out.subList(out.indexOf("source:"), out.size()).stream().filter(l -> l.startsWith("  ")).toList();
        assertThat(rows).anyMatch(l -> l.contains("北都新聞デジタル")).anyMatch(l -> l.matches("  [A-Za-z].*"));
        assertThat(rows).allSatisfy(l -> assertThat(Columns.width(l)).as(l).isEqualTo(2 + SearchCommand.FACET_LABEL_COLUMNS + 7));
    }
}
