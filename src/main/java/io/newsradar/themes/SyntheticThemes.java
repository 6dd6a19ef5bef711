package io.newsradar.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates many themes from the vocabulary of a themes file, for load tests of tagging (issue 5 asks for
 * 10,000 themes at 500 articles/s). Each generated theme combines two or three alias entries of different sets
 * with {@code AND}, {@code OR} or {@code NEAR/5}, and half of them carry prominence rules, so the mix of cheap
 * and expensive checks resembles analysts' themes. Deterministic for a given seed.
 */
public final class SyntheticThemes {
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private SyntheticThemes() {}

    /**
     * @param vocabulary a loaded themes file whose expanded queries supply the words and phrases
     * @param count      how many themes to generate, at least 1
     * @param seed       random seed
     * @return the generated themes, compiled (named {@code synthetic-00001} ...)
     */
    public static ThemeSet generate(ThemeSet vocabulary, int count, long seed) {
        if (count < 1) throw new IllegalArgumentException("count must be >= 1, was " + count);
        List<String> words = words(vocabulary);
        Random random = new Random(seed);
        StringBuilder yaml = new StringBuilder("themes:\n");
        for (int i = 1; i <= count; i++) {
            String a = pick(words, random), b = pick(words, random), c = pick(words, random);
            String query = switch (random.nextInt(4)) {
                case 0 -> a + " AND " + b;
                case 1 -> "(" + a + " OR " + b + ") AND " + c;
                case 2 -> a + " NEAR/5 " + b;
                default -> a + " OR " + b;
            };
            yaml.append("  - name: synthetic-").append(String.format("%05d", i)).append('\n')
                .append("    query: '").append(query.replace("'", "''")).append("'\n");
            if (random.nextBoolean()) yaml.append("    require: {in: [title, lead], or_paragraph: 2}\n");
        }
        return ThemesFile.parse(yaml.toString(), "synthetic-themes.yaml");
    }

    private static List<String> words(ThemeSet vocabulary) {
        Set<String> words = new LinkedHashSet<>();
        for (ThemeDefinition d : vocabulary.definitions()) {
            Matcher m = QUOTED.matcher(d.expandedQuery());
            while (m.find()) words.add("\"" + m.group(1) + "\"");
        }
        return new ArrayList<>(words);
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
