package io.newsradar.cli;

import io.newsradar.sources.SourcesFile;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --sources FILE}: the sources file, by default {@code DIR/sources.yaml}. */
final class SourcesOption {
    @Option(names = "--sources", paramLabel = "FILE",
            description = "Sources file (YAML). Default: DIR/sources.yaml in the data directory.")
    Path file;

    /** @return the file this run uses */
    Path file(Path dataDir) {
        return file != null ? file : dataDir.resolve(SourcesFile.FILE_NAME);
    }
}
