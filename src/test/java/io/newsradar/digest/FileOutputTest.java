package io.newsradar.digest;

import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;

class FileOutputTest {
    @Test
    void patternExpandsNameDateTimeAndExtensionInTheDigestZone(@TempDir Path dir) {
        FileOutput out = new FileOutput(dir, "d/{name}-{date}-{time}.{ext}");
        // window end 2025-02-01T15:00Z = 2 Feb 00:00 in Asia/Tokyo
        assertThat(out.path(withItem("t", "u"), DigestFormat.HTML, 2)).isEqualTo(dir.resolve("d/daily-2025-02-02-0000.html"));
        assertThat(new FileOutput(dir, "x").path(withItem("t", "u"), DigestFormat.JSON, 2)).isEqualTo(dir.resolve("x.json"));
        assertThat(new FileOutput(dir, "x.md").path(withItem("t", "u"), DigestFormat.MD, 1)).isEqualTo(dir.resolve("x.md"));
    }

    @Test
    void describesTheFilesWrittenNotThePattern(@TempDir Path dir) throws Exception {
        FileOutput out = new FileOutput(dir, "d/{name}-{date}.{ext}");
        Renditions r = new Renditions(withItem("t", "u"), List.of(DigestFormat.MD, DigestFormat.HTML));
        out.deliver(r);
        assertThat(out.describe(r)).isEqualTo("file " + dir.resolve("d/daily-2025-02-02.md") + ", " + dir.resolve("d/daily-2025-02-02.html"));
        assertThat(dir.resolve("d/daily-2025-02-02.md")).isRegularFile();
        assertThat(out.describe()).as("the output's identity stays the pattern").isEqualTo("file d/{name}-{date}.{ext}");
    }

    @Test
    void atomFileKeepsOneEntryPerRunAndReplacesARerunOfTheSameWindow(@TempDir Path dir) throws Exception {
        FileOutput out = new FileOutput(dir, "feed.atom");
        Digest first = withItem("first", "https://news.example.jp/a/1");
        Digest second = new Digest("daily", first.windowEnd(), first.windowEnd().plusSeconds(86_400), "Asia/Tokyo",
                Instant.parse("2025-02-02T22:00:00Z"), first.sections());
        out.deliver(new Renditions(first, List.of(DigestFormat.ATOM)));
        out.deliver(new Renditions(second, List.of(DigestFormat.ATOM)));
        out.deliver(new Renditions(second, List.of(DigestFormat.ATOM))); // same window again: replaced, not added
        var feed = new SyndFeedInput().build(new StringReader(Files.readString(dir.resolve("feed.atom"))));
        assertThat(feed.getEntries()).extracting(e -> e.getUri())
                .containsExactly(AtomDigestRenderer.entryId(second), AtomDigestRenderer.entryId(first));
        assertThat(feed.getPublishedDate().toInstant()).isEqualTo("2025-02-02T22:00:00Z");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(dir.resolve("feed.atom")); // no temporary files left
        }
    }
}
