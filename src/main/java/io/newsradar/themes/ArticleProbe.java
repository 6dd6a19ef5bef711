package io.newsradar.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One article as the compiled themes test it: the {@link TermView}s of the whole article, of its headline and
 * lead, and of each body paragraph (cut as {@link ArticleViews} cuts them, made on first use), and the
 * {@link Prominence} rules applied to them. Not thread-safe; one per article and call.
 */
final class ArticleProbe {
    private final ArticleViews views;
    private final ArticleTerms terms;
    private final TermDictionary dictionary;
    private final TermView full;
    private TermView head;
    private Set<String> headParts;
    private List<TermView> paragraphs;

    ArticleProbe(ArticleViews views, ArticleTerms terms, TermDictionary dictionary) {
        this.views = views;
        this.terms = terms;
        this.dictionary = dictionary;
        this.full = new TermView.Full(terms, views);
    }

    /**
     * @param query   the theme's compiled query
     * @param focus   its compiled focus (the query itself when the theme has none)
     * @param require its prominence rules
     * @return true when the query matches and a rule holds, exactly as {@link MemoryThemeMatcher#isAbout} decides
     *         with Lucene on the in-memory views
     */
    boolean isAbout(QueryProgram query, QueryProgram focus, Prominence require) throws IOException {
        if (!query.hits(full)) return false;
        if (require.isNone()) return true;
        if (!require.in().isEmpty() && focus.hits(head(require.in()))) return true;
        if (require.orMentions() > 0 && reaches(focus, full, require.orMentions())) return true;
        if (require.orParagraph() > 0) {
            for (TermView paragraph : paragraphs()) {
                if (reaches(focus, paragraph, require.orParagraph())) return true;
            }
        }
        return false;
    }

    /** @return true when the focus has at least {@code need} mentions in the view (counted only if it could) */
    private static boolean reaches(QueryProgram focus, TermView view, int need) throws IOException {
        if (focus.bound(view) < need) return false;
        Mentions.Sink sink = new Mentions.Sink();
        return focus.mentions(view, sink) && sink.count() >= need;
    }

    private TermView head(Set<String> parts) {
        if (head == null || (parts != headParts && !parts.equals(headParts))) {
            int[] r = views.headRange(parts);
            head = new TermView.Slice(terms, dictionary, r[0] == 1, r[1], r[2], r[3], () -> views.head(parts));
            headParts = parts;
        }
        return head;
    }

    private List<TermView> paragraphs() {
        if (paragraphs == null) {
            paragraphs = new ArrayList<>();
            List<int[]> ranges = views.paragraphRanges();
            for (int i = 0; i < ranges.size(); i++) {
                int[] r = ranges.get(i);
                int index = i;
                paragraphs.add(new TermView.Slice(terms, dictionary, false, r[1], r[2], r[3],
                        () -> views.paragraphs().get(index)));
            }
        }
        return paragraphs;
    }
}
