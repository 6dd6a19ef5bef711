package io.newsradar.cli;

import com.rometools.rome.io.SyndFeedInput;
import io.newsradar.support.CliRun;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsradar digest} through the real command line over the shipped samples. */
class DigestCommandTest {
    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void ingestSamples() {
        data = tmp.resolve("data");
        CliRun r = CliRun.of("--data", data.toString(), "ingest", "samples");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void writesHtmlAndAtomFilesWithoutRecordingADryRun() throws Exception {
        String pattern = tmp.resolve("out/{name}.{ext}").toString();
        CliRun r = CliRun.of("--data", data.toString(), "digest", "--since", "24h", "--format", "html,atom", "--out", pattern, "--dry-run");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("digest daily:")
                .contains("delivered to file " + tmp.resolve("out/daily.html") + ", " + tmp.resolve("out/daily.atom"))
                .doesNotContain("{name}");
        var html = Jsoup.parse(Files.readString(tmp.resolve("out/daily.html")));
        assertThat(html.select("h2").eachText()).anyMatch(t -> t.startsWith("DeepSeek ("));
        assertThat(html.select("script")).isEmpty();
        var feed = new SyndFeedInput().build(new StringReader(Files.readString(tmp.resolve("out/daily.atom"))));
        assertThat(feed.getEntries()).hasSize(1);
        assertThat(data.resolve("state/digest-daily.json")).doesNotExist();
    }

    @Test
    void runDueDeliversConfiguredDigestsOnce() throws Exception {
        Path d2 = tmp.resolve("data2");
        assertThat(CliRun.of("--data", d2.toString(), "ingest", "samples").exit()).isZero();
        Files.writeString(d2.resolve("config.yaml"), """
                digest:
                  definitions:
                    - name: hourly
                      themes: [DeepSeek]
                      schedule: "0 * * * *"
                      window: 24h
                      formats: [md]
                      outputs: {file: "digests/{name}-{date}.{ext}"}
                """);
        CliRun r = CliRun.of("--data", d2.toString(), "digest", "--run-due", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"digest\":\"hourly\"").contains("\"recorded\":true");
        try (var files = Files.list(d2.resolve("digests"))) {
            assertThat(files.toList()).singleElement().satisfies(f -> assertThat(Files.readString(f)).contains("## DeepSeek"));
        }
        assertThat(d2.resolve("state/digest-hourly.json")).exists();
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun r = CliRun.of("--data", data.toString(), "digest", "--format", "pdf");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown digest format 'pdf'");
    }
}
