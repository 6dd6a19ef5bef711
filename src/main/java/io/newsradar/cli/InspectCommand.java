package io.newsradar.cli;

import io.newsradar.config.FetchSettings;
import io.newsradar.pipeline.Inspection;
import io.newsradar.pipeline.Inspector;
import io.newsradar.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what the crawler would do with a URL: its normalised form and whether a crawl already "
                + "handled it, the robots.txt decision and the deciding rule, what kind of resource it is (feed, "
                + "sitemap, article page, other) and what it parses to (feed items, sitemap entries or the extracted "
                + "article). Nothing is archived or stored. Exit 0 when it went through (also when robots.txt "
                + "disallows it), 3 when the fetch or parse failed.",
        footer = {"", "Examples:", "  newsradar inspect https://www3.nhk.or.jp/rss/news/cat0.xml",
                "  newsradar inspect --json https://example.com/news/2025/01/31/story.html"})
final class InspectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "URL", description = "The URL to inspect.")
    String url;

    @Option(names = "--allow-private", description = "Allow loopback and private addresses (refused by default).")
    boolean allowPrivate;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = common.workspace()) {
            FetchSettings fetch = ws.settings().fetch();
            if (allowPrivate) fetch = fetch.withAllowPrivate(true);
            Inspection i = new Inspector(fetch, ws.extractor(), ws.dir()).inspect(url);
            if (common.json) JsonLines.print(common.out(), InspectionJson.of(i));
            else InspectionText.print(common.out(), i);
            return i.failed() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        }
    }
}
