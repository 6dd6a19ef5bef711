package io.newsradar.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code digest:} section: defaults, scheduled definitions, and one-line rejections. */
class DigestSettingsTest {
    @Test
    void defaultsHaveTokyoNoDefinitionsAndSmtpOff() {
        Settings.DigestSettings d = Settings.defaults().digest();
        assertThat(d.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(d.perTheme()).isEqualTo(20);
        assertThat(d.lateCommitGraceMinutes()).isEqualTo(60);
        assertThat(d.definitions()).isEmpty();
        assertThat(d.smtp().enabled()).isFalse();
        assertThat(d.smtp().security()).isEqualTo("starttls");
    }

    @Test
    void readsDefinitionsFromTheDataDirectoryConfig(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("config.yaml");
        Files.writeString(f, """
                digest:
                  timezone: UTC
                  smtp: {host: smtp.example.org, port: 2525, security: none}
                  definitions:
                    - name: morning
                      themes: [DeepSeek]
                      schedule: "0 7 * * *"
                      timezone: Asia/Tokyo
                      window: previous_calendar_day
                      formats: [md, html]
                      outputs:
                        file: "digests/{name}-{date}.{ext}"
                        email: [analyst@example.org]
                    - name: hourly
                      schedule: "0 * * * *"
                      outputs: {webhook: "http://127.0.0.1:9/hook"}
                """);
        Settings.DigestSettings d = Settings.load(f).digest();
        assertThat(d.smtp().port()).isEqualTo(2525);
        assertThat(d.smtp().from()).isEqualTo("newsradar <newsradar@localhost>"); // default kept
        DigestDefinition morning = d.definition("morning").orElseThrow();
        assertThat(morning.themes()).containsExactly("DeepSeek");
        assertThat(morning.formats()).containsExactly("md", "html");
        assertThat(morning.outputs().email()).containsExactly("analyst@example.org");
        assertThat(d.zoneOf(morning)).isEqualTo(ZoneId.of("Asia/Tokyo"));
        DigestDefinition hourly = d.definition("hourly").orElseThrow();
        assertThat(hourly.window()).isEqualTo("last");
        assertThat(hourly.formats()).isEqualTo(List.of("md"));
        assertThat(d.zoneOf(hourly)).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void rejectsBadDefinitionsNamingTheKey(@TempDir Path dir) throws Exception {
        assertRejected(dir, "schedule: \"0 25 * * *\"\n      outputs: {file: x.md}", "digest.definitions.d.schedule");
        assertRejected(dir, "schedule: \"0 7 * * *\"\n      timezone: Mars/Base\n      outputs: {file: x.md}", "digest.definitions.d.timezone");
        assertRejected(dir, "schedule: \"0 7 * * *\"\n      formats: [pdf]\n      outputs: {file: x.md}", "digest.definitions.d.formats");
        assertRejected(dir, "schedule: \"0 7 * * *\"", "digest.definitions.d.outputs");
        assertRejected(dir, "schedule: \"0 7 * * *\"\n      outputs: {webhook: \"javascript:x\"}", "webhook");
        assertRejected(dir, "schedule: \"0 7 * * *\"\n      outputs: {file: x.md}\n      colour: red", "colour");
    }

    private static void assertRejected(Path dir, String definitionBody, String expected) throws Exception {
        Path f = dir.resolve("config.yaml");
        Files.writeString(f, "digest:\n  definitions:\n    - name: d\n      " + definitionBody + "\n");
        assertThatThrownBy(() -> Settings.load(f)).isInstanceOf(ConfigException.class).hasMessageContaining(expected);
    }
}
