package io.newsradar.cli;

import io.newsradar.pipeline.FileIngest;
import io.newsradar.pipeline.Ingestor;
import io.newsradar.pipeline.WatchLock;
import io.newsradar.sources.SourcesFile;
import io.newsradar.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Index local inputs: HTML files, folders of them, WARC files (.warc, .warc.gz) and JSON Lines "
                + "of extracted articles (id, url, title, body, published, lang, source).",
        footer = {"", "Examples:", "  newsradar ingest saved-pages/ crawl.warc.gz",
                "  newsradar --data ~/radar ingest articles.jsonl"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    SourcesOption sources;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        try (WatchLock lock = DataLocks.take(common.dataDir(), "ingest"); Workspace ws = common.workspace()) {
            ws.useSources(SourcesFile.load(sources.file(common.dataDir())));
            Ingestor ingestor = ws.ingestor();
            FileIngest run = new FileIngest(ingestor, ws.settings().fetch().maxBodyBytes(), f -> Output.failure(common.spec, f));
            run.ingest(paths);
            ws.store().commit();
            common.summary("ingest", run.inputs(), ingestor.added(), ingestor.updated(), ingestor.skipped(), run.failed());
            return run.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
