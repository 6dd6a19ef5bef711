package io.newsradar.cases;

import org.junit.jupiter.api.Assumptions;

import java.util.Map;
import java.util.TreeMap;

/**
 * The task handlers by {@code given.task}. To wire a new kind (e.g. {@code search}, {@code digest}) add a line
 * to {@link #standard()}; kinds without a handler are reported as skipped, never as passed.
 */
final class CaseTasks {
    private CaseTasks() {
    }

    static Map<String, CaseTask> standard() {
        Map<String, CaseTask> tasks = new TreeMap<>();
        tasks.put("parse_feed", new ParseFeedTask());
        tasks.put("robots_check", new RobotsCheckTask());
        tasks.put("parse_sitemap", new ParseSitemapTask());
        tasks.put("crawl", new CrawlCaseTask());
        tasks.put("extract_article", new ExtractArticleTask());
        tasks.put("search", new SearchTask());
        tasks.put("digest", new DigestTask());
        return tasks;
    }

    static CaseTask notWired(String task) {
        return ctx -> Assumptions.abort("skipped: handler not wired (" + task + ")");
    }
}
