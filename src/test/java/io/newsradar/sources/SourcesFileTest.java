package io.newsradar.sources;

import io.newsradar.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourcesFileTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryKeyWithDefaults() throws Exception {
        Path f = dir.resolve("sources.yaml");
        Files.writeString(f, """
                sources:
                  nhk:
                    feeds: [https://www3.nhk.or.jp/rss/news/cat0.xml]
                    lang: JA
                    zone: Asia/Tokyo
                    poll: 30m
                  wire:
                    sitemaps:
                      - https://wire.example.org/news-sitemap.xml
                    seeds: https://wire.example.org/world/
                    include: ['/world/\\d+/']
                    exclude: [/video/]
                    depth: 2
                """);
        List<Source> s = SourcesFile.load(f);
        assertThat(s).extracting(Source::name).containsExactly("nhk", "wire");
        assertThat(s.get(0).lang()).isEqualTo("ja");
        assertThat(s.get(0).zone()).isEqualTo("Asia/Tokyo");
        assertThat(s.get(0).poll()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.get(1).poll()).isEqualTo(Source.DEFAULT_POLL);
        assertThat(s.get(1).seeds()).containsExactly("https://wire.example.org/world/");
        assertThat(s.get(1).zone()).isNull();
        assertThat(s.get(1).links()).isEqualTo(new LinkRules(List.of("/world/\\d+/"), List.of("/video/"), 2));
        assertThat(s.get(0).links()).isEqualTo(LinkRules.ANY);

        SourcesFile.save(f, s);
        assertThat(Files.readString(f)).startsWith("# newsradar sources").contains("30m");
        assertThat(SourcesFile.load(f)).isEqualTo(s);
    }

    @Test
    void anAbsentFileHasNoSources() {
        assertThat(SourcesFile.load(dir.resolve("none.yaml"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'sources:\n  a:\n    feedz: [https://x.org/f]'                  | source 'a': unknown key 'feedz'",
            "'sources:\n  a:\n    feeds: [ftp://x.org/f]'                    | source 'a' feeds: not an absolute http(s) URL: ftp://x.org/f",
            "'sources:\n  a:\n    feeds: [https://x.org/f]\n    zone: Mars/Base' | source 'a' zone: not an IANA time zone: Mars/Base",
            "'sources:\n  a:\n    feeds: [https://x.org/f]\n    poll: soon'  | source 'a' poll: not a duration such as 15m, 2h, 1d: soon",
            "'sources:\n  a:\n    lang: en'                                  | source 'a': needs at least one of feeds, sitemaps, seeds",
            "'sources:\n  A B:\n    feeds: [https://x.org/f]'                | name must be lower-case letters",
            "'feeds: [https://x.org/f]'                                        | must be a mapping with the one key 'sources'",
            "'sources:\n  a:\n    seeds: [https://x.org/]\n    include: [\"(\"]' | source 'a': include: not a regular expression: (",
            "'sources:\n  a:\n    seeds: [https://x.org/]\n    depth: 9'       | source 'a': depth: must be 1..3, was 9",
    })
    void badFilesAreRejectedWithTheSourceAndKeyNamed(String yaml, String message) throws Exception {
        Path f = dir.resolve("sources.yaml");
        Files.writeString(f, yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> SourcesFile.load(f)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining(message);
    }

    @CsvSource({"90m,90m", "120m,2h", "1440m,1d", "10080m,1w", "61m,61m"})
    @ParameterizedTest
    void pollIntervalsAreWrittenInTheirShortestForm(String in, String out) {
        assertThat(SourcesFile.format(io.newsradar.config.Durations.parse(in).orElseThrow())).isEqualTo(out);
    }
}
