package io.newsradar.cases;

import io.newsradar.model.Article;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The article keys of {@code expect} (extract_article, and per document in crawl), per the cases README. */
final class ArticleExpect {
    private ArticleExpect() {
    }

    /**
     * @param a       the extracted article, or null when extraction refused the page
     * @param indexed whether the product stores it as a document
     */
    static void check(SoftAssertions soft, JsonNode e, Article a, boolean indexed, String zone, String label) {
        if (e.has("indexed")) soft.assertThat(indexed).as(label + "indexed").isEqualTo(e.get("indexed").asBoolean());
        if (e.has("is_article")) soft.assertThat(a != null).as(label + "is_article").isEqualTo(e.get("is_article").asBoolean());
        if (a == null) {
            for (String k : new String[]{"title", "published", "body_contains", "url", "canonical_url"}) {
                if (e.has(k)) soft.fail(label + k + ": no article extracted");
            }
            return;
        }
        text(soft, e, "title", a.title(), label);
        text(soft, e, "language", a.lang(), label);
        if (e.has("charset_any_of")) {
            soft.assertThat(CaseCheck.strings(e.get("charset_any_of")).stream().anyMatch(c -> c.equalsIgnoreCase(a.charset())))
                    .as(label + "charset " + a.charset() + " in " + e.get("charset_any_of")).isTrue();
        }
        if (e.path("no_replacement_char").asBoolean(false)) {
            soft.assertThat(a.title() + a.body()).as(label + "no U+FFFD").doesNotContain("\uFFFD");
        }
        Instant pub = a.published() == null ? null : a.published().toInstant();
        instant(soft, e, "published", pub, label, false);
        instant(soft, e, "modified_if_reported", a.modified() == null ? null : a.modified().toInstant(), label, true);
        if (e.has("published_date")) {
            LocalDate got = pub == null || zone == null ? null : pub.atZone(ZoneId.of(zone)).toLocalDate();
            soft.assertThat(got).as(label + "published_date").isEqualTo(LocalDate.parse(e.get("published_date").asString()));
        }
        between(soft, e.get("published_between"), pub, label + "published_between", false);
        between(soft, e.get("modified_between_if_reported"), a.modified() == null ? null : a.modified().toInstant(),
                label + "modified_between", true);
        if (e.has("published_not_after") && pub != null) {
            soft.assertThat(pub).as(label + "published_not_after").isBeforeOrEqualTo(CaseText.instant(e.get("published_not_after").asString()));
        }
        String body = CaseText.norm(a.body());
        for (String s : CaseCheck.strings(e.get("body_contains"))) soft.assertThat(body).as(label + "body_contains").contains(CaseText.norm(s));
        for (String s : CaseCheck.strings(e.get("body_not_contains"))) soft.assertThat(body).as(label + "body_not_contains").doesNotContain(CaseText.norm(s));
        for (String k : new String[]{"url", "canonical_url"}) {
            if (e.has(k)) soft.assertThat(CaseText.sameUrl(a.canonicalUrl(), e.get(k).asString()))
                    .as(label + k + " " + a.canonicalUrl() + " vs " + e.get(k).asString()).isTrue();
        }
        if (e.has("paywalled")) soft.assertThat(a.paywalled()).as(label + "paywalled").isEqualTo(e.get("paywalled").asBoolean());
    }

    private static void text(SoftAssertions soft, JsonNode e, String key, String got, String label) {
        if (e.has(key)) soft.assertThat(CaseText.norm(got)).as(label + key).isEqualTo(CaseText.norm(e.get(key).asString()));
    }

    private static void instant(SoftAssertions soft, JsonNode e, String key, Instant got, String label, boolean ifReported) {
        if (!e.has(key) || (ifReported && got == null)) return;
        Instant want = CaseText.instant(e.get(key).asString());
        soft.assertThat(CaseText.sameInstant(got, want)).as(label + key + " " + got + " vs " + want).isTrue();
    }

    private static void between(SoftAssertions soft, JsonNode range, Instant got, String label, boolean ifReported) {
        if (range == null || (ifReported && got == null)) return;
        String from = range.isArray() ? range.get(0).asString() : range.path("from").asString();
        String to = range.isArray() ? range.get(1).asString() : range.path("to").asString();
        soft.assertThat(got).as(label).isNotNull();
        if (got != null) soft.assertThat(got).as(label).isBetween(CaseText.instant(from), CaseText.instant(to));
    }
}
