package io.newsradar.themes;

import io.newsradar.model.Theme;
import io.newsradar.index.syntax.QueryException;
import io.newsradar.index.syntax.QuerySyntax;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a themes file (YAML, UTF-8; format in {@code package-info.java}) into a validated, compiled
 * {@link ThemeSet}. Every problem is a {@link ThemesException} with {@code file:line: why}.
 */
public final class ThemesFile {
    /** Name of the starter themes file on the classpath. */
    public static final String DEFAULT_RESOURCE = "themes-default.yaml";

    private static final Set<String> TOP_KEYS = Set.of("aliases", "themes");
    private static final Set<String> THEME_KEYS = Set.of("name", "description", "query", "require");
    private static final Set<String> REQUIRE_KEYS = Set.of("in", "or_paragraph", "or_mentions", "focus");

    private final String file;

    private ThemesFile(String file) {
        this.file = file;
    }

    /**
     * @param path a themes file
     * @return its themes, compiled, in file order
     * @throws ThemesException when it cannot be read, is not UTF-8 YAML, or any definition is invalid
     */
    public static ThemeSet load(Path path) {
        String name = path.toString();
        try {
            return parse(decode(Files.readAllBytes(path), name), name);
        } catch (IOException e) {
            throw new ThemesException(name, 0, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** @return the starter themes shipped in the jar ({@value #DEFAULT_RESOURCE}) */
    public static ThemeSet loadDefault() {
        try (InputStream in = ThemesFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new ThemesException(DEFAULT_RESOURCE, 0, "missing from the classpath");
            return parse(decode(in.readAllBytes(), DEFAULT_RESOURCE), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new ThemesException(DEFAULT_RESOURCE, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * The theme names of a themes file, in file order, read without compiling any query: enough to check a theme
     * name typed on the command line, in a fraction of {@link #load}'s time.
     *
     * @param path a themes file, or null for the starter themes shipped in the jar
     * @return the names, or null when the file cannot be read or is not a themes list ({@link #load} says why)
     */
    public static List<String> names(Path path) {
        try {
            String text;
            String name = path == null ? DEFAULT_RESOURCE : path.toString();
            if (path == null) {
                try (InputStream in = ThemesFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                    if (in == null) return null;
                    text = decode(in.readAllBytes(), name);
                }
            } else {
                text = decode(Files.readAllBytes(path), name);
            }
            if (!(new YamlReader(name).read(text) instanceof YamlNode.Mapping top)
                    || !(top.entries().get("themes") instanceof YamlNode.Seq seq)) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (!(item instanceof YamlNode.Mapping m) || !(m.entries().get("name") instanceof YamlNode.Scalar n)
                        || n.text() == null) {
                    return null;
                }
                names.add(n.text().strip());
            }
            return names;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * @param text     the YAML text of a themes file
     * @param fileName the name used in error messages
     * @return its themes, compiled, in file order
     * @throws ThemesException on the first invalid definition
     */
    public static ThemeSet parse(String text, String fileName) {
        return new ThemesFile(fileName).read(new YamlReader(fileName).read(text));
    }

    private static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ThemesException(name, 0, "not UTF-8 text");
        }
    }

    private ThemeSet read(YamlNode root) {
        YamlNode.Mapping top = mapping(root, "the file");
        checkKeys(top, TOP_KEYS, "at the top level");
        AliasSets aliases = aliases(top.entries().get("aliases"));
        YamlNode themesNode = top.entries().get("themes");
        if (themesNode == null) throw new ThemesException(file, root.line(), "no 'themes:' list");
        if (!(themesNode instanceof YamlNode.Seq seq)) throw fail(themesNode, "'themes' must be a list");
        List<ThemeDefinition> definitions = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (YamlNode item : seq.items()) {
            ThemeDefinition d = theme(item, aliases);
            Integer earlier = seen.putIfAbsent(d.name(), d.line());
            if (earlier != null) throw fail(item, "duplicate theme name '" + d.name() + "' (first at line " + earlier + ")");
            definitions.add(d);
        }
        return new ThemeSet(file, definitions);
    }

    private AliasSets aliases(YamlNode node) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        if (node == null) return new AliasSets(sets);
        YamlNode.Mapping map = mapping(node, "'aliases'");
        map.entries().forEach((rawName, value) -> {
            String name = rawName.startsWith("@") ? rawName.substring(1) : rawName;
            int line = map.keyLines().get(rawName);
            if (!AliasSets.NAME.matcher(name).matches()) throw new ThemesException(file, line, "bad alias set name '" + rawName + "'");
            if (!(value instanceof YamlNode.Seq seq) || seq.items().isEmpty()) {
                throw new ThemesException(file, line, "alias set '@" + name + "' must be a non-empty list");
            }
            sets.put(name, seq.items().stream().map(item -> text(item, "an alias of '@" + name + "'")).toList());
        });
        AliasSets result = new AliasSets(sets);
        map.entries().forEach((rawName, value) -> checkAliasSet(result, rawName, map.keyLines().get(rawName)));
        return result;
    }

    private void checkAliasSet(AliasSets sets, String rawName, int line) {
        try {
            String expanded = sets.expand(rawName.startsWith("@") ? rawName.substring(1) : rawName);
            QueryText.expand(expanded, sets);
            QuerySyntax.checkWords(expanded);
        } catch (IllegalArgumentException e) {
            throw new ThemesException(file, line, "alias set '" + rawName + "': " + e.getMessage());
        }
    }

    private ThemeDefinition theme(YamlNode node, AliasSets aliases) {
        YamlNode.Mapping map = mapping(node, "a theme");
        checkKeys(map, THEME_KEYS, "in a theme");
        String name = required(map, "name").strip();
        String description = map.entries().containsKey("description") ? text(map.entries().get("description"), "'description'") : "";
        YamlNode queryNode = map.entries().get("query");
        String written = required(map, "query");
        Prominence require = ProminenceReader.read(map.entries().get("require"), this::fail, REQUIRE_KEYS,
                (at, text) -> expand(name, text, at, aliases));
        String expanded = expand(name, written, queryNode, aliases);
        var query = compile(name, expanded, queryNode);
        var focus = require.focus().isEmpty() ? query : compile(name, require.focus(), map.entries().get("require"));
        Theme theme = new Theme(name, description.strip(), written.strip(), ThemeDefinition.versionOf(name, expanded, require));
        return new ThemeDefinition(theme, expanded, require, query, focus, map.line());
    }

    private String expand(String name, String query, YamlNode at, AliasSets aliases) {
        try {
            String expanded = QueryText.expand(query, aliases);
            QuerySyntax.checkWords(query);
            return expanded;
        } catch (QueryText.Problem e) {
            throw fail(at, "theme '" + name + "': " + e.getMessage());
        } catch (QueryException e) {
            throw fail(at, "theme '" + name + "': " + e.getMessage() + " at column " + e.column());
        }
    }

    private org.apache.lucene.search.Query compile(String name, String expanded, YamlNode at) {
        try {
            return ThemeQueries.compile(expanded);
        } catch (QueryException e) {
            throw fail(at, "theme '" + name + "': " + e.getMessage());
        }
    }

    private YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) return m;
        throw fail(node, what + " must be a mapping, not " + YamlNode.kind(node));
    }

    private void checkKeys(YamlNode.Mapping map, Set<String> allowed, String where) {
        for (String key : map.entries().keySet()) {
            if (!allowed.contains(key)) {
                throw new ThemesException(file, map.keyLines().get(key),
                        "unknown key '" + key + "' " + where + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private String required(YamlNode.Mapping map, String key) {
        YamlNode node = map.entries().get(key);
        if (node == null) throw fail(map, "a theme needs '" + key + "'");
        String value = text(node, "'" + key + "'");
        if (value.isBlank()) throw fail(node, "'" + key + "' is blank");
        return value;
    }

    private String text(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s && s.text() != null) return s.text();
        throw fail(node, what + " must be text, not " + YamlNode.kind(node));
    }

    ThemesException fail(YamlNode node, String why) {
        return new ThemesException(file, node.line(), why);
    }
}
