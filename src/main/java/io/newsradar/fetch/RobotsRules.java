package io.newsradar.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one agent (RFC 9309), parsed by crawler-commons'
 * {@code SimpleRobotRulesParser}: longest match wins, Allow wins a tie, groups for the same agent merge, a UTF-8
 * BOM and CRLF line ends are accepted. Parsing never fetches. Immutable.
 */
public final class RobotsRules {
    private static final RobotsRules ALLOW_ALL =
            new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), "allow all");
    private final BaseRobotRules rules;
    private final String origin;
    private final FetchFailure unreachable;

    private RobotsRules(BaseRobotRules rules, String origin) {
        this(rules, origin, null);
    }

    private RobotsRules(BaseRobotRules rules, String origin, FetchFailure unreachable) {
        this.rules = rules;
        this.origin = origin;
        this.unreachable = unreachable;
    }

    /**
     * @param body        robots.txt bytes as received (UTF-8 expected; a BOM is skipped)
     * @param robotsUrl   absolute URL of the robots.txt
     * @param contentType Content-Type header or null (not used for the decision, as RFC 9309 asks)
     * @param agent       product token to match, e.g. {@code newsradar}; case-insensitive
     */
    public static RobotsRules parse(byte[] body, String robotsUrl, String contentType, String agent) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        BaseRobotRules r = parser.parseContent(robotsUrl, body, contentType == null ? "text/plain" : contentType,
                List.of(agent.toLowerCase(Locale.ROOT)));
        return new RobotsRules(r, "parsed " + robotsUrl);
    }

    /** RFC 9309 §2.3.1.3: a 4xx robots.txt ("unavailable") allows everything. */
    public static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    /**
     * RFC 9309 §2.3.1.4: a 5xx or network error ("unreachable") disallows everything.
     *
     * @param why the failed robots.txt fetch
     */
    public static RobotsRules unreachable(FetchFailure why) {
        return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                "disallow all: robots.txt unreachable (" + why.reason() + ")", why);
    }

    /** @return the failed robots.txt fetch when the site was unreachable (everything disallowed), else empty */
    public java.util.Optional<FetchFailure> unreachableBecause() {
        return java.util.Optional.ofNullable(unreachable);
    }

    /** @param url absolute URL on the robots.txt's host; @return whether our agent may fetch it */
    public boolean isAllowed(String url) {
        return rules.isAllowed(url);
    }

    /**
     * @param url absolute URL on the robots.txt's host
     * @return the rule that decides it, as written ({@code Disallow: /private/}); {@code (allow all)},
     *         {@code (disallow all)} for a missing or unreachable robots.txt; empty when no rule matches (allowed)
     */
    public java.util.Optional<String> decidingRule(String url) {
        if (rules instanceof SimpleRobotRules s) {
            if (s.isAllowAll()) return java.util.Optional.of("(allow all)");
            if (s.isAllowNone()) return java.util.Optional.of("(disallow all)");
            if (url.endsWith("/robots.txt")) return java.util.Optional.of("(robots.txt itself is always allowed)");
            return RobotsMatch.rule(s.getRobotRules(), url);
        }
        return java.util.Optional.empty();
    }

    /** @return the {@code Crawl-delay} in milliseconds, or -1 when none is given */
    public long crawlDelayMs() {
        long d = rules.getCrawlDelay();
        return d == BaseRobotRules.UNSET_CRAWL_DELAY ? -1 : d;
    }

    /** @return the {@code Sitemap:} URLs the file declares, in order (any group) */
    public List<String> sitemaps() {
        return List.copyOf(rules.getSitemaps());
    }

    /** @return where these rules came from, e.g. {@code parsed https://host/robots.txt} or {@code allow all} */
    public String origin() {
        return origin;
    }
}
