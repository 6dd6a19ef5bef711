package io.newsradar.themes;

import io.newsradar.model.Theme;
import org.apache.lucene.search.Query;

import java.util.Objects;

/**
 * One theme of a themes file, compiled: the shared {@link Theme} record (name, description, query as written,
 * version) plus what matching needs.
 *
 * @param theme         the theme as the rest of newsradar sees it
 * @param expandedQuery the query with every {@code @alias} replaced by its set (what the parser received)
 * @param require       the prominence rules ("about, not mentions"); {@link Prominence#NONE} when none
 * @param query         the compiled Lucene query over the index's fields (see {@code io.newsradar.index.Schema})
 * @param focus         the compiled query the prominence rules test: {@code require.focus} when given, else
 *                      {@code query} itself
 * @param line          1-based line of the theme in its file (for messages)
 */
public record ThemeDefinition(Theme theme, String expandedQuery, Prominence require, Query query, Query focus,
                              int line) {
    public ThemeDefinition {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(expandedQuery, "expandedQuery");
        Objects.requireNonNull(require, "require");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(focus, "focus");
    }

    /** @return the theme's name */
    public String name() {
        return theme.name();
    }

    /**
     * The version of a definition: the first 8 hex digits of the SHA-256 of its name, expanded query and
     * prominence rules (so editing an alias set a theme uses changes its version; editing the description
     * does not).
     */
    static String versionOf(String name, String expandedQuery, Prominence require) {
        String canonical = name + "\n" + expandedQuery.strip().replaceAll("\\s+", " ") + "\n" + require.canonical();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
