package io.newsradar.index;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Kills a writing process (SIGKILL) in the middle of uncommitted writes: the index must be the last commit, intact. */
class LuceneArticleStoreCrashTest {
    @TempDir
    Path data;

    @Test
    void aKilledWriterLeavesTheLastCommitIntact() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), data.toString(), "300")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("COMMITTED"));
            assertThat(line).as("child committed").isEqualTo("COMMITTED");
            Thread.sleep(1500); // let it write and flush uncommitted segments
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (FSDirectory dir = FSDirectory.open(data.resolve("index"))) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.numDocs()).isEqualTo(300);
            }
            try (CheckIndex check = new CheckIndex(dir)) {
                check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
                assertThat(check.checkIndex().clean).isTrue();
            }
        }
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) { // the dead writer's lock is gone
            assertThat(store.count()).isEqualTo(300);
            assertThat(store.upsert(CrashWriter.article(300), List.of(), Instant.EPOCH)).isTrue();
            assertThat(store.upsert(CrashWriter.article(299), List.of(), Instant.EPOCH)).isFalse();
        }
    }
}
