package io.newsradar.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates many themes from the vocabulary of a themes file, for load tests of tagging (issue 5 asks for
 * 10,000 themes at 500 articles/s). The vocabulary is read from the themes' expanded queries as <em>concepts</em>:
 * each parenthesised disjunction of three or more entries (an alias set such as {@code @nvidia} or
 * {@code @export_control}, or a group inside one), whose entries are words and phrases in English, Japanese and
 * Chinese, truncations ({@code licen*}) and proximity fragments, as the analysts wrote them. A generated theme is
 * shaped like the starter themes: one to three concepts joined with {@code AND}, {@code OR} or {@code NEAR/5},
 * each concept written as one to four of its entries (so one theme usually spans several languages), and most
 * themes require prominence (headline or lead, or mentions in one paragraph, or in the article, sometimes of a
 * narrower focus). Deterministic for a given seed.
 */
public final class SyntheticThemes {
    private SyntheticThemes() {}

    /**
     * @param vocabulary a loaded themes file whose expanded queries supply the concepts
     * @param count      how many themes to generate, at least 1
     * @param seed       random seed
     * @return the generated themes, compiled (named {@code synthetic-00001} ...)
     * @throws IllegalArgumentException when count &lt; 1 or the vocabulary has no concept of three entries
     */
    public static ThemeSet generate(ThemeSet vocabulary, int count, long seed) {
        if (count < 1) throw new IllegalArgumentException("count must be >= 1, was " + count);
        List<List<String>> concepts = concepts(vocabulary);
        if (concepts.isEmpty()) throw new IllegalArgumentException("no concept (a disjunction of 3+ entries) in " + vocabulary.file());
        Random random = new Random(seed);
        StringBuilder yaml = new StringBuilder("themes:\n");
        for (int i = 1; i <= count; i++) {
            String a = operand(concepts, random), b = operand(concepts, random), c = operand(concepts, random);
            String query = switch (random.nextInt(6)) {
                case 0, 1 -> a + " AND " + b;
                case 2 -> a + " AND " + b + " AND " + c;
                case 3 -> "(" + a + " OR " + b + ") AND " + c;
                case 4 -> a + " NEAR/5 " + b;
                default -> a;
            };
            yaml.append("  - name: synthetic-").append(String.format("%05d", i)).append('\n')
                .append("    query: '").append(query.replace("'", "''")).append("'\n");
            String require = require(random, a);
            if (!require.isEmpty()) yaml.append("    require: {").append(require).append("}\n");
        }
        return ThemesFile.parse(yaml.toString(), "synthetic-themes.yaml");
    }

    /** Prominence in the proportions of the starter themes: mostly headline/lead or a paragraph, some a focus. */
    private static String require(Random random, String first) {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "in: [title, lead], or_mentions: 3";
            case 2 -> "in: [title, lead], or_paragraph: 2, focus: '" + first.replace("'", "''") + "'";
            case 3 -> "or_mentions: 2";
            default -> "in: [title, lead], or_paragraph: " + (2 + random.nextInt(2));
        };
    }

    private static String operand(List<List<String>> concepts, Random random) {
        List<String> concept = concepts.get(random.nextInt(concepts.size()));
        int k = 1 + random.nextInt(Math.min(4, concept.size()));
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < k) picked.add(concept.get(random.nextInt(concept.size())));
        return k == 1 ? picked.iterator().next() : "(" + String.join(" OR ", picked) + ")";
    }

    /** @return each distinct parenthesised disjunction of 3+ entries in the themes' expanded queries, as its entries */
    static List<List<String>> concepts(ThemeSet vocabulary) {
        Set<List<String>> concepts = new LinkedHashSet<>();
        for (ThemeDefinition d : vocabulary.definitions()) collect(d.expandedQuery(), concepts);
        return new ArrayList<>(concepts);
    }

    /** Scans for groups {@code ( ... )} (quotes respected) and keeps those that split at their top level on OR. */
    private static void collect(String query, Set<List<String>> out) {
        List<Integer> open = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char ch = query.charAt(i);
            if (quoted) {
                if (ch == '\\') i++;
                else if (ch == '"') quoted = false;
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '(') {
                open.add(i);
            } else if (ch == ')' && !open.isEmpty()) {
                List<String> entries = disjuncts(query.substring(open.removeLast() + 1, i));
                if (entries.size() >= 3) out.add(List.copyOf(entries));
            }
        }
    }

    /** @return the parts of {@code group} separated by {@code OR} at its top level, or an empty list when another operator joins them */
    private static List<String> disjuncts(String group) {
        List<String> parts = new ArrayList<>();
        int depth = 0, start = 0;
        boolean quoted = false;
        for (int i = 0; i < group.length(); i++) {
            char ch = group.charAt(i);
            if (quoted) {
                if (ch == '\\') i++;
                else if (ch == '"') quoted = false;
            } else if (ch == '"') quoted = true;
            else if (ch == '(') depth++;
            else if (ch == ')') depth--;
            else if (depth == 0 && group.startsWith(" OR ", i)) {
                parts.add(group.substring(start, i).strip());
                start = i + 4;
                i += 3;
            }
        }
        parts.add(group.substring(start).strip());
        for (String p : parts) {
            boolean entry = p.startsWith("\"") || p.startsWith("(") || p.matches("[^\\s()\"]+");
            if (!entry) return List.of();
        }
        return parts;
    }
}
