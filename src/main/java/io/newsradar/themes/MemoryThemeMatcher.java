package io.newsradar.themes;

import io.newsradar.model.Article;
import io.newsradar.model.Theme;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Tags one article at a time with the themes of a {@link ThemeSet}, without the on-disk index: the article is
 * analysed into a Lucene {@code MemoryIndex} with the index's fields and analyzers ({@link ArticleViews}), the
 * {@link Presearcher} keeps the themes whose required terms occur, and each candidate's query and
 * {@link Prominence} rules are checked. Thread-safe: all per-article state lives in the call.
 */
final class MemoryThemeMatcher implements ThemeMatcher {
    private final ThemeSet themes;
    private final List<Compiled> compiled;
    private final Presearcher presearcher;

    /** A definition with its queries prepared for running on one-article indexes. */
    record Compiled(ThemeDefinition definition, ThemeQueries.Prepared query, ThemeQueries.Prepared focus,
                    List<Set<BytesRef>> focusTerms) {
        static Compiled of(ThemeDefinition d) {
            ThemeQueries.Prepared query = ThemeQueries.Prepared.of(d.query());
            ThemeQueries.Prepared focus = d.focus() == d.query() ? query : ThemeQueries.Prepared.of(d.focus());
            List<Set<BytesRef>> terms = new ArrayList<>();
            for (int pass = 0; pass < Presearcher.PASSES; pass++) terms.add(RequiredTerms.of(d.focus(), pass));
            return new Compiled(d, query, focus, List.copyOf(terms));
        }
    }

    MemoryThemeMatcher(ThemeSet themes) {
        this.themes = themes;
        this.compiled = themes.definitions().stream().map(Compiled::of).toList();
        this.presearcher = Presearcher.of(themes.definitions().stream().map(ThemeDefinition::query).toList());
    }

    @Override
    public List<String> match(Article article) {
        try {
            ArticleViews views = new ArticleViews(article);
            BitSet candidates = presearcher.candidates(views.full().reader());
            List<String> names = new ArrayList<>();
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                Compiled c = compiled.get(i);
                if (isAbout(views, c)) names.add(c.definition().name());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index of " + article.id() + " failed: " + e.getMessage(), e);
        }
    }

    /** @return true when the theme's query matches the article and its prominence rules hold */
    static boolean isAbout(ArticleViews views, Compiled c) throws IOException {
        if (!views.full().hits(c.query())) return false;
        Prominence p = c.definition().require();
        if (p.isNone()) return true;
        if (!p.in().isEmpty()) {
            ArticleViews.View head = views.head(p.in());
            if (head.mayMatch(c.focusTerms()) && head.matches(c.focus()) != null) return true;
        }
        if (p.orMentions() > 0) {
            var focus = views.full().matches(c.focus());
            if (focus != null && Mentions.count(focus) >= p.orMentions()) return true;
        }
        if (p.orParagraph() > 0) {
            for (ArticleViews.View paragraph : views.paragraphs()) {
                if (!paragraph.mayMatch(c.focusTerms())) continue;
                var m = paragraph.matches(c.focus());
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
