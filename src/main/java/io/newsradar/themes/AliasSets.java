package io.newsradar.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Named sets of aliases for one entity or concept across languages and scripts, e.g.
 * {@code nvidia: [NVIDIA, エヌビディア, 英伟达, 輝達]}, referenced from queries as {@code @nvidia}. Width, case
 * and kana variants (ＮＶＩＤＩＡ, ﾃﾞｨｰﾌﾟｼｰｸ) are left to analysis and need not be listed.
 *
 * <p>An entry is literal text: one word, or several (matched as a phrase); an entry ending in {@code *} is a
 * truncation ({@code export*}); an entry {@code @other} includes another set; an entry in parentheses is a
 * query in the search syntax, used as written ({@code (export* NEAR/4 ban*)}). Expansion of {@code @name}
 * gives {@code (e1 OR "e 2" OR ...)} in the search syntax.
 */
public final class AliasSets {
    /** Names: a letter or digit, then letters, digits, {@code _ - .}. */
    public static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]*");

    private final Map<String, List<String>> sets;

    /** @param sets entries per set name (without {@code @}), in file order */
    public AliasSets(Map<String, List<String>> sets) {
        this.sets = new LinkedHashMap<>();
        sets.forEach((name, entries) -> this.sets.put(name, List.copyOf(entries)));
    }

    /** @return true when a set of that name (without {@code @}) exists */
    public boolean contains(String name) {
        return sets.containsKey(name);
    }

    /** @return the set names, in file order */
    public List<String> names() {
        return List.copyOf(sets.keySet());
    }

    /**
     * @param name a set name without {@code @}
     * @return the set as a parenthesised disjunction in the search syntax
     * @throws IllegalArgumentException when the set is unknown or includes itself (directly or not)
     */
    public String expand(String name) {
        return expand(name, new ArrayList<>());
    }

    private String expand(String name, List<String> path) {
        if (!sets.containsKey(name)) throw new IllegalArgumentException("unknown alias set '@" + name + "'");
        if (path.contains(name)) throw new IllegalArgumentException("alias set '@" + name + "' includes itself via " + path);
        path.add(name);
        List<String> parts = new ArrayList<>();
        for (String entry : sets.get(name)) parts.add(entry.startsWith("@") ? expand(entry.substring(1), path) : literal(entry));
        path.removeLast();
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** @return one alias as a query term: bare word, truncation, or quoted phrase */
    static String literal(String entry) {
        String text = entry.strip();
        if (text.startsWith("(") && text.endsWith(")")) return text;
        boolean truncation = text.endsWith("*") && !text.contains(" ") && text.length() > 1;
        if (truncation) return text;
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
