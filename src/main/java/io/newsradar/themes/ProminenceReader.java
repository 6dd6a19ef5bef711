package io.newsradar.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** Reads a theme's {@code require:} mapping into a {@link Prominence}; errors carry the node's line. */
final class ProminenceReader {
    private ProminenceReader() {}

    /**
     * @param node   the {@code require:} value, or null when absent
     * @param fail   builds the exception for a node and a reason
     * @param keys   the keys allowed in the mapping
     * @param expand expands the aliases of the focus query (throws the located error itself)
     */
    static Prominence read(YamlNode node, BiFunction<YamlNode, String, ThemesException> fail, Set<String> keys,
                           BiFunction<YamlNode, String, String> expand) {
        if (node == null) return Prominence.NONE;
        if (!(node instanceof YamlNode.Mapping map)) throw fail.apply(node, "'require' must be a mapping, not " + YamlNode.kind(node));
        for (String key : map.entries().keySet()) {
            if (!keys.contains(key)) {
                YamlNode at = new YamlNode.Scalar(key, map.keyLines().get(key));
                throw fail.apply(at, "unknown key '" + key + "' in 'require' (allowed: focus, in, or_mentions, or_paragraph)");
            }
        }
        List<String> in = parts(map.entries().get("in"), fail);
        int paragraph = count(map.entries().get("or_paragraph"), "or_paragraph", fail);
        int mentions = count(map.entries().get("or_mentions"), "or_mentions", fail);
        if (in.isEmpty() && paragraph == 0 && mentions == 0) throw fail.apply(node, "'require' sets no rule");
        YamlNode focusNode = map.entries().get("focus");
        String focus = "";
        if (focusNode != null) {
            if (!(focusNode instanceof YamlNode.Scalar s) || s.text() == null || s.text().isBlank()) {
                throw fail.apply(focusNode, "'focus' must be a query");
            }
            focus = expand.apply(focusNode, s.text());
        }
        return new Prominence(Set.copyOf(in), paragraph, mentions, focus);
    }

    private static List<String> parts(YamlNode node, BiFunction<YamlNode, String, ThemesException> fail) {
        List<String> parts = new ArrayList<>();
        if (node == null) return parts;
        List<YamlNode> items = node instanceof YamlNode.Seq seq ? seq.items() : List.of(node);
        for (YamlNode item : items) {
            String part = item instanceof YamlNode.Scalar s && s.text() != null ? s.text().strip() : "";
            if (!Prominence.PARTS.contains(part)) throw fail.apply(item, "'in' takes title and/or lead, not '" + part + "'");
            parts.add(part);
        }
        return parts;
    }

    private static int count(YamlNode node, String key, BiFunction<YamlNode, String, ThemesException> fail) {
        if (node == null) return 0;
        String text = node instanceof YamlNode.Scalar s && s.text() != null ? s.text().strip() : "";
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= 1000) return value;
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw fail.apply(node, "'" + key + "' must be a whole number from 1 to 1000, not '" + text + "'");
    }
}
