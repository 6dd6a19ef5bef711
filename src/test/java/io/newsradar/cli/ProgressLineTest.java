package io.newsradar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Reindex progress counts bytes in a unit that makes a small archive read as more than {@code 0/0}. */
class ProgressLineTest {
    @ParameterizedTest(name = "{0} bytes in{1}")
    @CsvSource(delimiter = '|', value = {
            "0         | ' B'",
            "4200      | ' B'",
            "10240     | ' KiB'",
            "350000    | ' KiB'",
            "10485759  | ' KiB'",
            "10485760  | ' MiB'",
            "2147483648| ' MiB'"})
    void unitSuitsTheTotal(long total, String unit) {
        assertThat(ProgressLine.unitFor(total).label()).isEqualTo(unit);
    }

    @Test
    void aSmallArchiveShowsKibibytesNotZeroMebibytes() {
        StringWriter err = new StringWriter();
        ProgressLine p = new ProgressLine("reindex", new PrintWriter(err));
        p.start(350_000);
        p.advanced(350_000, 12);
        p.finish();
        assertThat(err.toString()).contains("341/341 KiB").contains("12 pages").doesNotContain("0/0 MiB");
    }
}
