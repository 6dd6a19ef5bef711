package io.newsradar.themes;

import io.newsradar.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Says why an article is or is not tagged with a theme ({@code themes explain ARTICLE THEME}): whether the query
 * matches, which prominence rule holds (or that none does), and where the focus is mentioned, with offsets.
 */
public final class ThemeExplainer {
    private ThemeExplainer() {}

    /**
     * @param verdict  {@code tagged}, {@code not about} (the query matches, no prominence rule holds) or
     *                 {@code no match}
     * @param reason   one line: the rule that holds or the numbers that fall short
     * @param mentions where the focus (or the query) is mentioned: {@code title} or {@code body} offsets
     */
    public record Explanation(String theme, String version, String verdict, String reason, List<Mention> mentions) {
        public Explanation {
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * @param part  {@code title} or {@code body}
     * @param start first character (0-based, UTF-16 offsets into the title or body)
     * @param end   end character, exclusive
     * @param text  the mentioned text
     */
    public record Mention(String part, int start, int end, String text) {}

    /**
     * @param definition a theme of a loaded {@link ThemeSet}
     * @param article    the article
     * @return the explanation
     */
    public static Explanation explain(ThemeDefinition definition, Article article) {
        try {
            var compiled = MemoryThemeMatcher.Compiled.of(definition);
            ArticleViews views = new ArticleViews(article);
            var focus = views.full().matches(compiled.focus());
            List<Mention> mentions = focus == null ? List.of() : Mentions.spans(focus).stream()
                    .map(s -> new Mention(s.part(), s.start(), s.end(), text(article, s))).toList();
            String version = definition.theme().version();
            if (!views.full().hits(compiled.query())) {
                return new Explanation(definition.name(), version, "no match", "the query does not match the article", mentions);
            }
            String rule = rule(views, compiled, mentions.size());
            boolean about = MemoryThemeMatcher.isAbout(new ArticleViews(article), compiled);
            return new Explanation(definition.name(), version, about ? "tagged" : "not about", rule, mentions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rule(ArticleViews views, MemoryThemeMatcher.Compiled c, int mentions) throws IOException {
        Prominence p = c.definition().require();
        if (p.isNone()) return "the query matches; the theme has no prominence rule";
        if (!p.in().isEmpty() && views.head(p.in()).matches(c.focus()) != null) return "in " + String.join("/", p.in().stream().sorted().toList());
        if (p.orMentions() > 0 && mentions >= p.orMentions()) return mentions + " mentions >= " + p.orMentions();
        int best = 0, index = 0, at = 0;
        for (ArticleViews.View paragraph : views.paragraphs()) {
            index++;
            var m = paragraph.matches(c.focus());
            int n = m == null ? 0 : Mentions.count(m);
            if (n > best) {
                best = n;
                at = index;
            }
        }
        if (p.orParagraph() > 0 && best >= p.orParagraph()) return "paragraph " + at + " has " + best + " mentions >= " + p.orParagraph();
        return "not in " + p.in() + "; " + mentions + " mentions (need " + p.orMentions() + "); best paragraph "
                + best + " mentions (need " + p.orParagraph() + ")";
    }

    private static String text(Article article, Mentions.Span s) {
        String source = s.part().equals("title") ? article.title() : article.body();
        return s.end() <= source.length() ? source.substring(s.start(), s.end()) : "";
    }
}
