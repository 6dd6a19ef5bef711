package io.newsradar.archive;

import io.newsradar.config.FetchSettings;
import io.newsradar.fetch.FetchResult;
import io.newsradar.fetch.HttpFetcher;
import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import io.newsradar.testkit.RouteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.newsradar.testkit.RouteServer.send;
import static org.assertj.core.api.Assertions.assertThat;

/** Fetches through a {@link WarcArchive}, then reads the files back with jwarc and {@link WarcReplay}. */
class WarcArchiveTest {
    @TempDir
    Path tmp;

    @Test
    void everyExchangeIsArchivedAsWarc11RequestAndResponseAndReplays() throws IOException {
        byte[] html = "<html><body>日本語の記事</body></html>".getBytes(StandardCharsets.UTF_8);
        try (RouteServer server = new RouteServer()
                .route("/moved", ex -> send(ex, 301, new byte[0], "Location", "/article"))
                .route("/article", ex -> send(ex, 200, RouteServer.gzip(html), "Content-Type", "text/html; charset=utf-8",
                        "Content-Encoding", "gzip"))) {
            Path dir = tmp.resolve("warc");
            try (WarcArchive archive = new WarcArchive(dir, 1L << 30);
                 HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults().withAllowPrivate(true)
                         .withPolitenessDelayMs(0).withConnectTo(Map.of("news.example.com:443", server.hostPort())), archive)) {
                assertThat(fetcher.fetch("https://news.example.com/moved")).isInstanceOf(FetchResult.class);
                assertThat(archive.drainFailures()).isEmpty();
                assertThat(archive.files()).hasSize(1);
            }
            Path file;
            try (var files = Files.list(dir)) {
                file = files.findFirst().orElseThrow();
            }
            assertThat(file.getFileName().toString()).matches("newsradar-\\d{17}-00000\\.warc\\.gz");
            byte[] head = Files.readAllBytes(file);
            assertThat(head[0] & 0xFF).isEqualTo(0x1F); // gzip member per record
            List<WarcRecord> records = new ArrayList<>();
            List<String> hostHeaders = new ArrayList<>();
            try (WarcReader reader = new WarcReader(file)) {
                reader.calculateBlockDigest();
                for (WarcRecord r : reader) {
                    records.add(r);
                    if (r instanceof WarcRequest q) hostHeaders.add(q.http().headers().first("Host").orElse(""));
                    if (r.blockDigest().isPresent()) {
                        r.body().consume();
                        assertThat(r.calculatedBlockDigest()).isEqualTo(r.blockDigest());
                    }
                }
            }
            assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo", "request", "response", "request", "response");
            assertThat(records).allMatch(r -> r.version().equals(MessageVersion.WARC_1_1));
            WarcRequest req = (WarcRequest) records.get(3);
            WarcResponse resp = (WarcResponse) records.get(4);
            assertThat(req.concurrentTo()).containsExactly(resp.id());
            assertThat(resp.target()).isEqualTo("https://news.example.com/article");
            assertThat(hostHeaders).containsExactly("news.example.com", "news.example.com");

            List<Page> pages = new ArrayList<>();
            List<Failure> failures = new ArrayList<>();
            ReplayCounts c = new WarcReplay(1 << 20).replay(file, pages::add, failures::add);
            assertThat(failures).isEmpty();
            assertThat(c).isEqualTo(new ReplayCounts(5, 1, 4, 0));
            assertThat(pages.get(0).url()).isEqualTo("https://news.example.com/article");
            assertThat(pages.get(0).content()).isEqualTo(html);
        }
    }

    @Test
    void filesRotateBySize() {
        try (RouteServer server = new RouteServer().route("/a", ex -> RouteServer.sendText(ex, 200, "<html>a</html>", "Content-Type", "text/html"))) {
            Path dir = tmp.resolve("rot");
            try (WarcArchive archive = new WarcArchive(dir, 1);
                 HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults().withAllowPrivate(true)
                         .withPolitenessDelayMs(0).withConnectTo(Map.of("news.example.com:443", server.hostPort())), archive)) {
                for (int i = 0; i < 3; i++) fetcher.fetch("https://news.example.com/a?i=" + i);
                assertThat(archive.files()).hasSize(3);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aCorruptRecordIsReportedAndReadingGoesOn() throws IOException {
        Path file = tmp.resolve("mixed.warc");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
            w.write(new WarcResponse.Builder(URI.create("https://news.example.com/broken"))
                    .body(MediaType.HTTP_RESPONSE, "this is not HTTP at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example.com/fine"))
                    .body(MediaType.HTTP_RESPONSE, ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n"
                            + "<html>ok</html>".substring(0, 13)).getBytes(StandardCharsets.US_ASCII)).build());
        }
        List<Page> pages = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        ReplayCounts c = new WarcReplay(1 << 20).replay(file, pages::add, failures::add);
        assertThat(c.failed()).isEqualTo(1);
        assertThat(failures.get(0).input()).isEqualTo("https://news.example.com/broken");
        assertThat(failures.get(0).reason()).startsWith("corrupt WARC record");
        assertThat(pages).extracting(Page::url).containsExactly("https://news.example.com/fine");
    }
}
