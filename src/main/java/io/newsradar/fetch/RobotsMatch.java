package io.newsradar.fetch;

import crawlercommons.robots.SimpleRobotRules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which rule of a robots.txt group decides a URL, for showing it to a person ({@code newsradar inspect}); the
 * decision itself stays crawler-commons'. RFC 9309 §2.2.2: the rule with the longest matching path wins, an
 * {@code Allow} wins a tie; {@code *} matches any characters and a trailing {@code $} anchors the end.
 */
final class RobotsMatch {
    private RobotsMatch() {
    }

    /** @return the deciding rule as written in a robots.txt ({@code Disallow: /private/}), or empty when none matches */
    static Optional<String> rule(List<SimpleRobotRules.RobotRule> rules, String url) {
        String path = pathAndQuery(url);
        if (path == null) return Optional.empty();
        return rules.stream()
                .filter(r -> matches(path, r.getPrefix()))
                .max(Comparator.<SimpleRobotRules.RobotRule>comparingInt(r -> r.getPrefix().length())
                        .thenComparing(SimpleRobotRules.RobotRule::isAllow))
                .map(r -> (r.isAllow() ? "Allow: " : "Disallow: ") + r.getPrefix());
    }

    private static String pathAndQuery(String url) {
        try {
            URI u = new URI(url);
            String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Glob match of a robots.txt path pattern against the start of {@code path}. */
    static boolean matches(String path, String pattern) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String part : p.split("\\*", -1)) {
            if (!regex.isEmpty()) regex.append(".*");
            regex.append(java.util.regex.Pattern.quote(part));
        }
        if (!anchored) regex.append(".*");
        return path.matches("(?s)" + regex);
    }
}
