package io.newsradar.cli;

import io.newsradar.pipeline.Ingestor;
import io.newsradar.pipeline.SourceCrawl;
import io.newsradar.pipeline.SourcePass;
import io.newsradar.pipeline.WatchLock;
import io.newsradar.pipeline.Watcher;
import io.newsradar.pipeline.Workspace;
import io.newsradar.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Keep polling the sources of the sources file until stopped: each source when its poll "
                + "interval has passed, the index committed after every round, the sources file re-read every round. "
                + "SIGINT (Ctrl-C) or SIGTERM finishes the fetches in flight, commits and exits 0. One watch per "
                + "data directory (DIR/watch.lock); a second one exits 2 naming the PID of the first.",
        footer = {"", "Examples:", "  newsradar sources add nhk --feed https://www3.nhk.or.jp/rss/news/cat0.xml --poll 15m",
                "  newsradar watch", "  nohup newsradar --data ~/radar watch --json >> watch.log 2>&1 &"})
final class WatchCommand implements Callable<Integer> {
    /** Longest wait for the last commit once the JVM is shutting down for another reason than SIGINT/SIGTERM. */
    static final Duration GRACE = Duration.ofSeconds(60);

    @Mixin
    CommonOptions common;

    @Mixin
    SourcesOption sources;

    @Mixin
    CrawlOptions crawlOptions;

    private long failed;

    @Override
    public Integer call() throws Exception {
        Path file = sources.file(common.dataDir());
        if (SourcesFile.load(file).isEmpty()) {
            throw new UserException("no sources in " + file + ": add one with 'newsradar sources add NAME --feed URL'");
        }
        try (WatchLock lock = acquire(common.dataDir()); Workspace ws = common.workspace()) {
            Ingestor ingestor = ws.ingestor();
            SourceCrawl crawl = new SourceCrawl(crawlOptions.apply(ws), ws.dir(), ingestor, ws.clock(),
                ws.settings().extract().zoneByLanguage());
            Watcher watcher = new Watcher(crawl, () -> SourcesFile.load(file), ws.store(), ws.clock(), listener());
            StopSignals.install(new StopSignals.Stoppable() {
                public void stop() {
                    watcher.stop();
                }

                public boolean awaitFinished(Duration timeout) throws InterruptedException {
                    return watcher.awaitFinished(timeout);
                }
            }, GRACE, Output.err(common.spec));
            Output.err(common.spec).println("watching the sources of " + file + " (Ctrl-C to stop)");
            Output.err(common.spec).flush();
            watcher.run();
            common.summary("watch", ingestor.added() + ingestor.updated() + ingestor.skipped(), ingestor.added(),
                    ingestor.updated(), ingestor.skipped(), failed);
            return ExitCodes.OK;
        }
    }

    private static WatchLock acquire(Path dataDir) throws java.io.IOException {
        try {
            return WatchLock.acquire(dataDir);
        } catch (WatchLock.HeldException e) {
            throw new UserException(e.getMessage());
        }
    }

    private Watcher.Listener listener() {
        return new Watcher.Listener() {
            @Override
            public void round(List<SourcePass> passes) {
                failed += passes.stream().mapToLong(p -> p.summary().failed()).sum();
                SourcePassReport.lines(common, passes);
            }

            @Override
            public void problem(String message) {
                Output.err(common.spec).println(message);
                Output.err(common.spec).flush();
            }
        };
    }

}
