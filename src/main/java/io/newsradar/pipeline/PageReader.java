package io.newsradar.pipeline;

import io.newsradar.config.FetchSettings;
import io.newsradar.fetch.FetchFailure;
import io.newsradar.fetch.FetchOutcome;
import io.newsradar.fetch.FetchResult;
import io.newsradar.fetch.HttpFetcher;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what a user typed ({@code extract URL|FILE}) into a {@link Page}: an http(s) URL is fetched once
 * (no robots.txt check, as for a browser opening one page), anything else is read as a local file.
 */
public final class PageReader {
    private final FetchSettings fetch;

    public PageReader(FetchSettings fetch) {
        this.fetch = fetch;
    }

    /** @throws ReadException carrying a one-line {@link Failure} when the input cannot be read or fetched */
    public Page read(String input) throws ReadException {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) return fetchUrl(input);
        try {
            Path p = Path.of(input);
            return new Page(p.toAbsolutePath().toUri().toString(), Files.readAllBytes(p), null, null);
        } catch (InvalidPathException | IOException e) {
            throw new ReadException(new Failure(input, Failure.Stage.SOURCE, "cannot read file: " + e.getMessage()));
        }
    }

    private Page fetchUrl(String url) throws ReadException {
        try (HttpFetcher fetcher = new HttpFetcher(fetch)) {
            FetchOutcome outcome = fetcher.fetch(url);
            if (outcome instanceof FetchFailure f) throw new ReadException(f.toFailure());
            FetchResult r = (FetchResult) outcome;
            if (r.status() != 200) {
                throw new ReadException(new Failure(url, Failure.Stage.FETCH, "HTTP " + r.status()));
            }
            return new Page(r.finalUrl(), r.body(), r.contentType(), r.fetchedAt());
        }
    }

    /** @return the file name of a path without its extension ({@code a/b/x.html} gives {@code x}) */
    public static String baseName(String path) {
        String name = Path.of(path).getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An input that could not be turned into a page. */
    public static final class ReadException extends Exception {
        private final transient Failure failure;

        public ReadException(Failure failure) {
            super(failure.line());
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }
}
