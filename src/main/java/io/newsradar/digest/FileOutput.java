package io.newsradar.digest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes each format to a file named by a pattern, atomically (temporary file, then rename), UTF-8.
 * Placeholders: {@code {name}} digest name, {@code {date}} window end as {@code yyyy-MM-dd} and {@code {time}}
 * as {@code HHmm} in the digest's zone, {@code {ext}} the format's extension. A pattern without {@code {ext}}
 * used for several formats gets {@code .ext} appended per format. An Atom file keeps the entries of earlier runs
 * ({@link AtomFeedFile}), so it is a feed to subscribe to.
 */
public final class FileOutput implements DigestOutput {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);
    private final Path base;
    private final String pattern;

    /**
     * @param base    folder relative patterns are resolved against (the data directory)
     * @param pattern the file name pattern
     */
    public FileOutput(Path base, String pattern) {
        if (pattern == null || pattern.isBlank()) throw new IllegalArgumentException("empty file pattern");
        this.base = base;
        this.pattern = pattern;
    }

    /** @return the file {@code format} of {@code digest} goes to */
    public Path path(Digest digest, DigestFormat format, int formatCount) {
        ZonedDateTime end = digest.windowEnd().atZone(ZoneId.of(digest.timezone()));
        String p = pattern.replace("{name}", digest.name()).replace("{date}", DATE.format(end))
                .replace("{time}", TIME.format(end));
        if (p.contains("{ext}")) p = p.replace("{ext}", format.extension());
        else if (formatCount > 1) p = p + "." + format.extension();
        return base.resolve(p);
    }

    @Override
    public void deliver(Renditions r) throws DeliveryException {
        for (DigestFormat f : r.formats()) {
            Path file = path(r.digest(), f, r.formats().size());
            try {
                String text = r.text(f);
                if (f == DigestFormat.ATOM && Files.isRegularFile(file)) text = AtomFeedFile.merge(Files.readString(file), text);
                write(file, text);
            } catch (IOException | RuntimeException e) {
                throw new DeliveryException("file " + file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.replace(file, ".digest", out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return {@code file} and the pattern as configured, placeholders and all */
    @Override
    public String describe() {
        return "file " + pattern;
    }

    /** @return {@code file} and the files {@code r} is written to, comma-separated, in format order */
    @Override
    public String describe(Renditions r) {
        StringBuilder files = new StringBuilder("file ");
        for (DigestFormat f : r.formats()) {
            if (files.length() > "file ".length()) files.append(", ");
            files.append(path(r.digest(), f, r.formats().size()));
        }
        return files.toString();
    }
}
