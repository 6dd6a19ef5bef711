package io.newsradar.pipeline;

import io.newsradar.config.FetchSettings;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawl throughput on loopback: {@code -Dnewsradar.bench=true [-Dbench.pages=10000 -Dbench.hosts=50]}; 50
 * host names, one sitemap each, politeness delay 0, every fetch archived as WARC, a sink that only counts
 * (extraction and indexing are measured elsewhere). Prints pages/s and peak heap.
 */
class CrawlBench {
    @TempDir
    Path data;

    @Test
    void crawlLocalSites() {
        Assumptions.assumeTrue(Boolean.getBoolean("newsradar.bench"), "benchmark: run with -Dnewsradar.bench=true");
        int pages = Integer.getInteger("bench.pages", 10_000);
        int hosts = Integer.getInteger("bench.hosts", 50);
        byte[] page = ("<html><head><title>t</title></head><body>" + "<p>paragraph of news text. </p>".repeat(150)
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        try (RouteServer server = new RouteServer()
                .route("/robots.txt", ex -> RouteServer.sendText(ex, 200, "User-agent: *\nAllow: /\n"))
                .route("/s/", ex -> {
                    String path = ex.getRequestURI().getPath();
                    if (path.endsWith("/sitemap.xml")) {
                        String h = path.split("/")[2];
                        RouteServer.sendText(ex, 200, sitemap(h, pages / hosts), "Content-Type", "application/xml");
                    } else {
                        RouteServer.send(ex, 200, page, "Content-Type", "text/html; charset=utf-8");
                    }
                })) {
            FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                    .withConnectTo(Map.of("*", server.hostPort()));
            List<String> sitemaps = new ArrayList<>();
            for (int h = 0; h < hosts; h++) sitemaps.add("https://host" + h + ".example.com/s/" + h + "/sitemap.xml");
            AtomicInteger sunk = new AtomicInteger();
            long start = System.nanoTime();
            CrawlSummary summary = new Crawler(s, data, p -> {
                sunk.incrementAndGet();
                return Optional.empty();
            }).run(List.of(), sitemaps, List.of());
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("bench crawl: %d pages, %d hosts, %.1f s, %.0f pages/s, peak heap %d MiB, failures %d%n",
                    summary.stored(), hosts, secs, summary.stored() / secs, peakHeapMiB(), summary.failed());
            assertThat(summary.failures()).isEmpty();
        }
    }

    /** Host {@code h}'s sitemap: {@code n} pages under its own directory (strict sitemaps allow no other). */
    private static String sitemap(String h, int n) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < n; i++) {
            sb.append("<url><loc>https://host").append(h).append(".example.com/s/").append(h).append("/p").append(i).append(".html</loc></url>");
        }
        return sb.append("</urlset>").toString();
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
