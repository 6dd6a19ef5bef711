package io.newsradar.digest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadsTest {
    @Test
    void japaneseLeadIsTheFirstTwoSentences() {
        String body = "中国の人工知能(AI)スタートアップ「ディープシーク」が米国市場で急速に普及した。議論を巻き起こしている。三つ目の文。";
        assertThat(Leads.lead(body)).isEqualTo("中国の人工知能(AI)スタートアップ「ディープシーク」が米国市場で急速に普及した。議論を巻き起こしている。");
    }

    @Test
    void englishLeadKeepsAbbreviationsInsideNumbers() {
        String body = "Nvidia shares fell 3.5% on Monday. The drop followed new rules.\n\nSecond paragraph here.";
        assertThat(Leads.lead(body)).isEqualTo("Nvidia shares fell 3.5% on Monday. The drop followed new rules.");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        String lead = Leads.lead("word ".repeat(200));
        assertThat(lead).endsWith("…").hasSizeLessThanOrEqualTo(Leads.MAX_CHARS + 1);
    }
}
