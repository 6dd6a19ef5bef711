package io.newsradar.cli;

import io.newsradar.config.FetchSettings;
import io.newsradar.pipeline.Workspace;
import picocli.CommandLine.Option;

/** The fetch options that {@code crawl} and {@code watch} share, applied over the config's {@code fetch:} section. */
final class CrawlOptions {
    @Option(names = "--allow-private", description = "Allow loopback and private addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--delay", paramLabel = "MS", description = "Milliseconds between requests to one host. Default: fetch.politeness_delay_ms (1000).")
    Long delayMs;

    /**
     * @return the workspace's fetch settings with these options applied
     * @throws UserException when {@code --delay} is negative
     */
    FetchSettings apply(Workspace ws) {
        FetchSettings fetch = ws.settings().fetch();
        if (allowPrivate) fetch = fetch.withAllowPrivate(true);
        if (delayMs != null) {
            if (delayMs < 0) throw new UserException("--delay must be >= 0, was " + delayMs);
            fetch = fetch.withPolitenessDelayMs(delayMs);
        }
        return fetch;
    }
}
