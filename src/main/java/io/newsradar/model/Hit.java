package io.newsradar.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One ranked search result. Carries no terminal formatting: the snippet marks highlights as offsets so the
 * CLI, the JSON output and a future web page can each render them their own way.
 *
 * @param id        document id
 * @param url       canonical URL of the article
 * @param title     headline
 * @param source    outlet that wrote it
 * @param site      outlet or portal that published it
 * @param lang      language subtag
 * @param published publication time with its original offset, or null when unknown
 * @param firstSeen when newsradar first indexed this canonical URL (UTC)
 * @param score     relevance score ({@code NaN} when sorted by date only)
 * @param snippet   best passage of the body with highlight offsets; never null (empty text when none)
 * @param themes    names of the themes the article is tagged with, in themes-file order
 * @param story     id of the article's story (near-duplicate group: the id of its earliest-first-seen member), or
 *                  null when unknown (an index written before stories existed)
 * @param similarCount other matching articles of the same story collapsed into this hit (0 when the search did not
 *                  collapse, or when it has no other copies); never negative
 */
public record Hit(String id, String url, String title, String source, String site, String lang,
                  OffsetDateTime published, Instant firstSeen, float score, Snippet snippet, List<String> themes,
                  String story, int similarCount) {
    public Hit {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("hit id is blank");
        snippet = snippet == null ? Snippet.EMPTY : snippet;
        themes = themes == null ? List.of() : List.copyOf(themes);
        if (similarCount < 0) throw new IllegalArgumentException("similarCount is negative: " + similarCount);
    }

    /** A hit with no story information and nothing collapsed into it. */
    public Hit(String id, String url, String title, String source, String site, String lang, OffsetDateTime published,
               Instant firstSeen, float score, Snippet snippet, List<String> themes) {
        this(id, url, title, source, site, lang, published, firstSeen, score, snippet, themes, null, 0);
    }

    /** @return this hit with {@code count} similar articles collapsed into it */
    public Hit withSimilarCount(int count) {
        return new Hit(id, url, title, source, site, lang, published, firstSeen, score, snippet, themes, story, count);
    }
}
