package io.newsradar.archive;

import io.newsradar.model.Failure;
import io.newsradar.model.Page;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads a {@code .warc} or {@code .warc.gz} file (ISO 28500, WARC/1.0 and 1.1, per-record gzip) and hands each
 * 2xx HTML {@code response} record on as a {@link Page}: URL = {@code WARC-Target-URI}, content = the HTTP
 * payload with chunking and Content-Encoding (gzip, deflate) removed, content type = the HTTP Content-Type,
 * fetchedAt = {@code WARC-Date}. Other records (request, metadata, revisit, non-HTML, non-2xx) are skipped. A
 * record whose HTTP message cannot be read is reported as a {@link Failure} (stage ARCHIVE) and reading goes
 * on; a file that cannot be read past some point reports one failure and stops there.
 */
public final class WarcReplay {
    private final long maxPageBytes;

    /** @param maxPageBytes larger decoded payloads are reported as failures, bytes */
    public WarcReplay(long maxPageBytes) {
        this.maxPageBytes = maxPageBytes;
    }

    /**
     * @param file     a WARC file
     * @param pages    receives the HTML pages, in file order
     * @param failures receives one failure per corrupt record, or for an unreadable file
     * @return counts of records read, pages, skipped and failed
     */
    public ReplayCounts replay(Path file, Consumer<Page> pages, Consumer<Failure> failures) {
        return replay(file, pages, failures, position -> { });
    }

    /**
     * As {@link #replay(Path, Consumer, Consumer)}, also reporting progress.
     *
     * @param position receives, after each record, the byte offset reached in the file (compressed bytes for a
     *                 {@code .warc.gz}; a record's start, so the last call is below the file size)
     */
    public ReplayCounts replay(Path file, Consumer<Page> pages, Consumer<Failure> failures, LongConsumer position) {
        int records = 0, emitted = 0, skipped = 0, failed = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    failures.accept(new Failure(file.toString(), Failure.Stage.ARCHIVE,
                            "unreadable WARC after " + records + " records: " + oneLine(e)));
                    failed++;
                    break;
                }
                if (next.isEmpty()) break;
                records++;
                position.accept(reader.position());
                WarcRecord rec = next.get();
                if (!(rec instanceof WarcResponse response)) {
                    skipped++;
                    continue;
                }
                try {
                    Optional<Page> page = toPage(response);
                    if (page.isPresent()) {
                        pages.accept(page.get());
                        emitted++;
                    } else {
                        skipped++;
                    }
                } catch (IOException | RuntimeException e) {
                    failures.accept(new Failure(target(response, file), Failure.Stage.ARCHIVE,
                            "corrupt WARC record: " + oneLine(e)));
                    failed++;
                }
            }
        } catch (IOException e) {
            failures.accept(new Failure(file.toString(), Failure.Stage.ARCHIVE, "cannot open WARC: " + oneLine(e)));
            failed++;
        }
        return new ReplayCounts(records, emitted, skipped, failed);
    }

    private Optional<Page> toPage(WarcResponse response) throws IOException {
        String target = response.target();
        if (target == null || !target.toLowerCase(Locale.ROOT).startsWith("http")) return Optional.empty();
        if (!response.contentType().base().toString().equals("application/http")) return Optional.empty();
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) return Optional.empty();
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (!isHtml(contentType)) return Optional.empty();
        byte[] body = read(http.bodyDecoded().stream());
        return Optional.of(new Page(target, body, contentType, response.date()));
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) return false;
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.startsWith("text/html") || ct.startsWith("application/xhtml+xml");
    }

    private byte[] read(InputStream in) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
        if (data.length > maxPageBytes) throw new IOException("payload over " + maxPageBytes + " bytes");
        return data;
    }

    private static String target(WarcResponse r, Path file) {
        String t = r.target();
        return t == null || t.isBlank() ? file.toString() : t;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
