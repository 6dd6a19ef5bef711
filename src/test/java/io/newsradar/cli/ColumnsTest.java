package io.newsradar.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Terminal widths per UAX #11: kanji, kana and fullwidth Latin take two columns, halfwidth katakana one. */
class ColumnsTest {
    @ParameterizedTest(name = "{0}: {1} columns")
    @CsvSource({"deepseek, 8", "ディープシーク, 14", "半導体, 6", "ＡＩ, 4", "ﾃﾞｨｰﾌﾟ, 6", "h800規制, 8"})
    void width(String s, int columns) {
        assertThat(Columns.width(s)).isEqualTo(columns);
        assertThat(Columns.width(Columns.padRight(s, 16))).isEqualTo(16);
    }
}
