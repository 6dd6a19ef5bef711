package io.newsradar.pipeline;

import io.newsradar.model.Failure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the {@code newsradar ingest} path as a user runs it: a fresh data directory, JSONL, HTML or WARC
 * inputs read, each article tagged with the workspace's themes and upserted, then one commit. Wall-clock time
 * includes opening the index, loading the themes and the final commit.
 */
public final class IngestBench {
    private IngestBench() {
    }

    /**
     * @param articles  articles added
     * @param failed    inputs that failed
     * @param seconds   wall-clock seconds, open to commit
     * @param perSecond articles added per second
     * @param themes    themes each article was matched against
     */
    public record Result(long articles, long failed, double seconds, double perSecond, int themes) {}

    /**
     * @param inputs  files as {@code newsradar ingest} takes them
     * @param dataDir an empty or new directory (it is filled)
     * @throws IOException when the index cannot be written
     */
    public static Result run(List<Path> inputs, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        List<Failure> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(dataDir, Clock.systemUTC())) {
            Ingestor ingestor = ws.ingestor();
            FileIngest run = new FileIngest(ingestor, ws.settings().fetch().maxBodyBytes(), failures::add);
            run.ingest(inputs);
            ws.store().commit();
            double sec = (System.nanoTime() - t0) / 1e9;
            return new Result(ingestor.added(), run.failed(), sec, ingestor.added() / sec, ws.themes().size());
        }
    }
}
