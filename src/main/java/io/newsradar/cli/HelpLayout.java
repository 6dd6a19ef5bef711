package io.newsradar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out {@code --help} so that a URL or a file name is never cut in two. Picocli wraps at every break its line
 * breaker allows, which includes the dots of {@code https://www.reuters.com/...} and {@code config.yaml}; here
 * the description, the option, parameter and command lists and footer prose are wrapped at spaces only (a word
 * longer than the column stays whole), and footer lines indented by two spaces (example commands) are printed as written:
 * they are kept within {@value #WIDTH} columns, long ones continued over lines with {@code \}, so they can be
 * copied.
 */
final class HelpLayout extends Help.Layout {
    /** Terminal columns of the help (picocli's default usage width); footer lines must fit in it. */
    static final int WIDTH = 80;

    private HelpLayout(Help.Layout base) {
        super(base.colorScheme(), base.textTable(), base.optionRenderer(), base.parameterRenderer());
    }

    /** Installs the option list, parameter list and footer renderers on {@code cl} and all its subcommands. */
    static void install(CommandLine cl) {
        var sections = cl.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                help -> help.optionList(of(help), help.createDefaultOptionSort(), help.parameterLabelRenderer()));
        sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
                help -> help.parameterList(of(help), help.parameterLabelRenderer()));
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, HelpLayout::footer);
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> prose(help.commandSpec().usageMessage().description()));
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commandList);
        cl.setHelpSectionMap(sections);
        cl.getSubcommands().values().forEach(HelpLayout::install);
    }

    private static HelpLayout of(Help help) {
        return new HelpLayout(help.createDefaultLayout());
    }

    /** Splits the description column of an option's rows at spaces, so picocli has nothing left to break. */
    @Override
    public void layout(CommandLine.Model.ArgSpec arg, Text[][] rows) {
        Help.Column[] columns = table.columns();
        int last = columns.length - 1;
        int width = columns[last].width - columns[last].indent - 1;
        String indent = " ".repeat(table.indentWrappedLines);
        List<Text[]> out = new ArrayList<>();
        for (Text[] row : rows) {
            Text text = row[last];
            if (text == null) {
                out.add(row);
                continue;
            }
            List<int[]> lines = wrap(text.plainString(), width, width - indent.length());
            for (int i = 0; i < lines.size(); i++) {
                Text[] r = i == 0 ? row.clone() : blankRow(row.length);
                r[last] = i == 0 ? text.substring(lines.get(i)[0], lines.get(i)[1])
                        : colorScheme.text(indent).concat(text.substring(lines.get(i)[0], lines.get(i)[1]));
                out.add(r);
            }
        }
        super.layout(arg, out.toArray(Text[][]::new));
    }

    private Text[] blankRow(int n) {
        Text[] r = new Text[n];
        for (int i = 0; i < n; i++) r[i] = colorScheme.text("");
        return r;
    }

    /** Footer: example lines (two-space indent) as written; other lines wrapped at spaces to {@value #WIDTH}. */
    private static String footer(Help help) {
        StringBuilder out = new StringBuilder();
        for (String line : help.commandSpec().usageMessage().footer()) {
            String text = String.format(Locale.ROOT, line);
            out.append(text.startsWith("  ") ? text + System.lineSeparator() : prose(text));
        }
        return out.toString();
    }

    /** @return each line formatted ({@code String.format}, as picocli does) and wrapped at spaces to {@value #WIDTH} */
    private static String prose(String... lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String text = String.format(Locale.ROOT, line);
            for (int[] r : wrap(text, WIDTH - 1, WIDTH - 1)) out.append(text, r[0], r[1]).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** Subcommands, one per entry: names, then the first line of the header (else the description) wrapped at spaces. */
    private static String commandList(Help help) {
        Map<String, Help> shown = new LinkedHashMap<>();
        help.subcommands().forEach((name, sub) -> {
            if (!sub.commandSpec().usageMessage().hidden()) shown.put(name, sub);
        });
        if (shown.isEmpty()) return "";
        int names = shown.keySet().stream().mapToInt(String::length).max().orElse(0);
        int column = 2 + names + 2;
        StringBuilder out = new StringBuilder();
        shown.forEach((name, sub) -> {
            UsageMessageSpec u = sub.commandSpec().usageMessage();
            String[] first = u.header().length > 0 ? u.header() : u.description();
            String text = first.length == 0 ? "" : String.format(Locale.ROOT, first[0]);
            List<int[]> lines = wrap(text, WIDTH - 1 - column, WIDTH - 1 - column - 2);
            for (int i = 0; i < lines.size(); i++) {
                out.append(i == 0 ? "  " + name + " ".repeat(column - 2 - name.length()) : " ".repeat(column + 2))
                        .append(text, lines.get(i)[0], lines.get(i)[1]).append(System.lineSeparator());
            }
        });
        return out.toString();
    }

    /**
     * @param text  one line of text
     * @param first terminal columns of the first line
     * @param rest  terminal columns of the lines after it
     * @return {@code [start, end)} of each line, broken at spaces only (the spaces at a break dropped); a word wider
     *         than the line stays whole on a line of its own
     */
    static List<int[]> wrap(String text, int first, int rest) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int width = lines.isEmpty() ? first : rest;
            if (Columns.width(text.substring(start)) <= width) {
                lines.add(new int[] {start, text.length()});
                break;
            }
            int end = lastSpaceWithin(text, start, width);
            lines.add(new int[] {start, end});
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') start++;
        }
        if (lines.isEmpty()) lines.add(new int[] {0, 0});
        return lines;
    }

    /** @return the index of the last space at which {@code text[start..]} fits {@code width}, or the first word's end */
    private static int lastSpaceWithin(String text, int start, int width) {
        int best = -1;
        for (int i = start + 1; i < text.length() && Columns.width(text.substring(start, i)) <= width; i++) {
            if (text.charAt(i) == ' ') best = i;
        }
        if (best > start) return best;
        int end = text.indexOf(' ', start);
        return end < 0 ? text.length() : end;
    }
}
