package io.newsradar.pipeline;

import io.newsradar.archive.WarcReplay;
import io.newsradar.model.Page;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls a local site of 2,000 pages in a child process, kills it ({@code SIGKILL}) at random moments five times,
 * then lets a last pass finish: every page ends up stored (at most once more per kill, the page being stored when
 * the process died; the index keys documents by URL so that repeat is an update) and the WARC files hold a
 * response for every page.
 */
class CrawlKillTest {
    static final int PAGES = 2000;

    @TempDir
    Path tmp;

    @Test
    void survivesKillMinusNine() throws Exception {
        Path data = tmp.resolve("data");
        Path stored = tmp.resolve("stored.txt");
        String sitemapUrl = "https://site.example.com/s/sitemap.xml";
        try (RouteServer site = new RouteServer()
                .route("/robots.txt", ex -> RouteServer.sendText(ex, 200, "User-agent: *\nAllow: /\n"))
                .route("/s/", ex -> {
                    if (ex.getRequestURI().getPath().endsWith("sitemap.xml")) {
                        RouteServer.sendText(ex, 200, sitemap(), "Content-Type", "application/xml");
                    } else {
                        RouteServer.sendText(ex, 200, "<html><body><p>page " + ex.getRequestURI().getPath()
                                + "</p></body></html>", "Content-Type", "text/html; charset=utf-8");
                    }
                })) {
            Random random = new Random(9309);
            int kills = 0;
            StringBuilder progress = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                Process p = child(site.hostPort(), data, stored, sitemapUrl);
                int target = count(stored) + 20 + random.nextInt(300); // kill mid-crawl, after some more stores
                while (p.isAlive() && count(stored) < target) Thread.sleep(5);
                if (p.isAlive()) {
                    p.destroyForcibly().waitFor();
                    kills++;
                }
                progress.append(count(stored)).append(' ');
            }
            Process last = child(site.hostPort(), data, stored, sitemapUrl);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("done");

            List<String> lines = Files.readAllLines(stored);
            Set<String> expected = IntStream.range(0, PAGES).mapToObj(CrawlKillTest::page).collect(Collectors.toSet());
            assertThat(new HashSet<>(lines)).isEqualTo(expected);
            assertThat(lines.size() - expected.size()).as("repeats after %d kills", kills).isLessThanOrEqualTo(kills);
            assertThat(archivedPages(data.resolve("warc"))).containsAll(expected);
            System.out.printf("kill -9 test: %d kills, stored after each: %s; %d stores for %d pages%n", kills, progress,
                    lines.size(), PAGES);
        }
    }

    private static int count(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    private static Set<String> archivedPages(Path warcDir) throws IOException {
        Set<String> urls = new HashSet<>();
        try (var files = Files.list(warcDir)) {
            for (Path f : files.sorted().toList()) {
                new WarcReplay(1 << 20).replay(f, (Page p) -> urls.add(p.url()), failure -> { });
            }
        }
        return urls;
    }

    private Process child(String hostPort, Path data, Path stored, String sitemap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrawlChild.class.getName(), hostPort, data.toString(), stored.toString(), sitemap)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    }

    static String page(int i) {
        return "https://site.example.com/s/p" + i + ".html";
    }

    private static String sitemap() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < PAGES; i++) sb.append("<url><loc>").append(page(i)).append("</loc></url>");
        return sb.append("</urlset>").toString();
    }
}
