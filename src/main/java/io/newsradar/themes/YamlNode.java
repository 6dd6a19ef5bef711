package io.newsradar.themes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so that validation errors can say {@code file:line}. Jackson's
 * tree model drops token locations, hence this small tree (built by {@link YamlReader}).
 */
sealed interface YamlNode {
    /** @return 1-based line where the value starts */
    int line();

    /** A scalar: text as written (numbers and booleans too); null for YAML null. */
    record Scalar(String text, int line) implements YamlNode {}

    /** A sequence, in order. */
    record Seq(List<YamlNode> items, int line) implements YamlNode {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** A mapping; keys in file order, each with the line the key is on. */
    record Mapping(LinkedHashMap<String, YamlNode> entries, Map<String, Integer> keyLines, int line)
            implements YamlNode {}

    /** @return a short word for messages: "a scalar", "a list", "a mapping" */
    static String kind(YamlNode node) {
        return switch (node) {
            case Scalar s -> s.text() == null ? "null" : "a scalar";
            case Seq s -> "a list";
            case Mapping m -> "a mapping";
        };
    }
}
