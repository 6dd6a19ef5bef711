package io.newsradar.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache validators ({@code ETag}, {@code Last-Modified}; RFC 9110 §8.8) last received for feeds and sitemaps,
 * so the next pass asks with a conditional GET and an unchanged feed costs a 304. Persisted as an append-only
 * tab-separated file ({@code <data>/crawl/validators.tsv}: URL, ETag, Last-Modified; the last line for a URL
 * wins; a torn line is ignored). Thread-safe.
 */
final class CrawlValidators implements AutoCloseable {
    /** What to send back: either may be null. */
    record Validators(String etag, String lastModified) {
    }

    private final Map<String, Validators> byUrl = new ConcurrentHashMap<>();
    private final BufferedWriter out;

    CrawlValidators(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 3 && f[0].startsWith("http")) byUrl.put(f[0], new Validators(blankToNull(f[1]), blankToNull(f[2])));
                }
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open crawl state " + file + ": " + e.getMessage(), e);
        }
    }

    Optional<Validators> get(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** Remembers the validators of a 2xx response; a response with neither is not recorded. */
    void put(String url, String etag, String lastModified) {
        if (etag == null && lastModified == null) return;
        Validators v = new Validators(clean(etag), clean(lastModified));
        if (v.equals(byUrl.put(url, v))) return;
        synchronized (out) {
            try {
                out.write(url + "\t" + nullToBlank(v.etag()) + "\t" + nullToBlank(v.lastModified()) + "\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write crawl state: " + e.getMessage(), e);
            }
        }
    }

    private static String clean(String s) {
        return s == null ? null : s.replace('\t', ' ').replace('\n', ' ').strip();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}
