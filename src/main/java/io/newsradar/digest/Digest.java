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
 */
public record Digest(String name, Instant windowStart, Instant windowEnd, String timezone, Instant generatedAt,
                     List<Section> sections) {
    public Digest {
        if (!windowStart.isBefore(windowEnd)) throw new IllegalArgumentException("empty digest window");
        sections = List.copyOf(sections);
    }

    /** @return articles listed over all sections */
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
     * @param theme   theme name
     * @param version theme definition version (hash), so readers know which definition was used
     * @param items   new articles, newest first-seen first
     * @param more    how many more matched than are listed
     * @param trend   the theme's volume in this window against the trailing windows, or null when not computed
     */
    public record Section(String theme, String version, List<Item> items, long more, Trend trend) {
        public Section {
            items = List.copyOf(items);
            if (more < 0) throw new IllegalArgumentException("more < 0: " + more);
        }

        /** A section without trend context. */
        public Section(String theme, String version, List<Item> items, long more) {
            this(theme, version, items, more, null);
        }

        /** @return articles new in the window: listed plus not listed */
        public long newCount() {
            return items.size() + more;
        }
    }

    /**
     * @param title     headline
     * @param url       canonical URL
     * @param source    outlet that wrote it
     * @param site      where it was published
     * @param lang      language subtag
     * @param published publication time in the digest's zone, or null when the page gave none
     * @param firstSeen when newsradar first indexed it (UTC)
     * @param lead      first one or two sentences of the body, in the article's language
     * @param late      true when it was published well before the window (indexed late)
     */
    public record Item(String title, String url, String source, String site, String lang, ZonedDateTime published,
                       Instant firstSeen, String lead, boolean late) {
        public Item {
            title = title == null ? "" : title;
            url = url == null ? "" : url;
            source = source == null ? "" : source;
            site = site == null ? "" : site;
            lang = lang == null ? "" : lang;
            lead = lead == null ? "" : lead;
        }
    }
}
