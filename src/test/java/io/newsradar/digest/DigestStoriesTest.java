package io.newsradar.digest;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.model.Article;
import io.newsradar.query.LuceneArticleSearcher;
import io.newsradar.themes.ThemeSet;
import io.newsradar.themes.ThemesFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stories in a section over a real index with real near-duplicate grouping: syndicated copies are listed once under
 * the first-seen copy with "also in", a story first seen before the window is a follow-up only, and the order
 * follows {@link Importance} (outlets, then placement, then recency).
 */
class DigestStoriesTest {
    private static final String WIRE = "The Commerce Department on Monday issued its third big package of restrictions "
            + "on China's chip industry in three years, covering high-bandwidth memory, two dozen types of chipmaking "
            + "equipment and 140 Chinese organizations. Exports of HBM now need a license when destined for China. "
            + "Beijing said it firmly opposed the rules.";
    private static final String DUTCH = "The Dutch government said on Friday it would expand its chip equipment export "
            + "rules to cover more ASML deep ultraviolet lithography machines, following months of pressure from Washington. "
            + "The new requirements take effect next month and apply to older immersion tools as well. ASML said it expected "
            + "no material impact on its outlook for the year.";
    private static final String THEMES = """
            themes:
              - name: Chips
                query: "chip OR chips OR chipmaking OR lithography"
            """;
    private static final DigestWindow DAY = new DigestWindow(Instant.parse("2024-12-02T00:00:00Z"), Instant.parse("2024-12-03T00:00:00Z"));

    private static Article a(String id, String source, String title, String body) {
        return new Article(id, "https://" + source + ".example/" + id, null, title, body,
                OffsetDateTime.parse("2024-12-02T10:00:00-05:00"), "given", null, "en", source, source, null, false,
                true, null, null);
    }

    private static Digest build(Path data, int perTheme) throws Exception {
        ThemeSet themes = ThemesFile.parse(THEMES, "themes.yaml");
        try (LuceneArticleSearcher s = LuceneArticleSearcher.open(data)) {
            return new DigestBuilder(s, themes.themes(), ZoneId.of("UTC"), themes::definition)
                    .build("daily", DAY, DAY.end(), perTheme);
        }
    }

    private static void index(Path data) throws Exception {
        List<String> chips = List.of("Chips");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            // a story first seen the day before (reported then), and a copy of it first seen today: a follow-up
            store.upsert(a("dutch", "nrc", "Netherlands widens lithography rules", DUTCH), chips, Instant.parse("2024-12-01T09:00:00Z"));
            store.upsert(a("dutch-copy", "tribune", "Dutch expand ASML machine rules", DUTCH.replace("on Friday", "late on Friday")),
                    chips, Instant.parse("2024-12-02T08:00:00Z"));
            // today: a wire story and two copies, first seen 16:00, 16:01, 16:02
            Instant t = Instant.parse("2024-12-02T16:00:00Z");
            store.upsert(a("wire", "wire", "US widens export controls", WIRE), chips, t);
            store.upsert(a("copy1", "ledger", "New US curbs target memory",
                    WIRE.replace("Beijing said", "China's Commerce Ministry said") + " (Ledger staff)"), chips, t.plusSeconds(60));
            store.upsert(a("copy2", "portal", "Commerce adds 140 Chinese firms to list",
                    WIRE.replace("two dozen types", "24 kinds")), chips, t.plusSeconds(120));
            // two single-outlet stories: the theme in the headline (earlier) and only further down (later)
            store.upsert(a("headline", "herald", "Chip stocks fall on Monday",
                    "Shares of semiconductor makers fell sharply on Monday as investors weighed new trade measures.\n\n"
                            + "Analysts said the sector remained volatile."), chips, Instant.parse("2024-12-02T10:00:00Z"));
            store.upsert(a("body", "courier", "Markets close lower",
                    "Stocks closed lower on Monday across Asia after a volatile session in which traders sold banks, "
                            + "carmakers and retailers alike, citing worries about interest rates, a stronger currency and "
                            + "weaker than expected retail sales figures published on Friday. Volumes were above the average "
                            + "of the past month, and the main index ended near its low of the day, brokers said, adding that "
                            + "investors expected more swings before the central bank meets again next week.\n\n"
                            + "Among the losers were several chip suppliers, analysts said."), chips, Instant.parse("2024-12-02T20:00:00Z"));
            store.commit();
        }
    }

    @Test
    void syndicatedCopiesAreListedOnceUnderTheFirstSeenCopyAndOrderedByImportance(@TempDir Path data) throws Exception {
        index(data);
        Digest.Section chips = build(data, 20).sections().getFirst();
        assertThat(chips.items()).extracting(Digest.Item::id).containsExactly("wire", "headline", "body");
        Digest.Item wire = chips.items().getFirst();
        assertThat(wire.also()).extracting(Digest.Copy::outlet).containsExactly("ledger", "portal");
        assertThat(wire.importance().outlets()).isEqualTo(3);
        assertThat(chips.items().get(1).importance().placement()).isEqualTo(2); // "Chip" in the headline
        assertThat(chips.items().get(2).importance().placement()).isZero();    // "chip" only after the lead
        assertThat(chips.items().get(2).importance().recency()).isGreaterThan(chips.items().get(1).importance().recency());
        assertThat(chips.newCount()).as("articles first seen today, every copy").isEqualTo(6);
        assertThat(chips.storyCount()).isEqualTo(3);
        // the Dutch story was first seen yesterday: not announced again, its new copy shown as "also in" only
        assertThat(chips.items()).extracting(Digest.Item::id).doesNotContain("dutch", "dutch-copy");
        assertThat(chips.followUps()).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo("https://nrc.example/dutch");
            assertThat(f.newCopies()).extracting(Digest.Copy::outlet).containsExactly("tribune");
        });
    }

    @Test
    void everyFormatShowsAlsoInWithLinksAndTheFollowUp(@TempDir Path data) throws Exception {
        index(data);
        Digest d = build(data, 20);
        var doc = Jsoup.parse(new HtmlDigestRenderer().render(d));
        assertThat(doc.text()).contains("also in: ledger, portal").contains("Chips (6 new articles in 3 stories)")
                .contains("Reported earlier, now also in:");
        assertThat(doc.select("a[href=https://ledger.example/copy1]")).hasSize(1);
        assertThat(doc.select("a[href=https://tribune.example/dutch-copy]")).hasSize(1);
        String md = new MarkdownDigestRenderer().render(d);
        assertThat(md).contains("also in: [ledger](<https://ledger.example/copy1>), [portal](<https://portal.example/copy2>)");
        JsonNode json = JsonMapper.builder().build().readTree(new JsonDigestRenderer().render(d));
        JsonNode first = json.get("themes").get(0).get("articles").get(0);
        assertThat(first.get("id").asString()).isEqualTo("wire");
        assertThat(first.get("also_in")).hasSize(2);
        assertThat(first.get("importance").get("outlets").asInt()).isEqualTo(3);
        assertThat(json.get("themes").get(0).get("stories").asInt()).isEqualTo(3);
        assertThat(json.get("themes").get(0).get("follow_ups").get(0).get("also_in").get(0).get("source").asString()).isEqualTo("tribune");
    }

    @Test
    void perThemeLimitCountsStories(@TempDir Path data) throws Exception {
        index(data);
        Digest.Section chips = build(data, 1).sections().getFirst();
        assertThat(chips.items()).extracting(Digest.Item::id).containsExactly("wire");
        assertThat(chips.more()).isEqualTo(2);
    }
}
