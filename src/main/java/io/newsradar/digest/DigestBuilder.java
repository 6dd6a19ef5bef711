package io.newsradar.digest;

import io.newsradar.model.Article;
import io.newsradar.model.Hit;
import io.newsradar.model.Theme;
import io.newsradar.query.ArticleSearcher;
import io.newsradar.query.SearchRequest;
import io.newsradar.query.SearchResult;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Digest}: per theme, the articles first seen (indexed) inside the window, not merely
 * published in it, so an old article indexed late appears once, marked {@code late}; and the theme's
 * {@link Trend}: articles published in the window against the {@value #TREND_WINDOWS} windows of the same
 * length just before it (one count query per window and theme).
 */
public final class DigestBuilder {
    /** An article published more than this before the window start is marked late. */
    static final Duration LATE_AFTER = Duration.ofHours(48);
    /** Earlier windows the trend compares with. */
    public static final int TREND_WINDOWS = 7;

    private final ArticleSearcher searcher;
    private final List<Theme> themes;
    private final ZoneId zone;

    /**
     * @param searcher finds articles first seen in the window per theme
     * @param themes   the themes to report, in order
     * @param zone     the zone published times are shown in
     */
    public DigestBuilder(ArticleSearcher searcher, List<Theme> themes, ZoneId zone) {
        this.searcher = searcher;
        this.themes = List.copyOf(themes);
        this.zone = zone;
    }

    /**
     * @param name      digest name
     * @param window    the window
     * @param now       the run time (recorded as generation time)
     * @param perTheme  at most this many articles listed per theme (1..1000)
     * @throws IOException when the index cannot be read
     */
    public Digest build(String name, DigestWindow window, Instant now, int perTheme) throws IOException {
        return build(name, window, now, perTheme, null);
    }

    /**
     * As {@link #build(String, DigestWindow, Instant, int)}, also reporting articles committed late: first seen in
     * {@code [late.from(), window.start())} and not in {@code late.alreadyReported()}; they are listed after the
     * window's own articles (their first-seen times are older).
     *
     * @param late the look-back of a window that continues the previous one, or null for none
     */
    public Digest build(String name, DigestWindow window, Instant now, int perTheme, LateCommits late) throws IOException {
        List<Digest.Section> sections = new ArrayList<>();
        for (Theme theme : themes) {
            SearchResult r = searcher.firstSeen(theme.name(), window.start(), window.end(), perTheme);
            List<Hit> hits = new ArrayList<>(r.hits());
            long total = r.total();
            if (late != null && late.from().isBefore(window.start())) {
                List<Hit> missed = searcher.firstSeen(theme.name(), late.from(), window.start(), LateCommits.MAX_PER_THEME).hits()
                        .stream().filter(h -> !late.alreadyReported().contains(h.id())).toList();
                total += missed.size();
                hits.addAll(missed.subList(0, Math.min(missed.size(), Math.max(0, perTheme - hits.size()))));
            }
            List<Digest.Item> items = new ArrayList<>();
            for (Hit h : hits) items.add(item(h, window));
            sections.add(new Digest.Section(theme.name(), theme.version(), items, Math.max(0, total - items.size()),
                    trend(theme.name(), window)));
        }
        return new Digest(name, window.start(), window.end(), zone.getId(), now, sections);
    }

    /**
     * @return ids of the articles of these themes visible now with first-seen in {@code [from, to)}: what the next
     *     run's {@link LateCommits} must not report again
     */
    public Set<String> visibleIds(Instant from, Instant to) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!from.isBefore(to)) return ids;
        for (Theme theme : themes) {
            for (Hit h : searcher.firstSeen(theme.name(), from, to, LateCommits.MAX_PER_THEME).hits()) ids.add(h.id());
        }
        return ids;
    }

    /** Counts by publication time: the window, then the earlier windows of the same length, oldest first. */
    private Trend trend(String theme, DigestWindow window) throws IOException {
        Duration length = Duration.between(window.start(), window.end());
        List<Long> previous = new ArrayList<>(TREND_WINDOWS);
        for (int k = TREND_WINDOWS; k >= 1; k--) {
            previous.add(published(theme, window.start().minus(length.multipliedBy(k)), window.start().minus(length.multipliedBy(k - 1))));
        }
        return new Trend(published(theme, window.start(), window.end()), previous);
    }

    private long published(String theme, Instant from, Instant to) throws IOException {
        return searcher.search(new SearchRequest("", List.of(theme), from, to, null, null, SearchRequest.Sort.DATE, 1, List.of())).total();
    }

    private Digest.Item item(Hit h, DigestWindow window) throws IOException {
        String body = searcher.article(h.id()).map(s -> s.article().body()).orElse("");
        boolean late = h.published() != null && h.published().toInstant().isBefore(window.start().minus(LATE_AFTER));
        return new Digest.Item(h.title(), h.url(), h.source(), h.site(), h.lang(),
                h.published() == null ? null : h.published().atZoneSameInstant(zone), h.firstSeen(),
                Leads.lead(body), late);
    }

    /** @return the lead of an article (first one or two sentences), as digests show it */
    public static String leadOf(Article a) {
        return Leads.lead(a.body());
    }
}
