package io.newsradar.query;

import io.newsradar.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@link SearchBench} on the text corpora. Small by default (a smoke test of the benchmark code); set
 * {@code -Dnewsradar.bench.articles=N} for a real measurement, e.g.
 * {@code mvn -o test -Dtest=SearchBenchTest -Dnewsradar.bench.articles=200000}.
 */
class SearchBenchTest {
    @TempDir
    Path data;

    @Test
    void benchmarkRunsAndReports() throws IOException {
        Path text = TextCorpus.shared().resolve("corpus/text");
        assumeTrue(Files.isDirectory(text), text + " absent: skipping the search benchmark");
        int n = Integer.getInteger("newsradar.bench.articles", 3000);
        String only = System.getProperty("newsradar.bench.corpus", "all");
        List<Article> corpus = new ArrayList<>();
        if (!only.equals("en")) corpus.addAll(TextCorpus.read(text.resolve("ja/livedoor-news.jsonl")));
        if (!only.equals("ja")) {
            corpus.addAll(TextCorpus.read(text.resolve("en/bbc-news.jsonl")));
            corpus.addAll(TextCorpus.read(text.resolve("en/reuters21578.jsonl")));
        }
        java.util.Collections.shuffle(corpus, new java.util.Random(7));
        SearchBench.Result r = SearchBench.run(data, corpus, n, 2, Integer.getInteger("newsradar.bench.queries", 200), 42);
        System.out.println("BENCH " + only + " " + r);
        assertThat(r.articles()).isEqualTo(n);
        assertThat(r.p99Ms()).isGreaterThanOrEqualTo(r.p50Ms());
        assertThat(r.meanTotal()).isPositive();
    }
}
