package io.newsradar.cases;

import io.newsradar.fetch.FetchFailure;
import io.newsradar.fetch.FetchOutcome;
import io.newsradar.fetch.FetchResult;
import io.newsradar.sources.FeedItem;
import io.newsradar.sources.FeedParser;
import io.newsradar.sources.ParsedFeed;
import io.newsradar.sources.SourceException;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@code parse_feed}: fetch {@code target_url}, parse it with {@link FeedParser}, check the feed keys. */
final class ParseFeedTask implements CaseTask {
    @Override
    public void run(CaseContext ctx) {
        CaseCheck check = ctx.check();
        FetchOutcome out = ctx.fetcher().fetch(check.givenText("target_url"));
        ParsedFeed feed = null;
        String rejection;
        if (out instanceof FetchFailure f) {
            rejection = f.reason();
        } else {
            FetchResult r = (FetchResult) out;
            try {
                feed = new FeedParser().parse(r.body(), r.finalUrl(), r.contentType());
                rejection = null;
            } catch (SourceException e) {
                rejection = e.getMessage();
            }
        }
        SoftAssertions soft = new SoftAssertions();
        JsonNode expect = check.expect();
        String outcome = feed == null ? "rejected" : "parsed";
        if (expect.has("outcome_any_of")) {
            soft.assertThat(CaseCheck.strings(expect.get("outcome_any_of"))).as("outcome (" + rejection + ")").contains(outcome);
        }
        if (expect.path("parse_ok").asBoolean(false)) {
            soft.assertThat(feed).as("parse failed: " + rejection).isNotNull();
            if (feed != null) soft.assertThat(feed.items()).as("items").isNotEmpty();
        }
        if (feed != null) checkFeed(soft, check, feed);
        for (String url : check.expectList("must_not_request")) {
            soft.assertThat(ctx.server().requested()).as("must not request").noneMatch(r -> CaseText.sameUrl(r, url));
        }
        soft.assertAll();
    }

    private static void checkFeed(SoftAssertions soft, CaseCheck check, ParsedFeed feed) {
        JsonNode expect = check.expect();
        List<FeedItem> items = feed.items();
        if (expect.has("feed_title")) {
            soft.assertThat(CaseText.norm(feed.title())).as("feed_title").isEqualTo(CaseText.norm(expect.get("feed_title").asString()));
        }
        if (expect.has("item_count")) soft.assertThat(items).as("item_count").hasSize(expect.get("item_count").asInt());
        checkItems(soft, expect.get("items"), items, "items");
        checkItems(soft, expect.get("items_if_parsed"), items, "items_if_parsed");
        for (String s : check.expectList("item_text_contains")) {
            soft.assertThat(items).as("some item contains: " + s)
                    .anyMatch(i -> CaseText.norm(i.title()).contains(CaseText.norm(s))
                            || CaseText.norm(i.description()).contains(CaseText.norm(s)));
        }
        if (expect.has("newest_first_links")) {
            List<String> newestFirst = items.stream()
                    .sorted(Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(FeedItem::link).toList();
            soft.assertThat(newestFirst).as("newest_first_links").isEqualTo(check.expectList("newest_first_links"));
        }
        for (String s : check.expectList("output_must_not_contain")) {
            soft.assertThat(items).as("output must not contain " + s).noneMatch(i ->
                    (i.title() + " " + i.description() + " " + i.link() + " " + feed.title()).contains(s));
        }
        if (expect.has("max_item_text_chars")) {
            int max = expect.get("max_item_text_chars").asInt();
            soft.assertThat(items).as("max_item_text_chars").allMatch(i -> i.title().length() <= max && i.description().length() <= max);
        }
        if (expect.path("no_replacement_char").asBoolean(false)) {
            soft.assertThat(items).as("no U+FFFD").noneMatch(i -> (i.title() + i.description()).contains("\uFFFD"));
            soft.assertThat(feed.title()).as("no U+FFFD in feed title").doesNotContain("\uFFFD");
        }
    }

    private static void checkItems(SoftAssertions soft, JsonNode expected, List<FeedItem> items, String key) {
        if (expected == null || !expected.isArray()) return;
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            if (i >= items.size()) {
                soft.fail(key + "[" + i + "] missing: " + e);
                continue;
            }
            FeedItem got = items.get(i);
            if (e.has("title")) soft.assertThat(CaseText.norm(got.title())).as(key + "[" + i + "].title").isEqualTo(CaseText.norm(e.get("title").asString()));
            if (e.has("link")) soft.assertThat(CaseText.sameUrl(got.link(), e.get("link").asString()))
                    .as(key + "[" + i + "].link " + got.link() + " vs " + e.get("link").asString()).isTrue();
            if (e.has("published")) {
                Instant want = CaseText.instant(e.get("published").asString());
                soft.assertThat(CaseText.sameInstant(got.published(), want))
                        .as(key + "[" + i + "].published " + got.published() + " vs " + want).isTrue();
            }
        }
    }
}
