package io.newsradar.themes;

import io.newsradar.model.Theme;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The themes of one themes file, compiled and validated, in file order. Immutable; build a matcher for
 * ingest-time tagging with {@link #matcher()}.
 *
 * @param file        the file they came from (as named to the user)
 * @param definitions the compiled themes, in file order; names unique
 */
public record ThemeSet(String file, List<ThemeDefinition> definitions) {
    public ThemeSet {
        definitions = List.copyOf(definitions);
        var names = new HashSet<String>();
        for (ThemeDefinition d : definitions) {
            if (!names.add(d.name())) throw new IllegalArgumentException("duplicate theme '" + d.name() + "'");
        }
    }

    /** @return the themes as shared records, in file order */
    public List<Theme> themes() {
        return definitions.stream().map(ThemeDefinition::theme).toList();
    }

    /** @return the definition named {@code name} (exact match), if any */
    public Optional<ThemeDefinition> definition(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** @return a thread-safe matcher that tags one article at a time with these themes (no index needed) */
    public ThemeMatcher matcher() {
        return new MemoryThemeMatcher(this);
    }
}
