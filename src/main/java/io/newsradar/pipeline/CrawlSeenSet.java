package io.newsradar.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The article URLs (normalised) an earlier crawl already handled, persisted as an append-only text file, one
 * URL a line ({@code <data>/crawl/seen.txt}). Each mark is flushed at once, so a killed process loses at most
 * the line being written; a torn last line is ignored on load (it does not start with {@code http}).
 * Thread-safe.
 */
final class CrawlSeenSet implements AutoCloseable {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AppendLog out;

    CrawlSeenSet(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("http")) seen.add(line.strip());
                }
            }
            out = new AppendLog(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open crawl state " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the URLs {@code file} lists, read without opening the set for writing (empty when absent or unreadable) */
    static Set<String> peek(Path file) {
        if (!Files.isRegularFile(file)) return Set.of();
        try (java.util.stream.Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("http")).map(String::strip).collect(java.util.stream.Collectors.toSet());
        } catch (IOException | UncheckedIOException e) {
            return Set.of();
        }
    }

    boolean contains(String url) {
        return seen.contains(url);
    }

    /** Marks {@code url} as handled; a URL already marked is not written again. */
    void mark(String url) {
        if (seen.add(url)) out.append(url);
    }

    /** Marks every URL of {@code urls} as handled, in one append (one write, one flush). */
    void markAll(java.util.Collection<String> urls) {
        StringBuilder lines = new StringBuilder();
        for (String url : urls) {
            if (seen.add(url)) lines.append(lines.isEmpty() ? "" : "\n").append(url);
        }
        if (!lines.isEmpty()) out.append(lines.toString());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
