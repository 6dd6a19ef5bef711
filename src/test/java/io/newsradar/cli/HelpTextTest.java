package io.newsradar.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's {@code --help} at the default 80 columns: URLs and file names written in the help text come out
 * whole (a URL split over two lines cannot be copied), and example command lines are printed as written.
 */
class HelpTextTest {
    /** URLs and dotted words: file names (config.yaml, .warc.gz), config keys (digest.definitions), e.g. */
    private static final Pattern WORDS_TO_KEEP = Pattern.compile("https?://\\S+|\\w[\\w-]*(?:\\.\\w[\\w-]*)+");

    @TestFactory
    Stream<DynamicTest> urlsAndFileNamesAreNotSplit() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        return all.stream().map(cl -> DynamicTest.dynamicTest(cl.getCommandSpec().qualifiedName(), () -> {
            String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
            for (String word : written(cl.getCommandSpec())) assertThat(usage).as("%s", word).contains(word);
        }));
    }

    @TestFactory
    Stream<DynamicTest> examplesArePrintedAsWritten() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        return all.stream().map(cl -> DynamicTest.dynamicTest(cl.getCommandSpec().qualifiedName(), () -> {
            List<String> usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();
            for (String line : cl.getCommandSpec().usageMessage().footer()) {
                if (!line.startsWith("  ")) continue; // prose: wrapped at spaces
                assertThat(Columns.width(line)).as("fits %d columns: %s", HelpLayout.WIDTH, line).isLessThanOrEqualTo(HelpLayout.WIDTH);
                if (line.startsWith("  newsradar ")) assertThat(usage).contains(line);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> colouredHelpKeepsTheSameText() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        return all.stream().map(cl -> DynamicTest.dynamicTest(cl.getCommandSpec().qualifiedName(), () -> {
            String coloured = cl.getUsageMessage(CommandLine.Help.Ansi.ON).replaceAll("\u001B\\[[0-9;]*m", "");
            assertThat(coloured).isEqualTo(cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }));
    }

    private static void collect(CommandLine cl, List<CommandLine> out) {
        out.add(cl);
        cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, out));
    }

    private static List<String> written(CommandSpec spec) {
        List<String> texts = new ArrayList<>();
        texts.addAll(List.of(spec.usageMessage().description()));
        texts.addAll(List.of(spec.usageMessage().footer()));
        for (ArgSpec a : spec.args()) texts.addAll(List.of(a.description()));
        for (CommandLine sub : spec.subcommands().values()) texts.add(sub.getCommandSpec().usageMessage().description()[0]);
        List<String> words = new ArrayList<>();
        for (String t : texts) {
            Matcher m = WORDS_TO_KEEP.matcher(t);
            while (m.find()) words.add(m.group());
        }
        return words;
    }
}
