package io.newsradar.fetch;

import io.newsradar.SharedData;
import io.newsradar.config.FetchSettings;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** robots.txt files of {@code corpus/robots} served as {@code https://site.example.com/robots.txt} over loopback. */
class RobotsOverHttpTest {
    static final AtomicReference<byte[]> current = new AtomicReference<>(new byte[0]);
    static RouteServer server;

    @BeforeAll
    static void start() {
        server = new RouteServer().route("/robots.txt", ex -> RouteServer.send(ex, 200, current.get(), "Content-Type", "text/plain"))
                .route("/gone/robots.txt", ex -> RouteServer.sendText(ex, 404, "none"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RobotsRules rules(Path file, String agent) throws IOException {
        current.set(Files.readAllBytes(file));
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("*", server.hostPort()));
        try (HttpFetcher f = new HttpFetcher(s)) {
            return new RobotsCache(f, agent, 60_000, 0).rulesFor("https://site.example.com/");
        }
    }

    @ParameterizedTest(name = "{0} as {1}: {2} allowed={3}")
    @CsvSource({
            // RFC 9309 §5.1 simple example
            "crawlercommons-rfc9309-example-simple-robots.txt, foobot, /example/page.html, true",
            "crawlercommons-rfc9309-example-simple-robots.txt, foobot, /example/allowed.gif, true",
            "crawlercommons-rfc9309-example-simple-robots.txt, foobot, /example/disallowed.gif, false",
            "crawlercommons-rfc9309-example-simple-robots.txt, foobot, /publications/, false",
            "crawlercommons-rfc9309-example-simple-robots.txt, barbot, /example/page.html, false",
            "crawlercommons-rfc9309-example-simple-robots.txt, bazbot, /example/allowed.gif, true",
            "crawlercommons-rfc9309-example-simple-robots.txt, quxbot, /example/page.html, true",
            "crawlercommons-rfc9309-example-simple-robots.txt, otherbot, /example/page.html, false",
            "crawlercommons-rfc9309-example-simple-robots.txt, otherbot, /images/logo.gif, false",
            "crawlercommons-rfc9309-example-simple-robots.txt, otherbot, /publications/, true",
            // RFC 9309 §5.2 longest match
            "crawlercommons-rfc9309-example-longest-match-robots.txt, foobot, /example/page/, true",
            "crawlercommons-rfc9309-example-longest-match-robots.txt, foobot, /example/page/disallowed.gif, false"})
    void rfc9309Examples(String file, String agent, String path, boolean allowed) throws IOException {
        RobotsRules r = rules(SharedData.require("corpus/robots").resolve(file), agent);
        assertThat(r.isAllowed("https://site.example.com" + path)).isEqualTo(allowed);
    }

    @Test
    void everyCorpusFileParsesAndDeclaresAtMostItsSitemapLines() throws IOException {
        Path dir = SharedData.require("corpus/robots");
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\|[^|]*\\|([^|]*)\\|");
        int files = 0;
        for (String line : Files.readAllLines(dir.resolve("MANIFEST.md"))) {
            Matcher m = row.matcher(line);
            if (!m.find()) continue;
            files++;
            Matcher sm = Pattern.compile("Sitemap×(\\d+)").matcher(m.group(2));
            int declared = sm.find() ? Integer.parseInt(sm.group(1)) : 0;
            RobotsRules r = rules(dir.resolve(m.group(1)), "newsradar");
            assertThat(r.origin()).startsWith("parsed ");
            // the MANIFEST counted Sitemap lines on the bytes, which misses them in UTF-16 files; crawler-commons
            // also takes a bare URL line for a sitemap that forgot "Sitemap:"
            int max = m.group(2).contains("UTF-16") ? Integer.MAX_VALUE : declared + bareUrlLines(dir.resolve(m.group(1)));
            assertThat(r.sitemaps().size()).as(m.group(1)).isBetween(declared == 0 ? 0 : 1, max);
        }
        assertThat(files).isEqualTo(66);
    }

    private static int bareUrlLines(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        return (int) text.lines().filter(l -> l.strip().matches("(?i)https?://\\S+")).count();
    }

    @Test
    void missingRobotsAllowsAllAndUnreachableDisallowsAll() {
        FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                .withConnectTo(Map.of("gone.example.com:443", server.hostPort()));
        try (HttpFetcher f = new HttpFetcher(s.withConnectTo(Map.of("*", "127.0.0.1:1")))) {
            RobotsCache cache = new RobotsCache(f, "newsradar", 60_000, 0);
            assertThat(cache.isAllowed("https://down.example.com/a")).isFalse();
        }
        try (RouteServer notFound = new RouteServer().route("/", ex -> RouteServer.sendText(ex, 404, "none"));
             HttpFetcher f = new HttpFetcher(s.withConnectTo(Map.of("*", notFound.hostPort())))) {
            assertThat(new RobotsCache(f, "newsradar", 60_000, 0).isAllowed("https://site.example.com/a")).isTrue();
        }
    }
}
