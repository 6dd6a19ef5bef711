package io.newsradar.pipeline;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawl's durability through the real index: a site of {@value #PAGES} article pages is crawled into a
 * {@link Workspace} index by a child process ({@link CrawlIndexChild}) that is killed ({@code SIGKILL}) at random
 * moments five times, then allowed to finish. In the end the index holds every page exactly once (no page lost
 * between a store and the index commit, none stored as two documents), and the seen-set holds no page that the index
 * lacks at any kill (a page is marked seen only after the commit that made it durable).
 */
class CrawlKillIndexTest {
    static final int PAGES = 1500;
    private static final String[] WORDS = ("markets officials report growth energy policy rates trade election court "
            + "minister budget climate harbour railway vaccine export import council strike data chip factory").split(" ");

    @TempDir
    Path tmp;

    @Test
    void everyPageIndexedExactlyOnceAfterKills() throws Exception {
        Path data = tmp.resolve("data");
        String sitemapUrl = "https://news.example.com/s/sitemap.xml";
        try (RouteServer site = new RouteServer()
                .route("/robots.txt", ex -> RouteServer.sendText(ex, 200, "User-agent: *\nAllow: /\n"))
                .route("/s/", ex -> {
                    String path = ex.getRequestURI().getPath();
                    if (path.endsWith("sitemap.xml")) RouteServer.sendText(ex, 200, sitemap(), "Content-Type", "application/xml");
                    else RouteServer.sendText(ex, 200, article(path), "Content-Type", "text/html; charset=utf-8");
                })) {
            Random random = new Random(4);
            // every kill lands after some checkpoints and anywhere between two of them
            List<Integer> seenAtKill = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Process p = child(site.hostPort(), data, sitemapUrl);
                int target = seenCount(data) + 50 + random.nextInt(250); // after some more checkpoints,
                while (p.isAlive() && seenCount(data) < target) Thread.sleep(5);
                Thread.sleep(random.nextInt(400));                         // then anywhere between two
                if (p.isAlive()) {
                    p.destroyForcibly().waitFor();
                    Set<String> seen = CrawlSeenSet.peek(data.resolve("crawl").resolve("seen.txt"));
                    Set<String> indexed = indexedUrls(data);
                    assertThat(indexed).as("every page marked seen is in the committed index (kill %d)", i)
                            .containsAll(seen);
                    seenAtKill.add(seen.size());
                }
            }
            Process last = child(site.hostPort(), data, sitemapUrl);
            assertThat(last.waitFor(180, TimeUnit.SECONDS)).isTrue();
            String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(out).contains("done");

            Set<String> expected = IntStream.range(0, PAGES).mapToObj(CrawlKillIndexTest::page).collect(Collectors.toSet());
            List<String> urls = new ArrayList<>();
            try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
                store.forEach(a -> urls.add(a.article().canonicalUrl()));
            }
            assertThat(urls).as("one document per page").doesNotHaveDuplicates();
            assertThat(new HashSet<>(urls)).isEqualTo(expected);
            System.out.printf("kill -9 (index): %d kills, seen after each: %s; %d documents for %d pages; last: %s%n",
                    seenAtKill.size(), seenAtKill, urls.size(), PAGES,
                    out.lines().filter(l -> l.startsWith("done")).findFirst().orElse(""));
        }
    }

    private static int seenCount(Path data) throws IOException {
        Path seen = data.resolve("crawl").resolve("seen.txt");
        if (!Files.exists(seen)) return 0;
        byte[] bytes = Files.readAllBytes(seen);
        int lines = 0;
        for (byte b : bytes) if (b == '\n') lines++;
        return lines;
    }

    private static Set<String> indexedUrls(Path data) throws IOException {
        Set<String> urls = new HashSet<>();
        if (!Files.isDirectory(data.resolve("index"))) return urls;
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            store.forEach(a -> urls.add(a.article().canonicalUrl()));
        }
        return urls;
    }

    private Process child(String hostPort, Path data, String sitemap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrawlIndexChild.class.getName(), hostPort, data.toString(), sitemap)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    }

    static String page(int i) {
        return "https://news.example.com/s/p" + i + ".html";
    }

    /** An article page: three paragraphs of words drawn from a generator seeded by the path, so pages differ. */
    private static String article(String path) {
        Random r = new Random(path.hashCode());
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 3; p++) {
            body.append("<p>");
            for (int w = 0; w < 40; w++) body.append(WORDS[r.nextInt(WORDS.length)]).append(w % 9 == 8 ? ". " : " ");
            body.append("number ").append(r.nextInt(1_000_000)).append(".</p>");
        }
        return "<html><head><title>Report " + path + "</title></head><body><article><h1>Report " + path + "</h1>"
                + body + "</article></body></html>";
    }

    private static String sitemap() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < PAGES; i++) sb.append("<url><loc>").append(page(i)).append("</loc></url>");
        return sb.append("</urlset>").toString();
    }
}
