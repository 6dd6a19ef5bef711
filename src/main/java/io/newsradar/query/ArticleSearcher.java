package io.newsradar.query;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The read API over the article index, free of any terminal formatting so that the CLI, JSON output, the
 * digest and a future web page share it. A second backend (OpenSearch) implements the same interface.
 */
public interface ArticleSearcher extends Closeable {

    /**
     * Runs a search.
     *
     * @throws QueryException when the query text does not parse or would be too expensive (message says why)
     * @throws IOException    when the index cannot be read
     */
    SearchResult search(SearchRequest request) throws IOException;

    /**
     * Counts articles matching {@code request} (its {@code limit}, {@code sort} and facets ignored) per calendar
     * bucket of their publication time in {@code zone}. Buckets with no articles inside the covered range are
     * included with count 0, oldest first.
     *
     * @param by  bucket size
     * @param zone time zone the calendar buckets are cut in
     */
    List<TimelineBucket> timeline(SearchRequest request, Bucket by, ZoneId zone) throws IOException;

    /**
     * Articles first seen (indexed) in {@code [from, to)} and tagged with {@code theme}, newest first:
     * what the digest reports as new. Hits carry no snippet (empty) and score {@code NaN}: the body is not read.
     *
     * @param limit at most this many hits
     */
    SearchResult firstSeen(String theme, Instant from, Instant to, int limit) throws IOException;

    /**
     * Articles most like a stored one ("more like this": its most characteristic title and body terms, weighted by
     * tf-idf, searched in the fields of its language), the article itself excluded.
     *
     * @param idOrUrl id or canonical URL of a stored article
     * @param limit   at most this many hits, 1..10,000
     * @return hits by similarity, snippets from the start of each body; total 0 and no hits when the article is unknown
     */
    SearchResult similar(String idOrUrl, int limit) throws IOException;

    /**
     * Reads one stored article (for a digest lead or {@code themes explain}) without taking the index's write lock,
     * so it works while a crawl or {@code watch} is writing.
     *
     * @param idOrUrl document id or canonical URL
     * @return the article with its themes and first-seen time, or empty when none is stored under it
     */
    java.util.Optional<io.newsradar.index.ArticleStore.StoredArticle> article(String idOrUrl) throws IOException;

    /**
     * The terms most characteristic of the articles matching {@code request} (its {@code limit}, {@code sort} and
     * facets ignored) against the whole index: document frequencies of body terms per language field, scored by
     * {@link SignificantTerms} (log-likelihood G²); terms in fewer than 2 matching articles are left out. Besides
     * single terms ({@link SignificantTerms.Kind#TERM}), English and Japanese multi-word names
     * ({@link SignificantTerms.Kind#ENTITY}: Commerce Department, 輸出規制), counted the same way, their background
     * by phrase count. At most 10,000 matching articles are read (their whole bodies).
     *
     * @param request the foreground: typically a theme and a publication window
     * @param limit   at most this many terms, 1..1,000
     * @return highest score first; empty when nothing matches
     * @throws QueryException when the query text does not parse
     */
    List<SignificantTerms.Term> significantTerms(SearchRequest request, int limit) throws IOException;

    /** Newest articles a digest's {@link #characteristicTerms} reads per theme and window, at most. */
    int CHARACTERISTIC_SAMPLE = 50;

    /**
     * The terms and entities most characteristic of a theme's articles first seen in {@code [from, to)} against the
     * whole index, as {@link #significantTerms} ranks them, at a bounded cost for digests: only the headlines and
     * leads of the {@value #CHARACTERISTIC_SAMPLE} articles first seen last are read (each compared with the index's
     * headline and lead fields), so the cost per theme does not grow with the window. A term or entity must occur in
     * 2 of them. The default (searchers without an index) reports none.
     *
     * @param theme theme name
     * @param from  first instant of the window (inclusive, UTC)
     * @param to    end of the window (exclusive)
     * @param limit at most this many, 1..1,000
     * @return highest score first; empty when fewer than 2 articles match
     */
    default List<SignificantTerms.Term> characteristicTerms(String theme, Instant from, Instant to, int limit) throws IOException {
        return List.of();
    }

    /**
     * The members of a story (near-duplicates and syndicated copies), earliest first seen first: the first hit's
     * source and first-seen time are the story's ("first seen at ..."), the others are its "also in".
     *
     * @param storyId a story id ({@code Hit.story()})
     * @param limit   at most this many hits, 1..10,000
     * @return hits ordered by first-seen time ascending (UTC), score {@code NaN}; total 0 when the story is unknown
     */
    SearchResult story(String storyId, int limit) throws IOException;

    /**
     * The members of several stories at once, as {@link #story} gives them but in one pass and without snippets
     * (the digest groups a whole window's articles this way).
     *
     * @param storyIds       story ids ({@code Hit.story()})
     * @param before         only members first seen before this instant (UTC)
     * @param limitPerStory  at most this many members per story, earliest first seen first, 1..10,000
     * @return story id -> its members ordered by first-seen time ascending; a story without members is absent
     */
    default java.util.Map<String, List<io.newsradar.model.Hit>> stories(java.util.Collection<String> storyIds, Instant before,
                                                                     int limitPerStory) throws IOException {
        java.util.Map<String, List<io.newsradar.model.Hit>> out = new java.util.HashMap<>();
        for (String id : storyIds) {
            List<io.newsradar.model.Hit> members = story(id, limitPerStory).hits().stream()
                    .filter(h -> h.firstSeen() == null || h.firstSeen().isBefore(before)).toList();
            if (!members.isEmpty()) out.put(id, members);
        }
        return out;
    }

    /**
     * How many members each story has, without reading them (to decide which stories {@link #stories} must read).
     *
     * @param storyIds story ids
     * @param before   only members first seen before this instant (UTC)
     * @return story id -> members first seen before {@code before}; a story without any is absent
     */
    default java.util.Map<String, Long> storySizes(java.util.Collection<String> storyIds, Instant before) throws IOException {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        stories(storyIds, before, 10_000).forEach((id, members) -> out.put(id, (long) members.size()));
        return out;
    }

    /**
     * Where {@code query} is mentioned in each of the given stored articles (for ranking a digest by the prominence
     * of a theme): whether it matches the headline alone, the lead alone (the index's lead field, the opening of
     * the body), and how many times it is mentioned in headline and body.
     *
     * @param query newsradar query text (a theme's focus or query with aliases expanded)
     * @param ids   article ids
     * @return id -> mentions for the ids found; empty when this backend cannot tell
     * @throws QueryException when the query does not parse
     */
    default java.util.Map<String, Mentions> mentions(String query, java.util.Collection<String> ids) throws IOException {
        return java.util.Map.of();
    }

    /**
     * @param inTitle the query matches the headline on its own
     * @param inLead  the query matches the lead on its own
     * @param count   mentions (match intervals) in headline and body, &ge; 0
     */
    record Mentions(boolean inTitle, boolean inLead, int count) {}

    /** Calendar bucket sizes for timelines. */
    enum Bucket { DAY, WEEK, MONTH }

    /**
     * @param start first instant of the bucket (local midnight in the requested zone; weeks start on Monday)
     * @param label ISO date of the bucket's first day ({@code 2025-01-27}); for months {@code 2025-01}
     * @param count matching articles published in the bucket
     */
    record TimelineBucket(Instant start, String label, long count) {}
}
