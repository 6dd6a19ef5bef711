package io.newsradar.cases;

import io.newsradar.fetch.RobotsCache;
import io.newsradar.fetch.RobotsRules;
import org.assertj.core.api.SoftAssertions;

import java.util.List;

/** {@code robots_check}: robots.txt through the product's {@link RobotsCache} as {@code user_agent}. */
final class RobotsCheckTask implements CaseTask {
    @Override
    public void run(CaseContext ctx) {
        CaseCheck check = ctx.check();
        RobotsCache cache = new RobotsCache(ctx.fetcher(), check.givenText("user_agent"), 60_000, 0);
        RobotsRules rules = cache.rulesFor(check.givenText("target_url"));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(rules).as("rules").isNotNull();
        if (rules != null) {
            for (String url : check.expectList("allowed")) soft.assertThat(rules.isAllowed(url)).as("allowed " + url).isTrue();
            for (String url : check.expectList("disallowed")) soft.assertThat(rules.isAllowed(url)).as("disallowed " + url).isFalse();
            if (check.expect().has("sitemaps")) {
                List<String> got = rules.sitemaps().stream().map(CaseText::urlKey).toList();
                List<String> want = check.expectList("sitemaps").stream().map(CaseText::urlKey).toList();
                soft.assertThat(got).as("sitemaps").containsExactlyInAnyOrderElementsOf(want);
            }
        }
        soft.assertAll();
    }
}
