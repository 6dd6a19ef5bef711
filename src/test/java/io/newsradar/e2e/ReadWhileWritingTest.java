package io.newsradar.e2e;

import io.newsradar.index.LuceneArticleStore;
import io.newsradar.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a writer (a crawl, {@code watch}) holds the index's write lock, the read commands still work: search,
 * themes, themes explain and a digest only read.
 */
class ReadWhileWritingTest {
    @TempDir
    Path data;

    @Test
    void readCommandsWorkWhileAWriterHoldsTheIndex() throws Exception {
        CliRun ingest = CliRun.of("--data", data.toString(), "ingest", "samples");
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        try (LuceneArticleStore writer = LuceneArticleStore.open(data)) {
            assertThat(writer.count()).isEqualTo(12);
            for (String[] cmd : new String[][]{
                    {"search", "DeepSeek"},
                    {"themes"},
                    {"themes", "explain", "https://thestackreport.example.net/2025/01/30/deepseek-r1-azure-aws/", "DeepSeek"},
                    {"digest", "--since", "24h", "--dry-run"}}) {
                String[] args = new String[cmd.length + 2];
                args[0] = "--data";
                args[1] = data.toString();
                System.arraycopy(cmd, 0, args, 2, cmd.length);
                CliRun r = CliRun.of(args);
                assertThat(r.exit()).as(String.join(" ", cmd) + ": " + r.err()).isZero();
            }
            CliRun explain = CliRun.of("--data", data.toString(), "themes", "explain",
                    "https://thestackreport.example.net/2025/01/30/deepseek-r1-azure-aws/", "DeepSeek");
            assertThat(explain.out()).contains("tagged");
        }
    }
}
