package io.newsradar.cli;

import io.newsradar.pipeline.Reindex;
import io.newsradar.pipeline.ReindexProgress;
import io.newsradar.pipeline.ReindexSummary;
import io.newsradar.pipeline.WatchLock;
import io.newsradar.sources.SourcesFile;
import io.newsradar.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the index from the WARC archive (DIR/warc) with the current extractor, analyzers and "
                + "themes. The new index replaces the old one only when the rebuild is complete; on any failure the "
                + "old index stays. First-seen times are kept. Articles the archive does not hold (ingested from "
                + "files or JSON Lines) are carried over unless --warc-only. Progress is shown on stderr.",
        footer = {"", "Examples:", "  newsradar reindex", "  newsradar --data ~/radar reindex --warc-only --json"})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    SourcesOption sources;

    @Option(names = "--warc-only", description = "Drop articles the WARC archive does not hold instead of keeping them.")
    boolean warcOnly;

    @Option(names = "--no-progress", description = "Do not show progress on stderr.")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        try (WatchLock lock = DataLocks.take(common.dataDir(), "reindex"); Workspace ws = common.workspace()) {
            if (Reindex.warcFiles(ws.dir()).isEmpty()) {
                throw new UserException("no WARC files in " + ws.dir().resolve("warc") + ": nothing to rebuild from");
            }
            ws.useSources(SourcesFile.load(sources.file(common.dataDir())));
            ReindexProgress progress = noProgress ? ReindexProgress.NONE
                    : new ProgressLine("reindex", Output.err(common.spec));
            ReindexSummary s = new Reindex(ws, warcOnly, f -> Output.failure(common.spec, f), progress).run();
            print(s);
            return s.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }

    private void print(ReindexSummary s) {
        if (common.json) {
            var n = JsonLines.object();
            n.put("summary", "reindex");
            n.put("warc_files", s.files());
            n.put("records", s.records());
            n.put("pages", s.pages());
            n.put("articles", s.articles());
            n.put("skipped", s.skipped());
            n.put("carried", s.carried());
            n.put("total", s.total());
            n.put("failed", s.failed());
            JsonLines.print(common.out(), n);
        } else {
            common.out().printf("reindex: %d WARC files, %d pages, %d articles from the archive, %d carried over, "
                            + "%d skipped, %d failed; the index now holds %d articles%n", s.files(), s.pages(),
                    s.articles(), s.carried(), s.skipped(), s.failed(), s.total());
            common.out().flush();
        }
    }
}
