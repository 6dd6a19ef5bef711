package io.newsradar.sources;

import io.newsradar.config.ConfigException;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which links of a seed page (a section front page) are article candidates: on the seed's own host, matching one
 * of {@code include} (any link when it is empty) and none of {@code exclude}. Patterns are Java regular expressions
 * searched anywhere in the absolute URL ({@link java.util.regex.Matcher#find()}); anchor them with {@code ^}/{@code $}.
 *
 * @param include patterns, one of which a link must contain; empty = every same-site link
 * @param exclude patterns none of which a link may contain
 */
public record LinkRules(List<String> include, List<String> exclude) {
    /** Every same-site link. */
    public static final LinkRules ANY = new LinkRules(List.of(), List.of());

    public LinkRules {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        include.forEach(p -> compile("include", p));
        exclude.forEach(p -> compile("exclude", p));
    }

    /** @return whether {@code url} (absolute) passes the patterns (the host check is {@link SeedLinks}'s) */
    public boolean accepts(String url) {
        if (!include.isEmpty() && include.stream().noneMatch(p -> pattern(p).matcher(url).find())) return false;
        return exclude.stream().noneMatch(p -> pattern(p).matcher(url).find());
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
