package io.newsradar.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which short lines are a bare dateline (an article header, not body text). */
class DatelinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024年12月3日 21:00（12月4日 9:12更新） （ワシントン＝佐々木健太） | true",
            "2025年1月28日 7時40分 | true",
            "Nov. 20, 2019, 9:28 AM UTC | true",
            "（北京＝共同）2025年2月1日 10時5分配信 | true",
            "米商務省は2024年12月2日、新たな規制を発表した。半導体製造装置の規制対象も広げた。 | false",
            "The rule, announced on Jan. 13, 2025, caps exports of advanced chips to most countries. | false"})
    void bareDatelines(String line, boolean bare) {
        assertThat(Datelines.isBareDateline(line)).isEqualTo(bare);
    }
}
