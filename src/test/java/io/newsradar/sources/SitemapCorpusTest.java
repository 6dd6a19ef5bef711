package io.newsradar.sources;

import io.newsradar.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sitemap of {@code corpus/sitemaps}, served from the site its first URL names, parses to the number of
 * URLs its MANIFEST counts, or is rejected with a one-line reason when the MANIFEST marks it malformed.
 */
class SitemapCorpusTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| (\\d+) \\|[^|]*\\|[^|]*\\|[^|]*\\| (yes|NO[^|]*|n/a) \\|");
    private static final Pattern FIRST_URL = Pattern.compile("https?://[^/\\s<\"]+");

    record Row(String file, String kind, int urls, String wellFormed) {
    }

    @TestFactory
    Stream<DynamicTest> everySitemapParsesToItsManifestCount() throws IOException {
        Path dir = SharedData.require("corpus/sitemaps");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("MANIFEST.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.find()) rows.add(new Row(m.group(1), m.group(2).strip(), Integer.parseInt(m.group(3)), m.group(4)));
        }
        assertThat(rows).hasSize(23);
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.file(), () -> check(dir, r)));
    }

    private static void check(Path dir, Row row) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(row.file()));
        String site = site(bytes);
        String url = site + "/" + row.file();
        try {
            ParsedSitemap map = new SitemapParser().parse(bytes, url, null);
            int n = map.index() ? map.sitemaps().size() : map.entries().size();
            System.out.printf("%-60s %s %3d (manifest %3d) from %s%n", row.file(), map.index() ? "index" : "urls ", n, row.urls(), site);
            if (row.kind().equals("atom feed")) {
                // the MANIFEST counts both links of its one entry; a feed-as-sitemap yields one URL per entry
                assertThat(n).isBetween(1, row.urls());
            } else {
                assertThat(n).isEqualTo(row.urls());
            }
        } catch (SourceException e) {
            System.out.printf("%-60s rejected: %s%n", row.file(), e.getMessage());
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(row.wellFormed()).as("rejected: " + e.getMessage()).startsWith("NO");
        }
    }

    /** @return scheme and host of the first URL in the sitemap (gunzipped when needed) */
    private static String site(byte[] bytes) throws IOException {
        byte[] plain = Gzip.isGzip(bytes) ? Gzip.gunzip(bytes, 1 << 24) : bytes;
        String text = new String(plain, StandardCharsets.UTF_8);
        int loc = Math.max(text.indexOf("<loc>"), text.indexOf("<entry"));
        Matcher m = FIRST_URL.matcher(text);
        if (loc >= 0 && m.find(loc)) return m.group();
        Matcher any = Pattern.compile("(?m)^\\s*(https?://[^/\\s<\"]+)").matcher(text);
        if (any.find()) return any.group(1);
        return m.find(0) ? m.group() : "https://www.example.com";
    }
}
