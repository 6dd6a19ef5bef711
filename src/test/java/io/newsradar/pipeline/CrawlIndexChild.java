package io.newsradar.pipeline;

import io.newsradar.config.FetchSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A crawl into a real index in its own process, for {@link CrawlKillIndexTest}: {@code CrawlIndexChild <hostPort>
 * <dataDir> <sitemapUrl>}. Pages go through the {@link Ingestor} of a {@link Workspace} (extract, tag, index), as
 * {@code newsradar crawl} does; the index is committed at the crawler's checkpoints (every 100 pages or 0.5 s here, so
 * that kills fall between checkpoints) and at the end.
 */
public final class CrawlIndexChild {
    private CrawlIndexChild() {
    }

    public static void main(String[] args) throws Exception {
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("*", args[0]));
        try (Workspace ws = Workspace.open(Path.of(args[1]), Clock.systemUTC())) {
            Ingestor ingestor = ws.ingestor();
            CrawlSummary summary = new Crawler(s, ws.dir(), ingestor).checkpointEvery(100, 500).run(List.of(), List.of(args[2]), List.of());
            ws.store().commit();
            System.out.println("done stored=" + summary.stored() + " failed=" + summary.failed() + " added="
                    + ingestor.added() + " updated=" + ingestor.updated());
        }
    }
}
