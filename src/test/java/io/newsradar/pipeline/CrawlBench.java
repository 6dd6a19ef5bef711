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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawl throughput on loopback (issue 4's figure): {@code -Dnewsradar.bench=true [-Dbench.pages=10000
 * -Dbench.hosts=50] [-Dbench.sink=count]}; 50 host names, one sitemap each, politeness delay 0, every fetch
 * archived as WARC, each page a different real article (the shared English text corpora in a portal page), and each extracted, tagged with the starter themes and indexed in a Lucene index on disk
 * through the real {@link Ingestor} (or, with {@code bench.sink=count}, only counted). Prints pages/s, process CPU
 * ms per page, heap and peak RSS, the same over the second half of the pages (the JIT compilers, which take a third
 * of the CPU of a short run, have mostly finished by then), and CPU seconds by thread kind (JIT, GC, other);
 * run it with {@code -Dtest.jvm.args="-Xmx256m -Dfile.encoding=UTF-8"} for the heap.
 */
class CrawlBench {
    @TempDir
    Path data;

    @Test
    void crawlLocalSites() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("newsradar.bench"), "benchmark: run with -Dnewsradar.bench=true");
        int pages = Integer.getInteger("bench.pages", 10_000);
        int hosts = Integer.getInteger("bench.hosts", 50);
        boolean countOnly = "count".equals(System.getProperty("bench.sink"));
        List<String[]> texts = texts();
        try (RouteServer server = new RouteServer()
                .route("/robots.txt", ex -> RouteServer.sendText(ex, 200, "User-agent: *\nAllow: /\n"))
                .route("/s/", ex -> {
                    String path = ex.getRequestURI().getPath();
                    if (path.endsWith("/sitemap.xml")) {
                        String h = path.split("/")[2];
                        RouteServer.sendText(ex, 200, sitemap(h, pages / hosts), "Content-Type", "application/xml");
                    } else {
                        RouteServer.send(ex, 200, page(path, texts), "Content-Type", "text/html; charset=utf-8");
                    }
                })) {
            FetchSettings s = FetchSettings.defaults().withAllowPrivate(true).withPolitenessDelayMs(0)
                    .withConnectTo(Map.of("*", server.hostPort()));
            List<String> sitemaps = new ArrayList<>();
            for (int h = 0; h < hosts; h++) sitemaps.add("https://host" + h + ".example.com/s/" + h + "/sitemap.xml");
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            SecondHalf[] halfRef = new SecondHalf[1];
            CrawlSummary summary;
            long indexed;
            try (Workspace ws = Workspace.open(data, Clock.systemUTC())) {
                SecondHalf half = new SecondHalf(pages / 2, countOnly ? p -> Optional.empty() : ws.ingestor());
                PageSink sink = half;
                halfRef[0] = half;
                summary = new Crawler(s, data, sink).run(List.of(), sitemaps, List.of());
                ws.store().commit();
                indexed = countOnly ? 0 : ws.store().count();
            }
            long endNanos = System.nanoTime(), endCpu = processCpuNanos();
            double secs = (endNanos - start) / 1e9;
            double cpuMsPerPage = (endCpu - cpuStart) / 1e6 / Math.max(1, summary.stored());
            System.out.printf("bench crawl (%s): %d pages, %d hosts, %d indexed, %.1f s, %.0f pages/s, "
                            + "CPU %.2f ms/page (process, incl. the loopback server), %d cores, heap max %d MiB, "
                            + "peak heap (sum of pool peaks) %d MiB, peak RSS %s, failures %d%n",
                    countOnly ? "fetch + WARC only" : "fetch + WARC + extract + tag + index",
                    summary.stored(), hosts, indexed, secs, summary.stored() / secs, cpuMsPerPage,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, peakHeapMiB(),
                    peakRss(), summary.failed());
            SecondHalf half = halfRef[0];
            long halfPages = summary.stored() - half.atCount;
            double halfSecs = (endNanos - half.atNanos) / 1e9;
            System.out.printf("bench crawl second half (warm JIT): %d pages, %.0f pages/s, CPU %.2f ms/page%n", halfPages,
                    halfPages / halfSecs, (endCpu - half.atCpu) / 1e6 / Math.max(1, halfPages));
            System.out.println("bench crawl CPU by thread kind (whole JVM run, Linux): " + cpuByThreadKind());
            assertThat(summary.failures()).isEmpty();
            if (!countOnly) assertThat(indexed).isEqualTo(summary.stored());
        }
    }

    /** Real article texts (the shared English text corpora), one per page, so no two pages are near-copies. */
    static List<String[]> texts() throws java.io.IOException {
        return texts(io.newsradar.support.SharedData.require("corpus/text/en"));
    }

    /** @param en the folder of the shared English text corpora */
    static List<String[]> texts(Path en) throws java.io.IOException {
        List<String[]> out = new ArrayList<>();
        for (String f : List.of("reuters21578.jsonl", "bbc-news.jsonl")) {
            JsonlArticles.read(en.resolve(f), a -> {
                if (a.body().length() > 400) out.add(new String[]{a.title(), a.body()});
            }, x -> { });
        }
        return out;
    }

    /** Page {@code path} of the site: a portal page around one real article. */
    static byte[] page(String path, List<String[]> texts) {
        String[] t = texts.get(Math.floorMod(path.hashCode(), texts.size()));
        StringBuilder body = new StringBuilder();
        for (String para : t[1].split("\n\s*\n|\n {2,}")) {
            if (!para.isBlank()) body.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip())).append("</p>");
        }
        String title = org.jsoup.nodes.Entities.escape(t[0]);
        return ("<html><head><title>" + title + " - Bench News</title></head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
                + "<article><h1>" + title + "</h1><p class=date>Published Jan. 31, 2025 4:00 p.m. GMT</p>" + body
                + "</article><aside><h3>Most read</h3><ul><li><a href=/x>Another story</a></li></ul></aside>"
                + "<footer>(c) Bench News</footer></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Host {@code h}'s sitemap: {@code n} pages under its own directory (strict sitemaps allow no other). */
    static String sitemap(String h, int n) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < n; i++) {
            sb.append("<url><loc>https://host").append(h).append(".example.com/s/").append(h).append("/p").append(i).append(".html</loc></url>");
        }
        return sb.append("</urlset>").toString();
    }

    /**
     * @return CPU seconds of this JVM's threads so far, summed by kind (JIT compiler, GC, the rest), read from
     *         {@code /proc/self/task/<tid>/stat} (fields utime and stime, in clock ticks of 1/100 s); empty off Linux
     */
    private static Map<String, Double> cpuByThreadKind() {
        Map<String, Double> out = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double secs = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime
                String kind = name.contains("Compiler") ? "jit" : name.startsWith("G1") || name.startsWith("GC") ? "gc" : "other";
                out.merge(kind, secs, Double::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or a thread ended while listing: no breakdown
        }
        return out;
    }

    /** A sink that passes pages on and notes the time and process CPU when the given count is reached. */
    private static final class SecondHalf implements PageSink {
        private final long at;
        private final PageSink next;
        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        volatile long atCount, atNanos, atCpu;

        SecondHalf(long at, PageSink next) {
            this.at = at;
            this.next = next;
        }

        @Override
        public Optional<io.newsradar.model.Failure> accept(io.newsradar.model.Page page) {
            Optional<io.newsradar.model.Failure> f = next.accept(page);
            long n = count.incrementAndGet();
            if (n == at) {
                atCount = n;
                atNanos = System.nanoTime();
                atCpu = processCpuNanos();
            }
            return f;
        }

        @Override
        public void checkpoint() throws java.io.IOException {
            next.checkpoint();
        }

        @Override
        public boolean durableOnAccept() {
            return next.durableOnAccept();
        }
    }

    /** @return CPU time of this process (all threads), in nanoseconds */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** @return the peak resident set size of this process ({@code VmHWM} of /proc/self/status), or "n/a" off Linux */
    private static String peakRss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return line.substring(6).strip();
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return "n/a";
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
