package io.newsradar.archive;

import io.newsradar.SharedData;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Replays the real WARC files of {@code corpus/warc} (WARC/1.0, per-record gzip, revisits, dns: records). */
class WarcReplayCorpusTest {
    private final List<Page> pages = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();

    private ReplayCounts replay(String name) {
        Path dir = SharedData.require("corpus/warc");
        return new WarcReplay(10 << 20).replay(dir.resolve(name), pages::add, failures::add);
    }

    @Test
    void sinaFrontPageIsReplayedWithItsGzipPayloadDecoded() {
        ReplayCounts c = replay("servo-sina-rec-20180808064152840331-anjiadeMacBook-Pro.local.warc.gz");
        assertThat(c.records()).isEqualTo(392); // 196 request + 196 response, per the MANIFEST
        assertThat(failures).isEmpty();
        Page front = pages.stream().filter(p -> p.url().matches("https?://www\\.sina\\.com\\.cn/?")).findFirst().orElseThrow();
        assertThat(front.content()[0] & 0xFF).isNotEqualTo(0x1F); // no longer gzip
        assertThat(new String(front.content(), StandardCharsets.UTF_8).toLowerCase()).contains("<html");
        assertThat(front.contentType()).isEqualTo("text/html");
        assertThat(front.fetchedAt()).isNotNull();
    }

    @Test
    void yahooCaptureYieldsItsFrontPage() {
        ReplayCounts c = replay("servo-yahoo-rec-20180306015618318913-peach.warc.gz");
        assertThat(c.records()).isEqualTo(370);
        assertThat(c.pages() + c.skipped() + c.failed()).isEqualTo(c.records());
        assertThat(pages).anyMatch(p -> p.url().matches("https://www\\.yahoo\\.com/?"));
    }

    @Test
    void revisitsDnsAndMetadataRecordsAreSkippedNotFailed() {
        ReplayCounts first = replay("ukwa-BL-20140325121225068-00000-32090_opera_8443.warc.gz");
        assertThat(first.records()).isEqualTo(190);
        ReplayCounts second = replay("ukwa-BL-20140325122341434-00000-32090_opera_8443.warc.gz");
        assertThat(second.records()).isEqualTo(190);
        assertThat(second.pages()).isLessThanOrEqualTo(10); // only 10 response records, the rest are revisits
        assertThat(failures).isEmpty();
        assertThat(pages).allMatch(p -> p.url().startsWith("http"));
    }

    @Test
    void everyCorpusFileReplaysWithoutThrowing() throws IOException {
        Path dir = SharedData.require("corpus/warc");
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".warc.gz")).toList()) {
                ReplayCounts c = new WarcReplay(10 << 20).replay(f, pages::add, failures::add);
                assertThat(c.pages()).as(f.getFileName().toString()).isPositive();
            }
        }
    }
}
