package io.newsradar.themes;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML 1.1 text (through Jackson 3's SnakeYAML-based parser) into a {@link YamlNode} tree that keeps
 * the line of every value. Duplicate keys and syntax errors become {@link ThemesException}s with the line.
 */
final class YamlReader {
    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private final String file;

    YamlReader(String file) {
        this.file = file;
    }

    /**
     * @param text the whole document
     * @return the root node; an empty document gives an empty mapping
     * @throws ThemesException on a YAML syntax error or a duplicate key, with the line
     */
    YamlNode read(String text) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return new YamlNode.Mapping(new LinkedHashMap<>(), Map.of(), 1);
            return node(parser);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ThemesException(file, line, "YAML syntax error: " + firstLine(e.getOriginalMessage()));
        }
    }

    private YamlNode node(JsonParser p) {
        int line = p.currentTokenLocation().getLineNr();
        return switch (p.currentToken()) {
            case START_OBJECT -> mapping(p, line);
            case START_ARRAY -> sequence(p, line);
            case VALUE_NULL -> new YamlNode.Scalar(null, line);
            default -> new YamlNode.Scalar(p.getString(), line);
        };
    }

    private YamlNode mapping(JsonParser p, int line) {
        LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            int keyLine = p.currentTokenLocation().getLineNr();
            if (entries.containsKey(key)) throw new ThemesException(file, keyLine, "duplicate key '" + key + "'");
            p.nextToken();
            entries.put(key, node(p));
            keyLines.put(key, keyLine);
        }
        return new YamlNode.Mapping(entries, keyLines, line);
    }

    private YamlNode sequence(JsonParser p, int line) {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(p));
        return new YamlNode.Seq(items, line);
    }

    /**
     * SnakeYAML messages run over several lines: "while parsing ...", " in reader, line 3 ...", an indented
     * snippet of the source with a caret, "expected ...". Keeps the sentences, joined by "; ".
     */
    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        String joined = String.join("; ", message.lines()
                .filter(l -> !l.startsWith("   ") && !l.isBlank())
                .map(String::strip)
                .filter(l -> !l.startsWith("in ") && !l.startsWith("^") && !l.startsWith("at ["))
                .toList());
        return joined.isEmpty() ? "unreadable" : joined;
    }
}
