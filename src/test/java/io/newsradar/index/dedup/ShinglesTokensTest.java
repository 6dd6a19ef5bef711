package io.newsradar.index.dedup;

import io.newsradar.SharedData;
import io.newsradar.pipeline.JsonlArticles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written token scan of {@link Shingles} finds exactly what its regular expression finds. */
class ShinglesTokensTest {
    @Test
    void edgeCases() {
        for (String s : List.of("", "  ", "H800 と Ａ１００、ﾃﾞｨｰﾌﾟｼｰｸ。英伟达abc123漢字", "naïve Ⅻ ½ x²  ǅemal 𝐀𝐁 𠀀𠀁 \uD800 a\uDC00b",
                "co-operate, U.S.-China; 3.5% — ok", "한국어 텍스트 ٣٤ ١٢ العربية", "ｶﾀｶﾅ ー〜ゝゞ ㄅㄆ ꙮ")) {
            assertThat(Shingles.tokens(s)).as(s).isEqualTo(Shingles.tokensByPattern(s));
        }
    }

    @Test
    void sharedCorporaTokenizeTheSame() throws IOException {
        Path text = SharedData.require("corpus/text");
        List<String> bodies = new ArrayList<>();
        for (String f : List.of("en/reuters21578.jsonl", "en/bbc-news.jsonl", "ja/livedoor-news.jsonl", "zh/sogouca-smarty.jsonl")) {
            int[] n = {0};
            JsonlArticles.read(text.resolve(f), a -> {
                if (n[0]++ < 300) bodies.add(a.title() + "\n" + a.body());
            }, x -> { });
        }
        for (String b : bodies) assertThat(Shingles.tokens(b)).isEqualTo(Shingles.tokensByPattern(b));
        assertThat(bodies).hasSizeGreaterThan(1000);
    }
}
