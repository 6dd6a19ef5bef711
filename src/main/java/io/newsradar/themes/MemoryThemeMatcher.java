package io.newsradar.themes;

import io.newsradar.model.Article;
import io.newsradar.model.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Tags one article at a time with the themes of a {@link ThemeSet}, without the on-disk index: the article is
 * analysed into a Lucene {@code MemoryIndex} with the index's fields and analyzers ({@link ArticleViews}), the
 * {@link Presearcher} keeps the themes whose required terms occur, and each candidate's query and
 * {@link Prominence} rules are checked. Thread-safe: all per-article state lives in the call.
 */
final class MemoryThemeMatcher implements ThemeMatcher {
    private final ThemeSet themes;
    private final Presearcher presearcher;

    MemoryThemeMatcher(ThemeSet themes) {
        this.themes = themes;
        this.presearcher = new Presearcher(themes.definitions().stream().map(d -> RequiredTerms.of(d.query())).toList());
    }

    @Override
    public List<String> match(Article article) {
        try {
            ArticleViews views = new ArticleViews(article);
            BitSet candidates = presearcher.candidates(views.full().reader());
            List<String> names = new ArrayList<>();
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                ThemeDefinition d = themes.definitions().get(i);
                if (isAbout(views, d)) names.add(d.name());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index of " + article.id() + " failed: " + e.getMessage(), e);
        }
    }

    /** @return true when the theme's query matches the article and its prominence rules hold */
    static boolean isAbout(ArticleViews views, ThemeDefinition d) throws IOException {
        var full = views.full().matches(d.query());
        if (full == null) return false;
        Prominence p = d.require();
        if (p.isNone()) return true;
        if (!p.in().isEmpty() && views.head(p.in()).matches(d.focus()) != null) return true;
        if (p.orMentions() > 0) {
            var focus = d.focus() == d.query() ? full : views.full().matches(d.focus());
            if (focus != null && Mentions.count(focus) >= p.orMentions()) return true;
        }
        if (p.orParagraph() > 0) {
            for (ArticleViews.View paragraph : views.paragraphs()) {
                var m = paragraph.matches(d.focus());
                if (m != null && Mentions.count(m) >= p.orParagraph()) return true;
            }
        }
        return false;
    }

    @Override
    public List<Theme> themes() {
        return themes.themes();
    }

    /** @return the theme set this matcher was built from */
    ThemeSet themeSet() {
        return themes;
    }
}
