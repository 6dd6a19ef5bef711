package io.newsradar.pipeline;

import io.newsradar.testkit.RouteServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@link CrawlBench} site as a process of its own, for timing a crawl through the {@code ./newsradar}
 * launcher ({@code scripts/bench-crawl --launcher}): the same pages (real English articles from
 * {@code ../shared/corpus/text/en}), the same sitemaps of hosts {@code host<N>.example.com}, served on loopback.
 *
 * <p>Arguments: pages, hosts. Prints {@code ready HOST:PORT} once serving, then serves until its standard input
 * closes.
 */
public final class BenchSite {
    private BenchSite() {}

    public static void main(String[] args) throws IOException {
        int pages = Integer.parseInt(args[0]), hosts = Integer.parseInt(args[1]);
        List<String[]> texts = CrawlBench.texts(Path.of(System.getProperty("newsradar.shared", "../shared"), "corpus/text/en"));
        try (RouteServer server = new RouteServer()
                .route("/robots.txt", ex -> RouteServer.sendText(ex, 200, "User-agent: *\nAllow: /\n"))
                .route("/s/", ex -> {
                    String path = ex.getRequestURI().getPath();
                    if (path.endsWith("/sitemap.xml")) {
                        RouteServer.sendText(ex, 200, CrawlBench.sitemap(path.split("/")[2], pages / hosts),
                                "Content-Type", "application/xml");
                    } else {
                        RouteServer.send(ex, 200, CrawlBench.page(path, texts), "Content-Type", "text/html; charset=utf-8");
                    }
                })) {
            System.out.println("ready " + server.hostPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the script closes our input
            }
        }
    }
}
