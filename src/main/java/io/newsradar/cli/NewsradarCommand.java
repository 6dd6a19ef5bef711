package io.newsradar.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/**
 * {@code newsradar [--data DIR] COMMAND}. The data directory holds the index, the WARC archive, crawl and
 * digest state, an optional {@code config.yaml} and an optional {@code themes.yaml}.
 */
@Command(name = "newsradar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Crawl, extract, index and search news; track themes over time; write digests.",
        subcommands = {CrawlCommand.class, IngestCommand.class, ExtractCommand.class, SearchCommand.class,
                ThemesCommand.class, TrackCommand.class, CompareCommand.class, SimilarCommand.class,
                DigestCommand.class, DemoCommand.class, BenchCommand.class, ReindexCommand.class, InspectCommand.class,
                SourcesCommand.class, WatchCommand.class},
        footer = {"", "Data directory: --data, else $NEWSRADAR_DATA, else ~/.newsradar.",
                "Exit status: 0 all inputs went through, 3 some failed, 2 usage error, 1 internal error."})
public final class NewsradarCommand implements Runnable {

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (index, WARC archive, state, config.yaml, themes.yaml). "
                    + "Default: $NEWSRADAR_DATA, else ~/.newsradar.")
    Path data;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** @return the data directory this run uses */
    Path dataDir() {
        if (data != null) return data;
        String env = System.getenv("NEWSRADAR_DATA");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".newsradar");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
