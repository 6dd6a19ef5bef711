package io.newsradar.pipeline;

import io.newsradar.config.FetchSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A crawl in its own process, for {@link CrawlKillTest}: {@code CrawlChild <hostPort> <dataDir> <storedFile>
 * <sitemapUrl>}. The sink appends each stored URL to {@code storedFile} (standing in for the index).
 */
public final class CrawlChild {
    private CrawlChild() {
    }

    public static void main(String[] args) throws IOException {
        Path stored = Path.of(args[2]);
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("*", args[0]));
        CrawlSummary summary = new Crawler(s, Path.of(args[1]), page -> {
            try {
                Files.writeString(stored, page.url() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                return Optional.empty();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).run(List.of(), List.of(args[3]), List.of());
        System.out.println("done stored=" + summary.stored() + " failed=" + summary.failed());
    }
}
