package io.newsradar.digest;

import io.newsradar.model.Article;
import io.newsradar.model.Hit;
import io.newsradar.model.Theme;
import io.newsradar.query.ArticleSearcher;
import io.newsradar.query.SearchRequest;
import io.newsradar.query.SearchResult;
import io.newsradar.themes.ThemeDefinition;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a {@link Digest}: per theme, the articles first seen (indexed) inside the window, not merely
 * published in it, so an old article indexed late appears once, marked {@code late} when an earlier digest of the
 * same name should have carried it ({@link #build(String, DigestWindow, Instant, int, LateCommits, Instant)}); grouped into stories, each
 * shown once under its first-seen copy with the other copies as "also in" ({@link StoryGroups}), a story reported
 * before the window shown as a follow-up only; new stories ranked by {@link Importance}; and the theme's
 * {@link Trend}: articles published in the window against the {@value #TREND_WINDOWS} windows of the same
 * length just before it (one count query per window and theme); and up to {@value #TERMS} characteristic terms and
 * entities of the window's articles against the whole index (cost bound at {@link #TERMS}).
 */
public final class DigestBuilder {
    /** An article published more than this before the end of the previous digest's window is marked late. */
    static final Duration LATE_AFTER = Duration.ofHours(48);
    /** Earlier windows the trend compares with. */
    public static final int TREND_WINDOWS = 7;
    /** Most articles per theme and window grouped and ranked (the newest first-seen ones when there are more). */
    public static final int MAX_RANKED = 10_000;
    /**
     * Characteristic terms and entities shown per theme, at most. Cost bound: per theme, the headlines and leads of
     * the {@value ArticleSearcher#CHARACTERISTIC_SAMPLE} newest articles first seen in the window are re-analysed,
     * plus one document-frequency lookup per distinct term in 2 or more of them and one phrase count per entity
     * candidate (at most 20 per field), whatever the window's size.
     */
    public static final int TERMS = 8;

    private final ArticleSearcher searcher;
    private final List<Theme> themes;
    private final ZoneId zone;
    private final Function<String, Optional<ThemeDefinition>> definitions;

    /**
     * A builder that ranks without placement (only the theme names are known).
     *
     * @param searcher finds articles first seen in the window per theme
     * @param themes   the themes to report, in order
     * @param zone     the zone published times are shown in
     */
    public DigestBuilder(ArticleSearcher searcher, List<Theme> themes, ZoneId zone) {
        this(searcher, themes, zone, name -> Optional.empty());
    }

    /**
     * @param definitions the compiled definition of a theme by name (for {@link Importance#placement()}), e.g.
     *                    {@code themeSet::definition}; empty for a theme whose placement is not scored
     */
    public DigestBuilder(ArticleSearcher searcher, List<Theme> themes, ZoneId zone,
                         Function<String, Optional<ThemeDefinition>> definitions) {
        this.searcher = searcher;
        this.themes = List.copyOf(themes);
        this.zone = zone;
        this.definitions = definitions;
    }

    /**
     * @param name      digest name
     * @param window    the window
     * @param now       the run time (recorded as generation time)
     * @param perTheme  at most this many stories listed per theme (1..1000)
     * @throws IOException when the index cannot be read
     */
    public Digest build(String name, DigestWindow window, Instant now, int perTheme) throws IOException {
        return build(name, window, now, perTheme, null, window.start());
    }

    /**
     * As {@link #build(String, DigestWindow, Instant, int)}, also reporting articles committed late: first seen in
     * {@code [late.from(), window.start())} and not in {@code late.alreadyReported()}; and marking as {@code late}
     * the articles an earlier digest of this name should have carried: published more than {@link #LATE_AFTER}
     * before {@code previousEnd} (or before the window start, when earlier). A first digest marks none: its reader
     * has missed nothing, however old the articles (a fresh install's backlog, the demo's samples).
     *
     * @param late        the look-back of a window that continues the previous one, or null for none
     * @param previousEnd end of the last delivered window of this digest, or null when none was delivered
     */
    public Digest build(String name, DigestWindow window, Instant now, int perTheme, LateCommits late, Instant previousEnd)
            throws IOException {
        Instant lateBefore = previousEnd == null ? null
                : (previousEnd.isBefore(window.start()) ? previousEnd : window.start()).minus(LATE_AFTER);
        List<Digest.Section> sections = new ArrayList<>();
        for (Theme theme : themes) sections.add(section(theme, window, perTheme, late, lateBefore));
        return new Digest(name, window.start(), window.end(), zone.getId(), now, sections);
    }

    private Digest.Section section(Theme theme, DigestWindow window, int perTheme, LateCommits late, Instant lateBefore)
            throws IOException {
        SearchResult r = searcher.firstSeen(theme.name(), window.start(), window.end(), MAX_RANKED);
        List<Hit> reported = new ArrayList<>(r.hits());
        long articles = r.total();
        if (late != null && late.from().isBefore(window.start())) {
            List<Hit> missed = searcher.firstSeen(theme.name(), late.from(), window.start(), LateCommits.MAX_PER_THEME).hits()
                    .stream().filter(h -> !late.alreadyReported().contains(h.id())).toList();
            articles += missed.size();
            reported.addAll(missed);
        }
        ThemeDefinition definition = definitions.apply(theme.name()).orElse(null);
        List<StoryGroups.Group> groups = StoryGroups.group(searcher, theme.name(), reported, window.end());
        Map<String, Placement> placements = Placement.of(searcher, definition,
                groups.stream().filter(g -> !g.followUp()).map(g -> g.head().id()).toList());
        List<Digest.Item> ranked = new ArrayList<>();
        List<Digest.FollowUp> followUps = new ArrayList<>();
        for (StoryGroups.Group g : groups) {
            if (g.followUp()) followUps.add(followUp(g, window));
            else ranked.add(item(g, window, placements.getOrDefault(g.head().id(), Placement.UNKNOWN), lateBefore));
        }
        ranked.sort(Importance.ORDER);
        followUps.sort(Comparator.comparingInt((Digest.FollowUp f) -> -f.newCopies().size()).thenComparing(Digest.FollowUp::url));
        List<Digest.Item> listed = new ArrayList<>(ranked.subList(0, Math.min(perTheme, ranked.size())));
        for (int k = 0; k < listed.size(); k++) listed.set(k, withLead(listed.get(k)));
        long stories = ranked.size() + Math.max(0, r.total() - r.hits().size()); // beyond MAX_RANKED: counted as stories
        return new Digest.Section(theme.name(), theme.version(), listed, stories - listed.size(), trend(theme.name(), window),
                followUps.subList(0, Math.min(perTheme, followUps.size())), Math.max(articles, stories),
                terms(theme.name(), window));
    }

    /** The theme's characteristic terms and entities in the window ({@link ArticleSearcher#characteristicTerms}). */
    private List<Digest.Term> terms(String theme, DigestWindow window) throws IOException {
        return searcher.characteristicTerms(theme, window.start(), window.end(), TERMS).stream()
                .map(t -> new Digest.Term(t.term(), t.kind().label(), t.fgCount(), t.bgCount(), t.score())).toList();
    }

    /** The item of a new story, without its lead (read only for the listed ones). */
    private Digest.Item item(StoryGroups.Group g, DigestWindow window, Placement p, Instant lateBefore) {
        Hit h = g.head();
        boolean late = lateBefore != null && h.published() != null && h.published().toInstant().isBefore(lateBefore);
        Importance imp = new Importance(outlets(h, g.copies()), p.placement(), p.mentions(), Importance.recency(h.firstSeen(), window));
        return new Digest.Item(h.id(), h.title(), h.url(), h.source(), h.site(), h.lang(),
                h.published() == null ? null : h.published().atZoneSameInstant(zone), h.firstSeen(), null, late,
                g.copies().stream().map(DigestBuilder::copy).toList(), imp);
    }

    private Digest.Item withLead(Digest.Item i) throws IOException {
        if (!i.lead().isEmpty()) return i;
        String body = searcher.article(i.id()).map(s -> s.article().body()).orElse("");
        return new Digest.Item(i.id(), i.title(), i.url(), i.source(), i.site(), i.lang(), i.published(), i.firstSeen(),
                Leads.lead(body), i.late(), i.also(), i.importance());
    }

    private static Digest.FollowUp followUp(StoryGroups.Group g, DigestWindow window) {
        List<Digest.Copy> fresh = g.copies().stream().filter(c -> c.firstSeen() != null && !c.firstSeen().isBefore(window.start()))
                .map(DigestBuilder::copy).toList();
        Hit h = g.head();
        return new Digest.FollowUp(h.title(), h.url(), h.source(), h.firstSeen(), fresh);
    }

    private static Digest.Copy copy(Hit h) {
        return new Digest.Copy(h.source(), h.site(), h.url(), h.firstSeen());
    }

    /** @return distinct outlets (source, else site) among the head and its copies, at least 1 */
    static int outlets(Hit head, List<Hit> copies) {
        Set<String> names = new LinkedHashSet<>();
        names.add(copy(head).outlet());
        for (Hit c : copies) names.add(copy(c).outlet());
        return Math.max(1, names.size());
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

    /**
     * Counts by publication time: the window, then the earlier windows of the same length, oldest first. A window
     * from local midnight to local midnight (whole calendar days in the digest's zone) steps back by calendar days,
     * so across a daylight-saving change each earlier window is still a day of 23, 24 or 25 hours; any other
     * window steps back by its duration.
     */
    private Trend trend(String theme, DigestWindow window) throws IOException {
        java.time.ZonedDateTime start = window.start().atZone(zone), end = window.end().atZone(zone);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate());
        boolean calendar = start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && days > 0 && start.toLocalDate().atStartOfDay(zone).equals(start) && end.toLocalDate().atStartOfDay(zone).equals(end);
        Duration length = Duration.between(window.start(), window.end());
        List<Long> previous = new ArrayList<>(TREND_WINDOWS);
        for (int k = TREND_WINDOWS; k >= 1; k--) {
            Instant from = calendar ? start.toLocalDate().minusDays(days * k).atStartOfDay(zone).toInstant() : window.start().minus(length.multipliedBy(k));
            Instant to = calendar ? start.toLocalDate().minusDays(days * (k - 1)).atStartOfDay(zone).toInstant() : window.start().minus(length.multipliedBy(k - 1));
            previous.add(published(theme, from, to));
        }
        return new Trend(published(theme, window.start(), window.end()), previous);
    }

    private long published(String theme, Instant from, Instant to) throws IOException {
        return searcher.search(new SearchRequest("", List.of(theme), from, to, null, null, SearchRequest.Sort.DATE, 1, List.of())).total();
    }

    /** @return the lead of an article (first one or two sentences), as digests show it */
    public static String leadOf(Article a) {
        return Leads.lead(a.body());
    }
}
