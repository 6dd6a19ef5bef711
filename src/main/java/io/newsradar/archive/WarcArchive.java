package io.newsradar.archive;

import io.newsradar.fetch.Exchange;
import io.newsradar.fetch.ExchangeListener;
import io.newsradar.model.Failure;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes each {@link Exchange} as a WARC/1.1 {@code request} and {@code response} record pair (ISO 28500:2017
 * §6.3, §6.4; linked by {@code WARC-Concurrent-To}; SHA-1 block and payload digests), gzip-compressed per record, into
 * {@code <dir>/newsradar-<yyyyMMddHHmmssSSS>-<n>.warc.gz}. A file is closed once it passes
 * {@code maxFileBytes} (compressed size) and the next exchange starts a new one, which begins with a
 * {@code warcinfo} record. Records go straight to the file channel, so a killed process loses at most the record
 * being written. Thread-safe (one writer at a time). A write error becomes a {@link Failure} (stage ARCHIVE),
 * collected by {@link #drainFailures()}.
 */
public final class WarcArchive implements ExchangeListener, Closeable {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long maxFileBytes;
    private final List<Failure> failures = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private WarcWriter writer;
    private FileChannel channel;
    private int sequence;

    /**
     * @param dir          folder of the WARC files (created when missing), usually {@code <data>/warc}
     * @param maxFileBytes rotation size in bytes (> 0)
     */
    public WarcArchive(Path dir, long maxFileBytes) {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be > 0");
        this.dir = dir;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public synchronized void onExchange(Exchange e) {
        try {
            WarcWriter w = writer();
            WarcResponse response = response(e);
            w.write(request(e, response));
            w.write(response);
            if (channel.position() >= maxFileBytes) closeFile();
        } catch (IOException | RuntimeException ex) {
            failures.add(new Failure(e.target().toString(), Failure.Stage.ARCHIVE,
                    "cannot write WARC record: " + ex.getMessage()));
        }
    }

    private static WarcResponse response(Exchange e) throws IOException {
        byte[] block = HttpBlocks.response(e);
        WarcResponse.Builder b = new WarcResponse.Builder(e.target())
                .version(MessageVersion.WARC_1_1)
                .date(e.date())
                .blockDigest(sha1(block))
                .payloadDigest(sha1(e.rawBody()))
                .body(MediaType.HTTP_RESPONSE, block);
        if (e.ip() != null) b.ipAddress(e.ip());
        if (e.truncated()) b.truncated(WarcTruncationReason.LENGTH);
        return b.build();
    }

    private static WarcRequest request(Exchange e, WarcResponse response) throws IOException {
        byte[] block = HttpBlocks.request(e);
        WarcRequest.Builder b = new WarcRequest.Builder(e.target())
                .version(MessageVersion.WARC_1_1)
                .date(e.date())
                .blockDigest(sha1(block))
                .body(MediaType.HTTP_REQUEST, block)
                .concurrentTo(response.id());
        if (e.ip() != null) b.ipAddress(e.ip());
        return b.build();
    }

    /** ISO 28500 §5.8/§5.9 digest: {@code sha1:} + base32 of the bytes. */
    private static WarcDigest sha1(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            md.update(bytes);
            return new WarcDigest(md);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-1 missing from this JVM", ex);
        }
    }

    private WarcWriter writer() throws IOException {
        if (writer != null) return writer;
        Files.createDirectories(dir);
        Path file;
        do {
            file = dir.resolve("newsradar-" + STAMP.format(java.time.Instant.now()) + "-"
                    + String.format("%05d", sequence++) + ".warc.gz");
        } while (Files.exists(file));
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_1).filename(file.getFileName().toString())
                .fields(Map.of("software", List.of("newsradar"), "format", List.of("WARC File Format 1.1"),
                        "conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/")))
                .build());
        written.add(file);
        return writer;
    }

    private void closeFile() throws IOException {
        if (writer != null) {
            writer.close();
            channel.close();
            writer = null;
            channel = null;
        }
    }

    /** @return the files written so far, oldest first */
    public synchronized List<Path> files() {
        return List.copyOf(written);
    }

    /** @return the write failures since the last call, and forgets them */
    public synchronized List<Failure> drainFailures() {
        List<Failure> out = List.copyOf(failures);
        failures.clear();
        return out;
    }

    @Override
    public synchronized void close() throws IOException {
        closeFile();
    }
}
