package io.newsradar.themes;

import io.newsradar.model.Article;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how fast a matcher tags articles: {@code rounds} passes over the articles on {@code threads} threads
 * after one warm-up pass. Wall-clock time on this machine; report it with the machine's core count.
 *
 * @param themes         themes in the matcher
 * @param articles       articles tagged (rounds x articles given)
 * @param threads        threads used
 * @param seconds        wall-clock seconds of the measured passes
 * @param articlesPerSec articles tagged per second
 * @param tagsPerArticle themes given per article, on average
 * @param cpuMsPerArticle CPU time of the worker threads per article, in milliseconds: unlike the wall clock it
 *                        does not grow when other processes share the cores, so {@code 1000 / cpuMsPerArticle}
 *                        is the rate one idle core sustains
 */
public record TaggingThroughput(int themes, long articles, int threads, double seconds, double articlesPerSec,
                                double tagsPerArticle, double cpuMsPerArticle) {

    /**
     * @param matcher  the matcher under test (thread-safe)
     * @param articles the articles to tag
     * @param rounds   measured passes over them, at least 1
     * @param threads  worker threads, at least 1
     * @return the measurement
     * @throws IllegalStateException when a worker fails
     */
    public static TaggingThroughput measure(ThemeMatcher matcher, List<Article> articles, int rounds, int threads) {
        articles.forEach(matcher::match);
        AtomicLong tags = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                work.add(pool.submit(() -> {
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    for (int r = 0; r < rounds; r++) {
                        for (int i = offset; i < articles.size(); i += threads) tags.addAndGet(matcher.match(articles.get(i)).size());
                    }
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            for (Future<?> f : work) f.get();
        } catch (Exception e) {
            throw new IllegalStateException("tagging failed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long n = (long) rounds * articles.size();
        return new TaggingThroughput(matcher.themes().size(), n, threads, seconds, n / seconds, (double) tags.get() / n,
                cpuNanos.get() / 1e6 / n);
    }
}
