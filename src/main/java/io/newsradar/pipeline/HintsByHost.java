package io.newsradar.pipeline;

import io.newsradar.model.ExtractHints;
import io.newsradar.sources.Source;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which extraction hints and site zone a page gets: those of the source whose hint hosts ({@link Source#hintHosts()}: its
 * {@code extract.hosts}, else the hosts of its feeds, sitemaps and seeds) include the page's host, compared without a
 * leading {@code www.}. Chosen by host rather than by the source being polled so that {@code crawl}, {@code watch} and
 * {@code reindex} (which replays pages without knowing their source) extract a page the same way. When two sources
 * claim a host, the first in the file wins. The zone ({@link Source#siteZone}) is what {@link SourceCrawl} gives the
 * pages of a source while crawling; here it reaches pages replayed without one (reindex). Thread-safe; {@link #update} swaps the table (watch re-reads the file
 * every round).
 */
public final class HintsByHost {
    private volatile Map<String, ExtractHints> byHost = Map.of();
    private volatile Map<String, String> zoneByHost = Map.of();

    /** @return a table built from {@code sources} */
    public static HintsByHost of(List<Source> sources, Map<String, String> zoneByLanguage) {
        HintsByHost h = new HintsByHost();
        h.update(sources, zoneByLanguage);
        return h;
    }

    /**
     * Replaces the table with the hints and zones of {@code sources}.
     *
     * @param zoneByLanguage IANA zone by language ({@code extract.zone_by_language}), for sources with a lang hint only
     */
    public void update(List<Source> sources, Map<String, String> zoneByLanguage) {
        Map<String, ExtractHints> m = new HashMap<>();
        Map<String, String> z = new HashMap<>();
        for (Source s : sources) {
            String zone = s.siteZone(zoneByLanguage);
            for (String host : s.hintHosts()) {
                if (!s.extract().isEmpty()) m.putIfAbsent(key(host), s.extract());
                if (zone != null) z.putIfAbsent(key(host), zone);
            }
        }
        byHost = Map.copyOf(m);
        zoneByHost = Map.copyOf(z);
    }

    /** @return the hints for the page at {@code url}; {@link ExtractHints#NONE} when no source claims its host */
    public ExtractHints forUrl(String url) {
        String host = host(url);
        return host == null ? ExtractHints.NONE : byHost.getOrDefault(host, ExtractHints.NONE);
    }

    /** @return the IANA zone of the source claiming the host of {@code url}, or null */
    public String zoneForUrl(String url) {
        String host = host(url);
        return host == null ? null : zoneByHost.get(host);
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : key(h);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
