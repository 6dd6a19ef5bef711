package io.newsradar.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Article URLs queued but not yet handled, and how often they failed, persisted as an append-only log
 * ({@code <data>/crawl/pending.tsv}: {@code Q<TAB>url} when queued, {@code F<TAB>url} when a fetch failed).
 * The next pass (also after {@code kill -9}) queues again every URL that is not in the seen-set and failed fewer
 * than {@link #MAX_ATTEMPTS} times; the file is compacted to those lines when loaded. Thread-safe.
 */
final class CrawlPending implements AutoCloseable {
    /** A URL that failed this many passes is given up. */
    static final int MAX_ATTEMPTS = 3;

    private final List<String> resumable = new ArrayList<>();
    private final AppendLog out;

    /** @param done URLs already handled (the seen-set) */
    CrawlPending(Path file, Predicate<String> done) {
        try {
            Files.createDirectories(file.getParent());
            Map<String, Integer> failures = load(file, done);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (var e : failures.entrySet()) {
                    if (e.getValue() >= MAX_ATTEMPTS) continue;
                    resumable.add(e.getKey());
                    w.write("Q\t" + e.getKey() + "\n");
                    for (int i = 0; i < e.getValue(); i++) w.write("F\t" + e.getKey() + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out = new AppendLog(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open crawl state " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> load(Path file, Predicate<String> done) throws IOException {
        Map<String, Integer> failures = new LinkedHashMap<>();
        if (!Files.exists(file)) return failures;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 2);
            if (f.length != 2 || !f[1].startsWith("http") || done.test(f[1])) continue;
            failures.merge(f[1], f[0].equals("F") ? 1 : 0, Integer::sum);
        }
        return failures;
    }

    /** @return URLs an earlier pass queued and did not finish, in the order first queued */
    List<String> resumable() {
        return List.copyOf(resumable);
    }

    void queued(String url) {
        append("Q", url);
    }

    void failed(String url) {
        append("F", url);
    }

    private void append(String kind, String url) {
        out.append(kind + "\t" + url);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
