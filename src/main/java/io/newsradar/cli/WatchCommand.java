package io.newsradar.cli;

import io.newsradar.pipeline.AdaptivePoll;
import io.newsradar.pipeline.Ingestor;
import io.newsradar.pipeline.SourceCrawl;
import io.newsradar.pipeline.SourcePass;
import io.newsradar.pipeline.WatchLock;
import io.newsradar.pipeline.Watcher;
import io.newsradar.pipeline.Workspace;
import io.newsradar.sources.Source;
import io.newsradar.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Keep polling the sources of the sources file until stopped: each source when its (adaptive) poll "
                + "interval has passed, the index committed after every round, the sources file re-read every round; "
                + "after each round, the scheduled digests of the config (digest.definitions) that are due, each once "
                + "however many runs were missed. SIGINT (Ctrl-C) or SIGTERM finishes the fetches in flight and a digest "
                + "being delivered, commits and exits 0. One watch per data directory (DIR/watch.lock); a second one, "
                + "or a crawl, ingest or reindex meanwhile, exits 75 naming the PID of the first. Events are logged on "
                + "stderr, one line each: RFC 3339 UTC time, level, component, message.",
        footer = {"", "Examples:", "  newsradar sources add nhk --feed https://www3.nhk.or.jp/rss/news/cat0.xml \\",
                "      --poll 15m",
                "  newsradar watch", "  nohup newsradar --data ~/radar watch >> watch.log 2>&1 &"})
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
    private final Logger watchLog = EventLog.logger("watch");
    private final Logger crawlLog = EventLog.logger("crawl");

    @Override
    public Integer call() throws Exception {
        Path file = sources.file(common.dataDir());
        List<Source> initial = SourcesFile.load(file);
        try (WatchLock lock = DataLocks.take(common.dataDir(), "watch"); Workspace ws = common.workspace();
             EventLog log = EventLog.install(Output.err(common.spec))) {
            WatchDigests digests = new WatchDigests(ws.dir(), ws.clock(), System::getenv, EventLog.logger("digest"));
            if (initial.isEmpty() && digests.defined() == 0) {
                throw new UserException("no sources in " + file + " and no digests in " + ws.dir().resolve("config.yaml")
                        + ": add a source with 'newsradar sources add NAME --feed URL'");
            }
            Ingestor ingestor = ws.ingestor();
            SourceCrawl crawl = new SourceCrawl(crawlOptions.apply(ws), ws.dir(), ingestor, ws.clock(),
                    ws.settings().extract().zoneByLanguage(), AdaptivePoll.of(ws.settings().poll()));
            ws.useSources(initial);
            Watcher watcher = new Watcher(crawl, () -> reload(ws, file),
                    ws.store(), ws.clock(), listener(), digests);
            StopSignals.install(stoppable(watcher), GRACE, watchLog::info);
            watchLog.info("watching " + count(initial.size(), "source") + " of " + file + " and "
                    + count(digests.defined(), "scheduled digest") + " (PID " + ProcessHandle.current().pid()
                    + "; SIGINT or SIGTERM to stop)");
            watcher.run();
            watchLog.info("stopped; the index is committed");
            common.summary("watch", ingestor.added() + ingestor.updated() + ingestor.skipped(), ingestor.added(),
                    ingestor.updated(), ingestor.skipped(), failed);
            return ExitCodes.OK;
        }
    }

    /** @return the sources file as it is now; its extraction hints take effect for the pages of this round */
    private static List<Source> reload(Workspace ws, Path file) {
        List<Source> list = SourcesFile.load(file);
        ws.useSources(list);
        return list;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static StopSignals.Stoppable stoppable(Watcher watcher) {
        return new StopSignals.Stoppable() {
            public void stop() {
                watcher.stop();
            }

            public boolean awaitFinished(Duration timeout) throws InterruptedException {
                return watcher.awaitFinished(timeout);
            }
        };
    }

    /** Each source pass as one log line (and its failures as WARN lines); with --json, one object per pass on stdout. */
    private Watcher.Listener listener() {
        return new Watcher.Listener() {
            @Override
            public void round(List<SourcePass> passes) {
                failed += passes.stream().mapToLong(p -> p.summary().failed()).sum();
                if (common.json) {
                    SourcePassReport.lines(common, passes);
                    return;
                }
                for (SourcePass p : passes) {
                    p.summary().failures().forEach(f -> crawlLog.warning(f.line()));
                    crawlLog.info(SourcePassReport.line(p));
                }
            }

            @Override
            public void problem(String message) {
                watchLog.warning(message);
            }
        };
    }
}
