package io.newsradar.sources;

import io.newsradar.config.ConfigException;
import io.newsradar.config.Durations;
import io.newsradar.model.ExtractHints;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sources file ({@code <data>/sources.yaml}, or {@code --sources FILE}): the outlets a crawl without URLs and
 * {@code watch} poll. YAML 1.1 read and written with Jackson 3. Format (every key but one URL list optional):
 * <pre>
 * sources:
 *   nhk:                      # name: lower-case letters, digits, . _ -
 *     feeds: [https://www3.nhk.or.jp/rss/news/cat0.xml]   # RSS/Atom feeds (default: none)
 *     sitemaps: []            # sitemaps or sitemap indexes (default: none)
 *     seeds: []               # seed (section) pages whose same-site links are articles (default: none);
 *                             # at least one URL over the three lists
 *     include: ['/news/\\d+']  # regexes, one of which a seed page's link must contain (default: any link)
 *     exclude: ['/video/']    # regexes none of which it may contain (default: none)
 *     depth: 1                # 1: the seeds' links; 2-3: also links of the section pages they link to (default 1)
 *     lang: ja                # language hint; its zone when no zone is given (default: none)
 *     zone: Asia/Tokyo        # IANA zone of times without offset (default: from the language)
 *     poll: 30m               # first poll interval: Nm, Nh, Nd, Nw (default: 1h, at least 1m)
 *     min_poll: 5m            # adaptive polling: shortest interval (default: poll.min of the config)
 *     max_poll: 6h            # adaptive polling: longest interval (default: poll.max of the config)
 *     extract:                # extraction hints for this outlet's pages, CSS selectors (default: none)
 *       hosts: [www3.nhk.or.jp]          # pages they apply to (default: the hosts of the URLs above)
 *       content: "div.article-body"      # the body is read from these elements only
 *       remove: [".related", "aside"]    # elements dropped before reading anything
 *       title: "h1.headline"             # the headline element
 *       date: "time[datetime]"           # publication time: its datetime/content attribute, else its text
 * </pre>
 * Unknown keys are rejected with the source and key named. An absent file means no sources.
 */
public final class SourcesFile {
    /** File name in the data directory. */
    public static final String FILE_NAME = "sources.yaml";
    private static final Set<String> KEYS = Set.of("feeds", "sitemaps", "seeds", "include", "exclude", "depth", "lang", "zone", "poll",
            "min_poll", "max_poll", "extract");
    private static final Set<String> EXTRACT_KEYS = Set.of("hosts", "content", "remove", "title", "date");
    private static final ObjectMapper YAML = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();
    private static final String HEADER = """
            # newsradar sources: polled by `newsradar crawl` (with no URLs) and `newsradar watch`.
            # Edit by hand or with `newsradar sources add|remove`. Per source (name: lower-case letters, digits, . _ -):
            #   feeds:    RSS/Atom feed URLs                       (default: none)
            #   sitemaps: sitemap or sitemap-index URLs            (default: none)
            #   seeds:    seed (section) pages, re-read every poll; their same-site links are fetched as articles
            #             (default: none; one URL at least over feeds, sitemaps, seeds)
            #   include:  regexes; a seed page's link must contain one (default: any same-site link)
            #   exclude:  regexes; a seed page's link must contain none  (default: none)
            #   depth:    1 = the seeds' own links; 2 or 3 = also the links of the section pages (links that are not
            #             articles) they lead to                  (default: 1)
            #   lang:     language hint, e.g. ja, en, zh; gives the zone when zone is absent (default: none)
            #   zone:     IANA time zone for times without offset  (default: from the language, extract.zone_by_language)
            #   poll:     first poll interval, Nm / Nh / Nd / Nw   (default: 1h; at least 1m); with adaptive polling
            #             (poll.adaptive of config.yaml) halved after a poll that stored articles, x1.5 after one that
            #             stored none, kept between min_poll and max_poll
            #   min_poll: shortest interval                        (default: poll.min of config.yaml, 5m)
            #   max_poll: longest interval                         (default: poll.max of config.yaml, 6h)
            #   extract:  extraction hints, CSS selectors, for the outlet's pages (default: none):
            #             hosts (pages they apply to; default: the hosts of the URLs above), content (body
            #             elements), remove (list of elements to drop), title (headline element), date (element
            #             with the publication time: datetime/content attribute, else its text)
            """;

    private SourcesFile() {
    }

    /**
     * @return the sources in file order; empty when the file does not exist
     * @throws ConfigException naming the file, source and key, when the file is not valid
     */
    public static List<Source> load(Path file) {
        if (!Files.exists(file)) return List.of();
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new ConfigException(file.toString(), "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isNull() || root.isMissingNode()) return List.of();
        if (!root.isObject() || root.size() != 1 || !root.has("sources")) {
            throw new ConfigException(file.toString(), "must be a mapping with the one key 'sources'");
        }
        JsonNode sources = root.get("sources");
        if (sources.isNull()) return List.of();
        if (!sources.isObject()) throw new ConfigException(file + ": sources", "must be a mapping of name to source");
        List<Source> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : sources.properties()) {
            try {
                out.add(source(e.getKey(), e.getValue()));
            } catch (ConfigException ce) {
                throw new ConfigException(file.toString(), ce.getMessage());
            }
        }
        return List.copyOf(out);
    }

    private static Source source(String name, JsonNode n) {
        String where = "source '" + name + "'";
        if (!n.isObject()) throw new ConfigException(where, "must be a mapping (feeds, sitemaps, seeds, lang, zone, poll)");
        for (String key : n.propertyNames()) {
            if (!KEYS.contains(key)) throw new ConfigException(where, "unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        }
        LinkRules links;
        try {
            links = new LinkRules(list(where, n, "include"), list(where, n, "exclude"), depth(where, n));
        } catch (ConfigException e) {
            throw new ConfigException(where, e.getMessage());
        }
        return new Source(name, list(where, n, "feeds"), list(where, n, "sitemaps"), list(where, n, "seeds"), links,
                text(where, n, "lang"), text(where, n, "zone"), duration(where, n, "poll"), duration(where, n, "min_poll"),
                duration(where, n, "max_poll"), hints(where, n.get("extract")));
    }

    private static ExtractHints hints(String where, JsonNode n) {
        if (n == null || n.isNull()) return ExtractHints.NONE;
        String at = where + " extract";
        String known = " (known: " + String.join(", ", EXTRACT_KEYS.stream().sorted().toList()) + ")";
        if (!n.isObject()) throw new ConfigException(at, "must be a mapping" + known);
        for (String key : n.propertyNames()) {
            if (!EXTRACT_KEYS.contains(key)) throw new ConfigException(at, "unknown key '" + key + "'" + known);
        }
        List<String> hosts = list(at, n, "hosts");
        for (String h : hosts) {
            if (!h.strip().matches("(?i)[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) throw new ConfigException(at + ".hosts", "not a host name: " + h);
        }
        List<String> remove = list(at, n, "remove");
        remove.forEach(sel -> selector(at + ".remove", sel));
        return new ExtractHints(hosts, selector(at + ".content", text(at, n, "content")), remove,
                selector(at + ".title", text(at, n, "title")), selector(at + ".date", text(at, n, "date")));
    }

    /** @return {@code css} when it is null or a valid jsoup CSS selector */
    private static String selector(String where, String css) {
        if (css == null) return null;
        try {
            QueryParser.parse(css);
            return css;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new ConfigException(where, "not a CSS selector: '" + css + "' (" + e.getMessage() + ")");
        }
    }

    private static List<String> list(String where, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return List.of();
        if (v.isString()) return List.of(v.asString());
        if (!v.isArray()) throw new ConfigException(where + " " + key, "must be a list of text");
        List<String> out = new ArrayList<>();
        for (JsonNode u : v) {
            if (!u.isString()) throw new ConfigException(where + " " + key, "must be a list of text");
            out.add(u.asString());
        }
        return out;
    }

    private static int depth(String where, JsonNode n) {
        JsonNode v = n.get("depth");
        if (v == null || v.isNull()) return 1;
        if (!v.isIntegralNumber()) throw new ConfigException(where + " depth", "must be a whole number 1.." + LinkRules.MAX_DEPTH);
        return v.asInt();
    }

    private static String text(String where, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw new ConfigException(where + " " + key, "must be text");
        return v.asString();
    }

    private static Duration duration(String where, JsonNode n, String key) {
        String p = text(where, n, key);
        if (p == null) return null;
        return Durations.parse(p).orElseThrow(() -> new ConfigException(where + " " + key,
                "not a duration such as 15m, 2h, 1d: " + p));
    }

    /**
     * Writes the sources (replacing the file atomically), with a comment block documenting the keys.
     *
     * @throws IOException when the file cannot be written
     */
    public static void save(Path file, List<Source> sources) throws IOException {
        ObjectNode root = YAML.createObjectNode();
        ObjectNode all = root.putObject("sources");
        for (Source s : sources) {
            ObjectNode n = all.putObject(s.name());
            if (!s.feeds().isEmpty()) s.feeds().forEach(n.putArray("feeds")::add);
            if (!s.sitemaps().isEmpty()) s.sitemaps().forEach(n.putArray("sitemaps")::add);
            if (!s.seeds().isEmpty()) s.seeds().forEach(n.putArray("seeds")::add);
            if (!s.links().include().isEmpty()) s.links().include().forEach(n.putArray("include")::add);
            if (!s.links().exclude().isEmpty()) s.links().exclude().forEach(n.putArray("exclude")::add);
            if (s.links().depth() != 1) n.put("depth", s.links().depth());
            if (s.lang() != null) n.put("lang", s.lang());
            if (s.zone() != null) n.put("zone", s.zone());
            n.put("poll", format(s.poll()));
            if (s.minPoll() != null) n.put("min_poll", format(s.minPoll()));
            if (s.maxPoll() != null) n.put("max_poll", format(s.maxPoll()));
            if (!s.extract().isEmpty() || !s.extract().hosts().isEmpty()) hints(n.putObject("extract"), s.extract());
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".sources", ".yaml");
        Files.writeString(tmp, HEADER + YAML.writeValueAsString(root), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void hints(ObjectNode n, ExtractHints h) {
        if (!h.hosts().isEmpty()) h.hosts().forEach(n.putArray("hosts")::add);
        if (h.content() != null) n.put("content", h.content());
        if (!h.remove().isEmpty()) h.remove().forEach(n.putArray("remove")::add);
        if (h.title() != null) n.put("title", h.title());
        if (h.date() != null) n.put("date", h.date());
    }

    /** @return the shortest exact form: {@code 2w}, {@code 1d}, {@code 6h}, {@code 90m} */
    public static String format(Duration d) {
        long m = d.toMinutes();
        if (m % (7 * 24 * 60) == 0) return m / (7 * 24 * 60) + "w";
        if (m % (24 * 60) == 0) return m / (24 * 60) + "d";
        if (m % 60 == 0) return m / 60 + "h";
        return m + "m";
    }
}
