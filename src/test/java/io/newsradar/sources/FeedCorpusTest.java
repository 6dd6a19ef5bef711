package io.newsradar.sources;

import io.newsradar.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every feed of {@code corpus/feeds} is parsed or rejected with a one-line reason, never a crash; the
 * well-formed ones parse, with the item count of the MANIFEST (which counts item start tags) and links that are
 * absolute http(s) URLs.
 */
class FeedCorpusTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]*)\\|[^|]*\\|[^|]*\\|[^|]*\\| (\\d+) \\|[^|]*\\| (yes|NO)");

    record Row(String file, int items, boolean wellFormed) {
    }

    @TestFactory
    Stream<DynamicTest> everyFeedParsesOrIsRejectedWithAReason() throws IOException {
        Path dir = SharedData.require("corpus/feeds");
        List<Row> rows = manifest(dir.resolve("MANIFEST.md"));
        assertThat(rows).hasSize(38);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.file(), () -> check(dir, row)));
    }

    private static void check(Path dir, Row row) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(row.file()));
        String url = "https://feeds.example.com/" + row.file();
        try {
            ParsedFeed feed = new FeedParser().parse(bytes, url, "text/xml");
            System.out.printf("%-50s parsed %3d items (manifest %3d) %s %s%n", row.file(), feed.items().size(),
                    row.items(), feed.charset(), feed.repairs());
            for (FeedItem item : feed.items()) {
                if (item.link() != null) assertThat(item.link()).matches("https?://.+");
            }
            if (row.wellFormed() && !row.file().contains("illegally-nested")) {
                // the MANIFEST counts unprefixed start tags; namespace-prefixed entries (<p0:entry>) are items too
                assertThat(feed.items()).hasSize(row.items() + prefixedItems(bytes));
            }
            if (row.file().contains("illegally-nested")) assertThat(feed.items()).hasSizeLessThanOrEqualTo(row.items());
            for (FeedItem item : feed.items()) assertThat(item.title() + item.description()).doesNotContain("\uFFFD");
        } catch (SourceException e) {
            System.out.printf("%-50s rejected: %s%n", row.file(), e.getMessage());
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            assertThat(row.wellFormed()).as("well-formed feed rejected: " + e.getMessage()).isFalse();
        }
    }

    private static int prefixedItems(byte[] bytes) {
        Matcher m = Pattern.compile("<[A-Za-z0-9]+:(entry|item)[\\s>]").matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static List<Row> manifest(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) rows.add(new Row(m.group(1), Integer.parseInt(m.group(3)), m.group(4).equals("yes")));
        }
        return rows;
    }
}
