package io.newsradar.cli;

import io.newsradar.config.FetchSettings;
import io.newsradar.pipeline.CrawlSummary;
import io.newsradar.pipeline.Crawler;
import io.newsradar.pipeline.AdaptivePoll;
import io.newsradar.pipeline.Ingestor;
import io.newsradar.pipeline.SourceCrawl;
import io.newsradar.pipeline.SourcePass;
import io.newsradar.pipeline.WatchLock;
import io.newsradar.pipeline.Workspace;
import io.newsradar.sources.Source;
import io.newsradar.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "One pass: fetch feeds (RSS/Atom), sitemaps and article pages over HTTP, honouring robots.txt "
                + "and a per-host delay; archive every response as WARC; extract, tag and index each article. "
                + "Pages already seen are not fetched again. With no URLs, polls every source of the sources file "
                + "that is due (its poll interval passed since its last poll), then exits.",
        footer = {"", "Examples:", "  newsradar crawl                      # the due sources of DIR/sources.yaml",
                "  newsradar crawl --feed https://www3.nhk.or.jp/rss/news/cat0.xml",
                "  newsradar crawl --sitemap https://example.com/news-sitemap.xml --delay 2000",
                "  newsradar crawl --url https://example.com/article/1 \\",
                "      --url https://example.com/article/2"})
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--feed", paramLabel = "URL", description = "RSS or Atom feed to read (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--sitemap", paramLabel = "URL", description = "Sitemap or sitemap index to read (repeatable).")
    List<String> sitemaps = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL", description = "Article page to fetch (repeatable).")
    List<String> urls = new ArrayList<>();

    @Mixin
    SourcesOption sources;

    @Option(names = "--all-sources", description = "With no URLs: poll every source now, due or not.")
    boolean allSources;

    @Mixin
    CrawlOptions crawlOptions;

    @Override
    public Integer call() throws Exception {
        boolean fromSources = feeds.isEmpty() && sitemaps.isEmpty() && urls.isEmpty();
        List<Source> configured = fromSources ? SourcesFile.load(sources.file(common.dataDir())) : List.of();
        if (fromSources && configured.isEmpty()) {
            throw new UserException("nothing to crawl: give --feed, --sitemap or --url, or add sources to "
                    + sources.file(common.dataDir()) + " ('newsradar sources add')");
        }
        try (WatchLock lock = DataLocks.take(common.dataDir(), "crawl"); Workspace ws = common.workspace()) {
            FetchSettings fetch = crawlOptions.apply(ws);
            ws.useSources(fromSources ? configured : SourcesFile.load(sources.file(common.dataDir())));
            Ingestor ingestor = ws.ingestor();
            if (fromSources) return crawlSources(ws, fetch, ingestor, configured);
            Crawler crawler = new Crawler(fetch, ws.dir(), ingestor);
            CrawlSummary summary = crawler.run(feeds, sitemaps, urls);
            ws.store().commit();
            summary.failures().forEach(f -> Output.failure(common.spec, f));
            common.summary("crawl", summary.fetched(), ingestor.added(), ingestor.updated(), ingestor.skipped(),
                    summary.failures().size());
            return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }


    private int crawlSources(Workspace ws, FetchSettings fetch, Ingestor ingestor, List<Source> configured) throws Exception {
        SourceCrawl crawl = new SourceCrawl(fetch, ws.dir(), ingestor, ws.clock(),
                ws.settings().extract().zoneByLanguage(), AdaptivePoll.of(ws.settings().poll()));
        List<SourcePass> passes = allSources ? crawl.runAll(configured) : crawl.runDue(configured);
        ws.store().commit();
        if (passes.isEmpty() && !common.json) {
            common.out().println("crawl: no source is due; the next is due at " + crawl.nextDue(configured).orElseThrow());
        }
        return SourcePassReport.print(common, passes, ingestor);
    }
}
