package io.newsradar.query;

import io.newsradar.index.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForegroundStopWordsTest {
    /** The function words a new user saw listed as "characteristic" of DeepSeek in the demo's digest. */
    @Test
    void englishFunctionWordsAreNeverCharacteristicTerms() throws Exception {
        String lead = "DeepSeek lets them run its own model as it was not trained on Nvidia chips, and they can.";
        var terms = ForegroundTerms.terms(Schema.Text.BODY.field(Schema.familyOf("en")), lead, null);
        assertThat(terms.values().stream().flatMap(forms -> forms.keySet().stream()))
                .doesNotContain("them", "its", "own", "as", "it", "was", "not", "they", "can", "lets", "and", "on")
                .contains("deepseek", "nvidia", "chips", "model");
    }
}
