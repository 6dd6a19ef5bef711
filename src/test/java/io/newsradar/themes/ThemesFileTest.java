package io.newsradar.themes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemesFileTest {
    private static final String ALIASES = """
            aliases:
              nvidia: [Nvidia, エヌビディア, 英伟达]
            themes:
            """;

    private static String theme(String query) {
        return ALIASES + "  - name: Chips\n    query: '" + query + "'\n";
    }

    /** Each broken file gives one line: file, the line of the offending node, and why. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown alias set     | @nvidia OR @amd                | t.yaml:5: theme 'Chips': unknown alias set '@amd' (known: nvidia) at column 12
            unclosed parenthesis  | (@nvidia OR chips              | t.yaml:5: theme 'Chips': unbalanced query: '(' never closed at column 1
            stray parenthesis     | chips)                         | t.yaml:5: theme 'Chips': unbalanced query: ')' without '(' at column 6
            unclosed quote        | "export controls               | t.yaml:5: theme 'Chips': unbalanced query: quote never closed, opened at column 1
            leading wildcard      | chips AND *ship                | t.yaml:5: theme 'Chips': leading wildcard '*ship' is too expensive at column 11
            malformed NEAR        | @nvidia NEAR/x chips           | t.yaml:5: theme 'Chips': malformed operator 'NEAR/x' (quote it to search for the text): NEAR/n needs a distance n of 0..9999 words, not 'x' at column 9
            LexisNexis w/n        | @nvidia W/5 chips              | t.yaml:5: theme 'Chips': unknown operator 'W/5' (quote it to search for the text): use NEAR/5 (any order) or PRE/5 (in order) at column 9
            """)
    void badQueriesNameFileLineAndReason(String what, String query, String message) {
        assertThatThrownBy(() -> ThemesFile.parse(theme(query), "t.yaml"))
                .isInstanceOf(ThemesException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            YAML syntax error      | 'themes:\\n  - name: [unclosed\\n    query: x\\n'             | t.yaml:3: YAML syntax error: while parsing a flow sequence; expected ',' or ']', but got :
            unknown theme key      | 'themes:\\n  - name: A\\n    qeury: chips\\n'                | t.yaml:3: unknown key 'qeury' in a theme
            missing query          | 'themes:\\n  - name: A\\n    description: d\\n'              | t.yaml:2: a theme needs 'query'
            duplicate theme        | 'themes:\\n  - {name: A, query: a}\\n  - {name: A, query: b}\\n' | t.yaml:3: duplicate theme name 'A' (first at line 2)
            bad prominence part    | 'themes:\\n  - name: A\\n    query: a\\n    require: {in: [body]}\\n' | t.yaml:4: 'in' takes title and/or lead, not 'body'
            bad mention count      | 'themes:\\n  - name: A\\n    query: a\\n    require: {or_mentions: lots}\\n' | t.yaml:4: 'or_mentions' must be a whole number
            unknown top-level key  | 'theme:\\n  - {name: A, query: a}\\n'                       | t.yaml:1: unknown key 'theme' at the top level
            alias set not a list   | 'aliases:\\n  x: word\\nthemes: []\\n'                       | t.yaml:2: alias set '@x' must be a non-empty list
            """)
    void badFilesNameFileLineAndReason(String what, String yaml, String messageStart) {
        String text = yaml.replace("\\n", "\n");
        assertThatThrownBy(() -> ThemesFile.parse(text, "t.yaml"))
                .isInstanceOf(ThemesException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Names read without compiling are the compiled themes' names; a file that is not a themes list gives none. */
    @Test
    void namesAreReadWithoutCompilingAndMatchTheThemes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(ThemesFile.names(null)).isEqualTo(ThemesFile.loadDefault().themes().stream().map(t -> t.name()).toList())
                .hasSize(8);
        Path file = dir.resolve("themes.yaml");
        Files.writeString(file, "themes:\n  - name: ' Chips '\n    query: 'chip NEAR/5 (export OR ban)'\n");
        assertThat(ThemesFile.names(file)).containsExactly("Chips");
        Files.writeString(file, "themes: [unbalanced\n");
        assertThat(ThemesFile.names(file)).isNull();
        assertThat(ThemesFile.names(dir.resolve("absent.yaml"))).isNull();
    }

    @Test
    void unreadableFileIsOneLineWithTheName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("latin1.yaml");
        Files.write(bad, new byte[] {'t', 'h', 'e', 'm', 'e', 's', ':', ' ', (byte) 0xE9});
        assertThatThrownBy(() -> ThemesFile.load(bad)).hasMessage(bad + ": not UTF-8 text");
        assertThatThrownBy(() -> ThemesFile.load(dir.resolve("missing.yaml")))
                .hasMessageStartingWith(dir.resolve("missing.yaml") + ": cannot read");
    }

    @Test
    void aliasesExpandToDisjunctionsOfPhrases() {
        ThemeSet set = ThemesFile.parse(theme("@nvidia AND \"export controls\""), "t.yaml");
        assertThat(set.definitions().getFirst().expandedQuery())
                .isEqualTo("(\"Nvidia\" OR \"エヌビディア\" OR \"英伟达\") AND \"export controls\"");
    }

    @Test
    void versionFollowsTheDefinitionNotTheDescription() {
        String base = ALIASES + "  - name: Chips\n    description: one\n    query: '@nvidia'\n";
        String v1 = ThemesFile.parse(base, "t").themes().getFirst().version();
        String described = ThemesFile.parse(base.replace("one", "two"), "t").themes().getFirst().version();
        String aliasEdited = ThemesFile.parse(base.replace("英伟达]", "英伟达, 輝達]"), "t").themes().getFirst().version();
        assertThat(v1).matches("[0-9a-f]{8}").isEqualTo(described).isNotEqualTo(aliasEdited);
    }

    @Test
    void defaultThemesAreTheEightOfTheGoldSet() {
        assertThat(ThemesFile.loadDefault().themes()).extracting(t -> t.name()).containsExactly(
                "Semiconductor export controls", "US-China AI competition", "DeepSeek",
                "Model distillation and AI IP misuse", "AI national security reviews",
                "AI compute efficiency techniques", "Cloud hosting of third-party AI models",
                "AI regulation in the EU and Japan");
    }
}
