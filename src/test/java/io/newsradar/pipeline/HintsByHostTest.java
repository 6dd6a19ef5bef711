package io.newsradar.pipeline;

import io.newsradar.model.ExtractHints;
import io.newsradar.sources.LinkRules;
import io.newsradar.sources.Source;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HintsByHostTest {
    private static final ExtractHints BODY = new ExtractHints(List.of(), "div.body", List.of(), null, null);

    private static Source source(String name, String feed, List<String> hosts, String lang) {
        return new Source(name, List.of(feed), List.of(), List.of(), LinkRules.ANY, lang, null, Duration.ofHours(1), null, null,
                new ExtractHints(hosts, "div." + name, List.of(), null, null));
    }

    @Test
    void aPageGetsTheHintsAndZoneOfTheSourceClaimingItsHost() {
        HintsByHost h = HintsByHost.of(List.of(
                source("nhk", "https://www3.nhk.or.jp/rss/news/cat0.xml", List.of(), "ja"),
                source("bbc", "https://feeds.bbci.co.uk/news/rss.xml", List.of("www.bbc.co.uk", "bbc.com"), null),
                source("other", "https://www3.nhk.or.jp/other.xml", List.of(), null)), Map.of("ja", "Asia/Tokyo"));
        assertThat(h.forUrl("https://www3.nhk.or.jp/news/html/1.html").content()).as("first source wins").isEqualTo("div.nhk");
        assertThat(h.zoneForUrl("https://www3.nhk.or.jp/news/html/1.html")).isEqualTo("Asia/Tokyo");
        assertThat(h.forUrl("https://bbc.co.uk/news/1").content()).as("www. ignored").isEqualTo("div.bbc");
        assertThat(h.forUrl("https://www.bbc.com/news/1").content()).isEqualTo("div.bbc");
        assertThat(h.forUrl("https://feeds.bbci.co.uk/x").content()).as("explicit hosts replace the URL hosts").isNull();
        assertThat(h.zoneForUrl("https://www.bbc.com/news/1")).isNull();
        assertThat(h.forUrl("file:///tmp/a.html")).isEqualTo(ExtractHints.NONE);
        assertThat(h.forUrl("not a url")).isEqualTo(ExtractHints.NONE);
        assertThat(new HintsByHost().forUrl("https://www.bbc.com/news/1")).isEqualTo(ExtractHints.NONE);
        assertThat(BODY.isEmpty()).isFalse();
    }
}
