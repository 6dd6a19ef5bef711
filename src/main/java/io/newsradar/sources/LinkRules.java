package io.newsradar.sources;

import io.newsradar.config.ConfigException;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How links of a seed page (a section front page) are followed. Only links on the seed's own host count; a link
 * containing one of {@code exclude} is dropped; one containing one of {@code include} (any link when it is empty)
 * is an article; any other is a section page, itself read for links when it is fewer than {@code depth} links away
 * from the seed. Patterns are Java regular expressions searched anywhere in the absolute URL
 * ({@link java.util.regex.Matcher#find()}); anchor them with {@code ^}/{@code $}.
 *
 * @param include patterns of article URLs; empty = every same-site link is an article
 * @param exclude patterns of links never followed
 * @param depth   1 = only the seed's own links (default); 2 or 3 = also the links of the section pages it links to,
 *                and so on (at most {@value #MAX_DEPTH})
 */
public record LinkRules(List<String> include, List<String> exclude, int depth) {
    /** Deepest link discovery allowed. */
    public static final int MAX_DEPTH = 3;
    /** Every same-site link of the seed is an article. */
    public static final LinkRules ANY = new LinkRules(List.of(), List.of());

    public LinkRules {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        include.forEach(p -> compile("include", p));
        exclude.forEach(p -> compile("exclude", p));
        if (depth < 1 || depth > MAX_DEPTH) throw new ConfigException("depth", "must be 1.." + MAX_DEPTH + ", was " + depth);
    }

    /** Depth 1: the seed's own links only. */
    public LinkRules(List<String> include, List<String> exclude) {
        this(include, exclude, 1);
    }

    /** @return whether {@code url} (absolute) contains an {@code exclude} pattern */
    public boolean excluded(String url) {
        return exclude.stream().anyMatch(p -> pattern(p).matcher(url).find());
    }

    /** @return whether {@code url} (absolute, not excluded) is an article: it contains an {@code include} pattern */
    public boolean isArticle(String url) {
        return include.isEmpty() || include.stream().anyMatch(p -> pattern(p).matcher(url).find());
    }

    private static final java.util.Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern pattern(String p) {
        return COMPILED.computeIfAbsent(p, Pattern::compile);
    }

    private static void compile(String key, String p) {
        try {
            Pattern.compile(p);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(key, "not a regular expression: " + p + " (" + e.getDescription() + ")");
        }
    }
}
