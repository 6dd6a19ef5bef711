package io.newsradar.digest;

import io.newsradar.query.ArticleSearcher;
import io.newsradar.themes.ThemeDefinition;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Where a theme is mentioned in an article, for {@link Importance}: its prominence focus (the {@code require.focus}
 * query, else the theme's query, aliases expanded: what the prominence rules test) looked up in the index
 * ({@link ArticleSearcher#mentions}) and read as a placement (2 headline, 1 lead, 0 elsewhere) and a count.
 *
 * @param placement 2, 1 or 0
 * @param mentions  mentions in headline and body
 */
record Placement(int placement, int mentions) {
    /** Nothing known: no definition, or the backend cannot tell. */
    static final Placement UNKNOWN = new Placement(0, 0);

    /**
     * @param searcher   the index
     * @param definition the compiled theme, or null when only the theme's name is known
     * @param ids        the articles
     * @return id -> placement for the articles found; empty when {@code definition} is null
     */
    static Map<String, Placement> of(ArticleSearcher searcher, ThemeDefinition definition, Collection<String> ids) throws IOException {
        if (definition == null || ids.isEmpty()) return Map.of();
        String focus = definition.require().focus().isEmpty() ? definition.expandedQuery() : definition.require().focus();
        Map<String, Placement> out = new java.util.HashMap<>();
        searcher.mentions(focus, ids).forEach((id, m) -> out.put(id, new Placement(m.inTitle() ? 2 : m.inLead() ? 1 : 0, m.count())));
        return out;
    }
}
