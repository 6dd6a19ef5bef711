package io.newsradar.themes;

import io.newsradar.index.ArticleAnalysis;
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
 * analysed once into a Lucene {@code MemoryIndex} with the index's fields and analyzers ({@link ArticleViews}),
 * the terms the themes use are read from it once ({@link ArticleTerms}), the {@link Presearcher} keeps the themes
 * whose required terms occur, and each candidate's query and {@link Prominence} rules are checked with its
 * {@link QueryProgram}, compiled when the matcher is built. The result is the same as running each theme's Lucene
 * query on the in-memory views ({@link #isAbout}, the reference that {@code themes explain} uses).
 * Thread-safe: all per-article state lives in the call.
 */
final class MemoryThemeMatcher implements ThemeMatcher {
    private final ThemeSet themes;
    private final TermDictionary dictionary = new TermDictionary();
    private final List<Program> programs;
    private final Presearcher presearcher;

    /** A theme compiled for tagging: its query and focus as programs over {@link #dictionary}. */
    private record Program(String name, Prominence require, QueryProgram query, QueryProgram focus) {
        static Program of(ThemeDefinition d, TermDictionary dictionary) {
            QueryProgram query = QueryProgram.compile(ThemeQueries.Prepared.of(d.query()).query(), dictionary);
            QueryProgram focus = d.focus() == d.query() ? query
                    : QueryProgram.compile(ThemeQueries.Prepared.of(d.focus()).query(), dictionary);
            return new Program(d.name(), d.require(), query, focus);
        }
    }

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
        this.presearcher = Presearcher.of(themes.definitions().stream().map(ThemeDefinition::query).toList(), dictionary);
        this.programs = themes.definitions().stream().map(d -> Program.of(d, dictionary)).toList();
        dictionary.freeze();
    }

    @Override
    public List<String> match(Article article) {
        return match(new ArticleViews(article)); // analysed straight into the MemoryIndex: no tokens kept for reuse
    }

    @Override
    public List<String> match(ArticleAnalysis analysis) {
        return match(new ArticleViews(analysis));
    }

    /** @return the themes the article of {@code views} is about, in themes-file order */
    List<String> match(ArticleViews views) {
        try {
            ArticleTerms terms = ArticleTerms.of(views.full().reader(), dictionary);
            ArticleProbe probe = new ArticleProbe(views, terms, dictionary);
            BitSet candidates = presearcher.candidates(terms);
            List<String> names = new ArrayList<>();
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                Program p = programs.get(i);
                if (probe.isAbout(p.query(), p.focus(), p.require())) names.add(p.name());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index of " + views.article().id() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The reference decision, with Lucene queries on the in-memory views (slow: weights per article; used by
     * {@code themes explain} and by tests that check the tagging path against it).
     *
     * @return true when the theme's query matches the article and its prominence rules hold
     */
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
