package io.newsradar.sources;

import io.newsradar.config.ConfigException;
import io.newsradar.model.ExtractHints;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One configured news source of the sources file ({@link SourcesFile}).
 *
 * @param name     key of the source: lower-case letters, digits, {@code . _ -}, starting with a letter or digit
 * @param feeds    RSS/Atom feed URLs (absolute http(s)); may be empty
 * @param sitemaps sitemap or sitemap-index URLs; may be empty
 * @param seeds    seed pages (section front pages), fetched every poll; their same-site links that pass
 *                 {@code links} are fetched as articles; may be empty, but the three lists together are not
 * @param links    include/exclude patterns for the links of the seed pages; never null
 * @param lang     language hint (BCP 47 primary subtag such as {@code ja}, {@code en}, {@code zh}), or null
 * @param zone     IANA time zone of the outlet (e.g. {@code Asia/Tokyo}): local times without an offset on its
 *                 pages are read in it ({@link io.newsradar.model.Page#siteZone()}); null = decided from the
 *                 language ({@code extract.zone_by_language})
 * @param poll     how often a crawl or watch polls the source at first; at least one minute. With adaptive polling
 *                 ({@code poll.adaptive} of the config) the interval then moves between {@code minPoll} and
 *                 {@code maxPoll} (see {@code pipeline.AdaptivePoll})
 * @param minPoll  shortest adaptive interval, or null for the config's {@code poll.min}; at least one minute
 * @param maxPoll  longest adaptive interval, or null for the config's {@code poll.max}; at least {@code minPoll}
 * @param extract  extraction hints for this outlet's pages; never null ({@link ExtractHints#NONE})
 */
public record Source(String name, List<String> feeds, List<String> sitemaps, List<String> seeds, LinkRules links,
                     String lang, String zone, Duration poll, Duration minPoll, Duration maxPoll, ExtractHints extract) {
    /** Poll interval when the file gives none. */
    public static final Duration DEFAULT_POLL = Duration.ofHours(1);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    public Source {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConfigException("source '" + name + "'", "name must be lower-case letters, digits, '.', '_' or '-'");
        }
        String where = "source '" + name + "'";
        feeds = urls(where, "feeds", feeds);
        sitemaps = urls(where, "sitemaps", sitemaps);
        seeds = urls(where, "seeds", seeds);
        if (links == null) links = LinkRules.ANY;
        if (feeds.isEmpty() && sitemaps.isEmpty() && seeds.isEmpty()) {
            throw new ConfigException(where, "needs at least one of feeds, sitemaps, seeds");
        }
        if (lang != null) {
            lang = lang.strip().toLowerCase(Locale.ROOT);
            if (!LANG.matcher(lang).matches()) throw new ConfigException(where + " lang", "not a language code: " + lang);
        }
        if (zone != null) {
            try {
                zone = ZoneId.of(zone.strip()).getId();
            } catch (DateTimeException e) {
                throw new ConfigException(where + " zone", "not an IANA time zone: " + zone);
            }
        }
        if (poll == null) poll = DEFAULT_POLL;
        if (poll.compareTo(Duration.ofMinutes(1)) < 0) throw new ConfigException(where + " poll", "must be at least 1m");
        if (minPoll != null && minPoll.compareTo(Duration.ofMinutes(1)) < 0) throw new ConfigException(where + " min_poll", "must be at least 1m");
        if (minPoll != null && maxPoll != null && maxPoll.compareTo(minPoll) < 0) {
            throw new ConfigException(where + " max_poll", "must be at least min_poll");
        }
        if (extract == null) extract = ExtractHints.NONE;
    }

    /** A source with the default poll bounds and no extraction hints. */
    public Source(String name, List<String> feeds, List<String> sitemaps, List<String> seeds, LinkRules links,
                  String lang, String zone, Duration poll) {
        this(name, feeds, sitemaps, seeds, links, lang, zone, poll, null, null, ExtractHints.NONE);
    }

    /** @return the hosts whose pages get {@link #extract}: its {@code hosts}, else the hosts of the feeds, sitemaps and seeds */
    public List<String> hintHosts() {
        if (!extract.hosts().isEmpty()) return extract.hosts();
        LinkedHashSet<String> hosts = new LinkedHashSet<>();
        for (List<String> l : List.of(feeds, sitemaps, seeds)) {
            for (String u : l) hosts.add(URI.create(u).getHost().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(hosts);
    }

    /**
     * @param zoneByLanguage IANA zone by language code ({@code extract.zone_by_language})
     * @return the zone for local times on this source's pages: {@code zone}, else the zone of its {@code lang}
     *         hint, else null (extraction decides from the page's language)
     */
    public String siteZone(java.util.Map<String, String> zoneByLanguage) {
        if (zone != null) return zone;
        return lang == null ? null : zoneByLanguage.get(lang);
    }

    /**
     * @return this source with the URLs added (duplicates dropped) and the hints that are not null replaced
     * @throws ConfigException for a bad URL or hint
     */
    public Source merge(List<String> moreFeeds, List<String> moreSitemaps, List<String> moreSeeds, LinkRules moreLinks,
                        String newLang, String newZone, Duration newPoll) {
        LinkRules l = moreLinks == null ? links
                : new LinkRules(union(links.include(), moreLinks.include()), union(links.exclude(), moreLinks.exclude()),
                moreLinks.depth());
        return new Source(name, union(feeds, moreFeeds), union(sitemaps, moreSitemaps), union(seeds, moreSeeds), l,
                newLang != null ? newLang : lang, newZone != null ? newZone : zone, newPoll != null ? newPoll : poll,
                minPoll, maxPoll, extract);
    }

    /**
     * @return this source with the poll bounds that are not null replaced
     * @throws ConfigException when {@code max} is below {@code min}
     */
    public Source withPollBounds(Duration min, Duration max) {
        return new Source(name, feeds, sitemaps, seeds, links, lang, zone, poll, min != null ? min : minPoll,
                max != null ? max : maxPoll, extract);
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String> urls(String where, String key, List<String> urls) {
        if (urls == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String u : urls) {
            String s = u == null ? "" : u.strip();
            try {
                URI uri = new URI(s);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    if (!out.contains(s)) out.add(s);
                    continue;
                }
            } catch (java.net.URISyntaxException e) {
                // reported below
            }
            throw new ConfigException(where + " " + key, "not an absolute http(s) URL: " + s);
        }
        return List.copyOf(out);
    }
}
