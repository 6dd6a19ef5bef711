package io.newsradar.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An append-only UTF-8 text file of crawl state, one record a line, each line flushed as it is written so a killed
 * process loses at most the line being written (readers skip a torn last line). Thread-safe.
 */
final class AppendLog implements AutoCloseable {
    private final BufferedWriter out;

    /** @throws IOException when the file cannot be opened for appending (it is created when absent) */
    AppendLog(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Appends {@code line} and a newline, and flushes. */
    void append(String line) {
        synchronized (out) {
            try {
                out.write(line);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write crawl state: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}
