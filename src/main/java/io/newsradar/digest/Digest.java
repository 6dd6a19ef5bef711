package io.newsradar.digest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What is new per theme in one window: the value every digest format renders.
 *
 * @param name        digest name (state is kept per name, e.g. {@code daily})
 * @param windowStart first instant of the window (inclusive)
 * @param windowEnd   end of the window (exclusive)
 * @param timezone    IANA zone the window and the times are shown in
 * @param generatedAt when the digest was built
 * @param sections    one per theme, in themes-file order (themes with nothing new included, count 0)
 * @param crawl       the sources polled and not polled in the window, or null when not looked up
 */
public record Digest(String name, Instant windowStart, Instant windowEnd, String timezone, Instant generatedAt,
                     List<Section> sections, CrawlStatus crawl) {
    public Digest {
        if (!windowStart.isBefore(windowEnd)) throw new IllegalArgumentException("empty digest window");
        sections = List.copyOf(sections);
    }

    /** A digest without crawl status. */
    public Digest(String name, Instant windowStart, Instant windowEnd, String timezone, Instant generatedAt, List<Section> sections) {
        this(name, windowStart, windowEnd, timezone, generatedAt, sections, null);
    }

    /** @return stories listed over all sections */
    public int total() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    /** @return articles new in the window over all sections, listed or not (an article in two themes counts twice) */
    public long newTotal() {
        return sections.stream().mapToLong(Section::newCount).sum();
    }

    /** @return {@code newsradar <version>} from the jar manifest, {@code newsradar (development build)} outside a jar */
    public static String generator() {
        String v = Digest.class.getPackage().getImplementationVersion();
        return "newsradar " + (v == null ? "(development build)" : v);
    }

    /**
     * @param theme     theme name
     * @param version   theme definition version (hash), so readers know which definition was used
     * @param items     new stories, one item each (its first-seen copy), most important first ({@link Importance})
     * @param more      how many more new stories matched than are listed
     * @param trend     the theme's volume in this window against the trailing windows, or null when not computed
     * @param followUps stories first reported before this window that new copies in the window joined (not new:
     *                  shown as "also in" only), most copies first
     * @param articles  articles of the theme first seen in the window (every copy, follow-up copies included);
     *                  at least {@code items.size() + more}
     * @param terms     the terms and entities most characteristic of the window's articles against the whole
     *                  index, most characteristic first; empty when not computed or none stands out
     */
    public record Section(String theme, String version, List<Item> items, long more, Trend trend,
                          List<FollowUp> followUps, long articles, List<Term> terms) {
        public Section {
            items = List.copyOf(items);
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
            terms = terms == null ? List.of() : List.copyOf(terms);
            if (more < 0) throw new IllegalArgumentException("more < 0: " + more);
            if (articles < items.size() + more) throw new IllegalArgumentException("articles < listed + more: " + articles);
        }

        /** A section without characteristic terms. */
        public Section(String theme, String version, List<Item> items, long more, Trend trend,
                       List<FollowUp> followUps, long articles) {
            this(theme, version, items, more, trend, followUps, articles, List.of());
        }

        /** A section whose items are single articles (no grouping into stories), without follow-ups. */
        public Section(String theme, String version, List<Item> items, long more, Trend trend) {
            this(theme, version, items, more, trend, List.of(), items.size() + more);
        }

        /** A section without trend context. */
        public Section(String theme, String version, List<Item> items, long more) {
            this(theme, version, items, more, null);
        }

        /** @return articles new in the window: every copy first seen in it */
        public long newCount() {
            return articles;
        }

        /** @return new stories in the window: listed plus not listed */
        public long storyCount() {
            return items.size() + more;
        }
    }

    /**
     * A term or entity characteristic of a section's articles (significant terms: log-likelihood G² of the
     * theme's articles in the window against the whole index).
     *
     * @param text       as written most often (lower case for a term; a name as capitalised, e.g. Commerce Department)
     * @param kind       {@code term} (one word or morpheme) or {@code entity} (a multi-word name)
     * @param articles   articles of the sample read that contain it, >= 1
     * @param background articles of the whole index that contain it, >= articles
     * @param score      G², > 0
     */
    public record Term(String text, String kind, long articles, long background, double score) {
        public Term {
            if (text == null || text.isBlank()) throw new IllegalArgumentException("term text is required");
            if (!"term".equals(kind) && !"entity".equals(kind)) throw new IllegalArgumentException("kind term|entity: " + kind);
            if (articles < 1 || background < articles) throw new IllegalArgumentException("need 1 <= articles <= background");
        }
    }

    /**
     * One new story, shown as its first-seen copy.
     *
     * @param id         article id of that copy
     * @param title      headline
     * @param url        canonical URL
     * @param source     outlet that wrote it
     * @param site       where it was published
     * @param lang       language subtag
     * @param published  publication time in the digest's zone, or null when the page gave none
     * @param firstSeen  when newsradar first indexed it (UTC)
     * @param lead       first one or two sentences of the body, in the article's language
     * @param late       true when it was published well before the end of the previous digest of the same name, which
     *                   should have carried it (indexed late); never in a first digest
     * @param also       the story's other copies first seen before the window end, earliest first
     * @param importance the inputs and score of its rank ({@link Importance})
     */
    public record Item(String id, String title, String url, String source, String site, String lang,
                       ZonedDateTime published, Instant firstSeen, String lead, boolean late, List<Copy> also,
                       Importance importance) {
        public Item {
            title = title == null ? "" : title;
            url = url == null ? "" : url;
            id = id == null || id.isBlank() ? url : id;
            source = source == null ? "" : source;
            site = site == null ? "" : site;
            lang = lang == null ? "" : lang;
            lead = lead == null ? "" : lead;
            also = also == null ? List.of() : List.copyOf(also);
            importance = importance == null ? Importance.UNRANKED : importance;
        }

        /** A single-copy item without a rank. */
        public Item(String title, String url, String source, String site, String lang, ZonedDateTime published,
                    Instant firstSeen, String lead, boolean late) {
            this(url, title, url, source, site, lang, published, firstSeen, lead, late, List.of(), null);
        }
    }

    /**
     * Another copy of a story (a syndicated or near-duplicate article).
     *
     * @param source    outlet
     * @param site      where it was published
     * @param url       canonical URL
     * @param firstSeen when newsradar first indexed it (UTC), or null
     */
    public record Copy(String source, String site, String url, Instant firstSeen) {
        public Copy {
            source = source == null ? "" : source;
            site = site == null ? "" : site;
            url = url == null ? "" : url;
        }

        /** @return the outlet's name: source, else site, else the URL's host text */
        public String outlet() {
            if (!source.isBlank()) return source;
            return site.isBlank() ? url : site;
        }
    }

    /**
     * A story reported in an earlier window (its first tagged copy was first seen before this window) that new
     * copies joined in this window. Not new, so not listed as an item; the new copies are shown as "also in".
     *
     * @param title     headline of the first-seen copy
     * @param url       its URL
     * @param source    its outlet
     * @param firstSeen when it was first seen (UTC)
     * @param newCopies the copies first seen in this window
     */
    public record FollowUp(String title, String url, String source, Instant firstSeen, List<Copy> newCopies) {
        public FollowUp {
            title = title == null ? "" : title;
            url = url == null ? "" : url;
            source = source == null ? "" : source;
            newCopies = List.copyOf(newCopies);
        }
    }
}
