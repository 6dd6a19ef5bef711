package io.newsradar.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 4180 quoting of one field. */
class CsvTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "DeepSeek|DeepSeek",
            "Chips, rules|\"Chips, rules\"",
            "the \"Entity List\"|\"the \"\"Entity List\"\"\"",
            "輸出規制|輸出規制",
    })
    void quotesOnlyWhatNeedsIt(String value, String expected) {
        assertThat(Csv.field(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void numbersAndAbsentValues() {
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field(Double.NaN)).isEmpty();
        assertThat(Csv.field(4.0 / 7)).isEqualTo("0.571429");
        assertThat(Csv.field(3L)).isEqualTo("3");
        assertThat(Csv.field("a\nb")).isEqualTo("\"a\nb\"");
    }
}
