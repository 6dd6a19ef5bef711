package io.newsradar.digest;

import io.newsradar.index.Schema;
import io.newsradar.model.Article;
import io.newsradar.themes.ThemeDefinition;
import io.newsradar.themes.ThemeExplainer;

/**
 * Where a theme is mentioned in an article, for {@link Importance}: the mentions {@code themes explain} reports
 * ({@link ThemeExplainer}: the theme's prominence focus, else its query), read as a placement (2 headline,
 * 1 lead, 0 elsewhere) and a count. The lead is the body's first paragraph (up to the first blank line), cut to
 * the index's lead length ({@link Schema#lead}), as the prominence rules define it.
 *
 * @param placement 2, 1 or 0
 * @param mentions  mentions in headline and body
 */
record Placement(int placement, int mentions) {
    /** Nothing known: no definition or no article text. */
    static final Placement UNKNOWN = new Placement(0, 0);

    /**
     * @param definition the compiled theme, or null when only the theme's name is known
     * @param article    the stored article
     * @return its placement; {@link #UNKNOWN} when {@code definition} is null
     */
    static Placement of(ThemeDefinition definition, Article article) {
        if (definition == null) return UNKNOWN;
        ThemeExplainer.Explanation e = ThemeExplainer.explain(definition, article);
        int leadEnd = leadEnd(article.body(), article.lang());
        int placement = 0;
        for (ThemeExplainer.Mention m : e.mentions()) {
            if (m.part().equals("title")) placement = 2;
            else if (m.part().equals("body") && m.start() < leadEnd) placement = Math.max(placement, 1);
        }
        return new Placement(placement, e.mentions().size());
    }

    /** @return the end offset (exclusive) of the lead in {@code body} */
    static int leadEnd(String body, String lang) {
        if (body == null || body.isEmpty()) return 0;
        int paragraph = body.indexOf("\n\n");
        int end = Schema.lead(body, lang).length();
        return paragraph < 0 ? end : Math.min(end, paragraph);
    }
}
