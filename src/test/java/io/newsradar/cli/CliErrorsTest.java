package io.newsradar.cli;

import io.newsradar.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** User errors give one line and exit 2; failed inputs exit 3; nothing prints a stack trace. */
class CliErrorsTest {
    @TempDir
    Path data;

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    private static void assertOneLineNoTrace(CliRun r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun r = run("frobnicate");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("frobnicate");
        assertOneLineNoTrace(r);
    }

    @Test
    void badOptionValueIsAUsageError() {
        CliRun r = run("search", "--limit", "0", "chips");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("limit");
        assertOneLineNoTrace(r);
    }

    @Test
    void unknownThemeNamesTheKnownOnes() {
        CliRun r = run("search", "--theme", "Potato chips");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown theme 'Potato chips'").contains("DeepSeek");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void badSinceIsAUsageError() {
        CliRun r = run("search", "--since", "yesterday-ish", "chips");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--since");
    }

    @Test
    void missingInputIsReportedAndTheRunGoesOn() throws Exception {
        Path good = data.resolve("in/a.html");
        Files.createDirectories(good.getParent());
        Files.writeString(good, "<html><head><title>Chip rules tighten</title></head><body><article><h1>Chip rules tighten</h1>"
                + "<p>The Commerce Department tightened export controls on advanced AI chips on Monday, officials said.</p>"
                + "<p>The rules cover accelerators and chipmaking equipment shipped to China.</p></article></body></html>");
        CliRun r = run("ingest", data.resolve("missing.html").toString(), good.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.err()).contains("missing.html: source: no such file or folder");
        assertThat(r.out()).contains("1 articles added");
        assertOneLineNoTrace(r);
    }

    @Test
    void unknownConfigKeyIsNamed() throws Exception {
        Files.writeString(data.resolve("config.yaml"), "fetch:\n  politeness_delay: 5\n");
        CliRun r = run("search", "chips");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("config.yaml").contains("fetch.politeness_delay");
        assertOneLineNoTrace(r);
    }

    @Test
    void unbalancedQueryIsAUsageError() {
        CliRun r = run("search", "(export AND controls");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertOneLineNoTrace(r);
    }

    @Test
    void malformedProximityOperatorIsAQueryError() {
        CliRun r = run("search", "chip NEAR/x rules");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("search: malformed operator 'NEAR/x'").contains("(column 6)");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void malformedOperatorInAThemesFileLeavesTheTaggingAsItWas() throws Exception {
        Files.writeString(data.resolve("themes.yaml"), "themes:\n  - name: Chips\n    query: chip NEAR/5 rules\n");
        Path page = data.resolve("in/a.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<html><head><title>Chip rules tighten</title></head><body><article><h1>Chip rules tighten</h1>"
                + "<p>The Commerce Department tightened export controls on advanced AI chips on Monday, officials said.</p>"
                + "<p>The rules cover accelerators and chipmaking equipment shipped to China.</p></article></body></html>");
        assertThat(run("ingest", page.toString()).exit()).isZero();
        assertThat(run("search", "theme:Chips").out()).contains("1 matching article");

        Files.writeString(data.resolve("themes.yaml"), "themes:\n  - name: Chips\n    query: chip NEAR/x rules\n");
        CliRun r = run("themes", "apply");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("themes.yaml:3: theme 'Chips': malformed operator 'NEAR/x'").contains("at column 6");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(run("search", "theme:Chips").out()).contains("1 matching article");
    }

    @Test
    void crawlWithNothingToDoIsAUsageError() {
        CliRun r = run("crawl");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("nothing to crawl");
    }
}
