package io.newsradar.digest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ImportanceTest {
    private static final DigestWindow DAY = new DigestWindow(Instant.parse("2025-02-01T00:00:00Z"), Instant.parse("2025-02-02T00:00:00Z"));

    private static Digest.Item item(String url, Importance imp, String seen) {
        return new Digest.Item(url, "t", url, "s", "s", "en", null, Instant.parse(seen), "", false, List.of(), imp);
    }

    @Test
    void scoreFollowsTheDocumentedFormula() {
        // 2 log2(4) + 2 + min(7,5)/5 + 0.5 = 4 + 2 + 1 + 0.5
        assertThat(new Importance(4, 2, 7, 0.5).score()).isCloseTo(7.5, within(1e-9));
        assertThat(new Importance(1, 0, 0, 0).score()).isZero();
        assertThat(new Importance(2, 1, 1, 0.25).score()).isCloseTo(2 + 1 + 0.2 + 0.25, within(1e-9));
    }

    @Test
    void recencyIsThePositionInTheWindow() {
        assertThat(Importance.recency(Instant.parse("2025-02-01T06:00:00Z"), DAY)).isCloseTo(0.25, within(1e-9));
        assertThat(Importance.recency(Instant.parse("2025-01-20T06:00:00Z"), DAY)).isZero(); // late
        assertThat(Importance.recency(null, DAY)).isZero();
    }

    @Test
    void tiesAreBrokenByLaterFirstSeenThenUrl() {
        Importance same = new Importance(1, 1, 1, 0.5);
        List<Digest.Item> items = new ArrayList<>(List.of(item("https://b.example/", same, "2025-02-01T01:00:00Z"),
                item("https://a.example/", same, "2025-02-01T01:00:00Z"), item("https://c.example/", same, "2025-02-01T02:00:00Z"),
                item("https://d.example/", new Importance(2, 0, 0, 0), "2025-02-01T00:00:00Z")));
        items.sort(Importance.ORDER);
        assertThat(items).extracting(Digest.Item::url)
                .containsExactly("https://d.example/", "https://c.example/", "https://a.example/", "https://b.example/");
    }

    @Test
    void invalidInputsAreRefused() {
        assertThatThrownBy(() -> new Importance(0, 0, 0, 0)).hasMessageContaining("outlets");
        assertThatThrownBy(() -> new Importance(1, 3, 0, 0)).hasMessageContaining("placement");
        assertThatThrownBy(() -> new Importance(1, 0, 0, 1.5)).hasMessageContaining("recency");
    }
}
