package io.newsradar.digest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrendTest {
    @ParameterizedTest(name = "{0} after {1}: spike={2}, {3}")
    @CsvSource(delimiter = ';', value = {
            "3; 0 0 0 0 0 0 0; true;  ▁▁▁▁▁▁▁█",
            "2; 0 0 0 0 0 0 0; false; ▁▁▁▁▁▁▁█",
            "8; 4 4 4 4 4 4 4; true;  ▅▅▅▅▅▅▅█",
            "7; 4 4 4 4 4 4 4; false; ▅▅▅▅▅▅▅█",
            "0; 0 0 0 0 0 0 0; false; ▁▁▁▁▁▁▁▁",
            "5; 10 0 0 0 0 0 0; true; █▁▁▁▁▁▁▅"})
    void spikeRuleAndSparkline(long count, String previous, boolean spike, String sparkline) {
        List<Long> prev = Arrays.stream(previous.split(" ")).map(Long::parseLong).toList();
        Trend t = new Trend(count, prev);
        assertThat(t.spike()).isEqualTo(spike);
        assertThat(t.sparkline()).isEqualTo(sparkline);
    }
}
