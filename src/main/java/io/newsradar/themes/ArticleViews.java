package io.newsradar.themes;

import io.newsradar.index.ArticleMemoryIndex;
import io.newsradar.index.Schema;
import io.newsradar.model.Article;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One article as in-memory Lucene indexes, with the index's fields and analyzers ({@link ArticleMemoryIndex}):
 * the full article, and, built on first use, the views the
 * {@link Prominence} rules test: headline and/or lead alone, and each body paragraph alone. Not thread-safe;
 * one instance per article and call.
 */
final class ArticleViews {
    private final Article article;
    private final String lang;
    private View full;
    private View head;
    private Set<String> headParts;
    private List<View> paragraphs;

    ArticleViews(Article article) {
        this.article = article;
        this.lang = article.lang();
    }

    /** @return the whole article: title, lead and body */
    View full() {
        if (full == null) full = view(article.title(), article.body());
        return full;
    }

    /**
     * @return the headline and/or lead only ({@code parts} among {@code title}, {@code lead}); the lead here is the
     *         body's first paragraph, cut to the index's lead length ({@link Schema#lead}) when longer
     */
    View head(Set<String> parts) {
        if (head == null || !parts.equals(headParts)) {
            String lead = parts.contains("lead") ? firstParagraph() : "";
            head = view(parts.contains("title") ? article.title() : "", lead);
            headParts = parts;
        }
        return head;
    }

    private String firstParagraph() {
        String body = article.body().strip();
        int end = body.indexOf("\n\n");
        return Schema.lead(end < 0 ? body : body.substring(0, end), lang);
    }

    /** @return each body paragraph (split at blank lines) as an article of its own, no headline */
    List<View> paragraphs() {
        if (paragraphs == null) {
            paragraphs = new ArrayList<>();
            for (String p : article.body().split("\\n\\s*\\n")) {
                if (!p.isBlank()) paragraphs.add(view("", p.strip()));
            }
        }
        return paragraphs;
    }

    /** Indexes a title and body exactly as the on-disk index does ({@link ArticleMemoryIndex}). */
    private View view(String title, String body) {
        Article part = new Article(article.id(), article.url(), article.canonicalUrl(), title, body, article.published(),
                article.dateSource(), article.modified(), article.lang(), article.source(), article.site(),
                article.author(), article.paywalled(), article.indexable(), article.charset(), article.fetchedAt());
        return new View(ArticleMemoryIndex.of(part));
    }

    /** One in-memory index and its searcher. */
    static final class View {
        private final IndexSearcher searcher;

        View(MemoryIndex index) {
            index.freeze();
            this.searcher = index.createSearcher();
        }

        /** @return the single leaf of the view */
        LeafReader reader() {
            return searcher.getIndexReader().leaves().getFirst().reader();
        }

        /** @return where the query matches this view, or null when it does not */
        Matches matches(ThemeQueries.Prepared prepared) throws IOException {
            Query query = prepared.rewritten() ? prepared.query() : searcher.rewrite(prepared.query());
            Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
            return weight.matches(searcher.getIndexReader().leaves().getFirst(), 0);
        }
    }
}
