package io.newsradar.pipeline;

import io.newsradar.archive.WarcReplay;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code newsradar ingest PATH...}: HTML files, folders of HTML and WARC files (recursively), WARC files ({@code .warc},
 * {@code .warc.gz}, ISO 28500) and JSON Lines of extracted articles ({@code .jsonl}). Every input that cannot
 * be used becomes one {@link Failure} line; the rest go on.
 */
public final class FileIngest {
    private final Ingestor ingestor;
    private final WarcReplay warcReplay;
    private final Consumer<Failure> failures;
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Workers workers = new Workers(Runtime.getRuntime().availableProcessors());

    /**
     * @param ingestor     where articles go
     * @param maxPageBytes WARC payloads larger than this (bytes) are reported as failures
     * @param failures told about each input that failed, as it happens
     */
    public FileIngest(Ingestor ingestor, long maxPageBytes, Consumer<Failure> failures) {
        this.ingestor = ingestor;
        this.warcReplay = new WarcReplay(maxPageBytes);
        this.failures = f -> {
            failed.incrementAndGet();
            synchronized (failures) {
                failures.accept(f);
            }
        };
    }

    /**
     * Ingests each path; files are read in order, and their articles extracted, tagged and stored by one worker
     * per core. Returns when every article was handed to the store (the caller commits).
     */
    public void ingest(List<Path> paths) {
        try {
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    for (Path f : htmlFilesUnder(p)) ingestFile(f);
                } else if (Files.isRegularFile(p)) {
                    ingestFile(p);
                } else {
                    failures.accept(new Failure(p.toString(), Failure.Stage.SOURCE, "no such file or folder"));
                }
            }
        } finally {
            workers.finish();
        }
    }

    /** @return HTML and WARC files under {@code dir}, sorted by path (JSONL only when named explicitly) */
    private List<Path> htmlFilesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> kind(f) == Kind.HTML || kind(f) == Kind.WARC).sorted().toList();
        } catch (IOException e) {
            failures.accept(new Failure(dir.toString(), Failure.Stage.SOURCE, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private void ingestFile(Path f) {
        switch (kind(f)) {
            case HTML -> ingestHtml(f);
            case WARC -> ingestWarc(f);
            case JSONL -> ingestJsonl(f);
            case OTHER -> failures.accept(new Failure(f.toString(), Failure.Stage.SOURCE,
                    "not HTML (.html/.htm), WARC (.warc/.warc.gz) or JSON Lines (.jsonl)"));
        }
    }

    private void ingestHtml(Path f) {
        inputs.incrementAndGet();
        try {
            byte[] bytes = Files.readAllBytes(f);
            Page page = new Page(f.toAbsolutePath().toUri().toString(), bytes, null, null);
            workers.submit(() -> ingestor.accept(page).ifPresent(failures));
        } catch (IOException e) {
            failures.accept(new Failure(f.toString(), Failure.Stage.SOURCE, "cannot read: " + e.getMessage()));
        }
    }

    private void ingestWarc(Path f) {
        warcReplay.replay(f, page -> {
            inputs.incrementAndGet();
            workers.submit(() -> ingestor.accept(page).ifPresent(failures));
        }, failures);
    }

    private void ingestJsonl(Path f) {
        try {
            inputs.addAndGet(JsonlArticles.read(f, a -> workers.submit(() -> ingestor.store(a).ifPresent(failures)), failures));
        } catch (IOException e) {
            failures.accept(new Failure(f.toString(), Failure.Stage.SOURCE, "cannot read: " + e.getMessage()));
        }
    }

    /** @return pages, records and lines read */
    public long inputs() {
        return inputs.get();
    }

    /** @return inputs that failed */
    public long failed() {
        return failed.get();
    }

    private enum Kind { HTML, WARC, JSONL, OTHER }

    private static Kind kind(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) return Kind.HTML;
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return Kind.WARC;
        if (n.endsWith(".jsonl")) return Kind.JSONL;
        return Kind.OTHER;
    }
}
