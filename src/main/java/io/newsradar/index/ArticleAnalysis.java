package io.newsradar.index;

import io.newsradar.model.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article with its analysed text fields ({@link ArticleDocuments#textFields}), each analysed once with the index
 * analyzers ({@link Analyzers#perField()}) and kept as tokens ({@link TokenCapture}): the per-article
 * {@link MemoryIndex} of theme tagging ({@link ArticleMemoryIndex#of(ArticleAnalysis)}) and the on-disk index
 * ({@link ArticleDocuments#toDocument(ArticleAnalysis, java.util.Collection, java.time.Instant, Story)}) are both
 * fed from the same tokens instead of analysing the text twice, with the same result as analysing it in each
 * (terms, positions, offsets, norms and stored values; {@code ArticleAnalysisTest} checks it field by field).
 * Immutable and thread-safe; holds the tokens of one article (a few tens of KiB for a long article).
 */
public final class ArticleAnalysis {
    private final Article article;
    private final List<Analysed> fields;

    /** One text field: its name, its value (stored when the type says so), its type and its tokens. */
    private record Analysed(String name, String value, org.apache.lucene.index.IndexableFieldType type, TokenCapture tokens) {}

    private ArticleAnalysis(Article article, List<Analysed> fields) {
        this.article = article;
        this.fields = fields;
    }

    /**
     * @param article the article to analyse, not null
     * @return its text fields analysed
     * @throws NullPointerException when article is null
     */
    public static ArticleAnalysis of(Article article) {
        Objects.requireNonNull(article, "article");
        List<IndexableField> text = ArticleDocuments.textFields(article);
        List<Analysed> fields = new ArrayList<>(text.size());
        for (IndexableField f : text) {
            fields.add(new Analysed(f.name(), f.stringValue(), f.fieldType(),
                    TokenCapture.of(Analyzers.perField(), f.name(), f.stringValue())));
        }
        return new ArticleAnalysis(article, List.copyOf(fields));
    }

    /**
     * The same tokens for another article whose text fields are the same (a copy under another id, URL or date),
     * without analysing it again.
     *
     * @param other an article whose text fields ({@link ArticleDocuments#textFields}) equal this one's
     * @return the analysis of {@code other}
     * @throws IllegalArgumentException when a text field differs
     */
    public ArticleAnalysis forCopy(Article other) {
        List<IndexableField> text = ArticleDocuments.textFields(other);
        boolean same = text.size() == fields.size();
        for (int i = 0; same && i < text.size(); i++) {
            same = text.get(i).name().equals(fields.get(i).name())
                    && Objects.equals(text.get(i).stringValue(), fields.get(i).value());
        }
        if (!same) throw new IllegalArgumentException("text fields of " + other.id() + " differ from " + article.id() + "'s");
        return new ArticleAnalysis(other, fields);
    }

    /** @return the analysed article */
    public Article article() {
        return article;
    }

    /**
     * @return new fields equal to {@link ArticleDocuments#textFields(Article)}, whose token streams replay the
     *         captured tokens
     */
    List<IndexableField> textFields() {
        List<IndexableField> out = new ArrayList<>(fields.size());
        for (Analysed a : fields) {
            out.add(new Replayed(a));
        }
        return out;
    }

    /** A text field with its value (stored as the type says) whose tokens are the captured ones. */
    private static final class Replayed extends Field {
        private final TokenCapture tokens;

        Replayed(Analysed a) {
            super(a.name(), a.value(), a.type());
            this.tokens = a.tokens();
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return tokens.replay();
        }
    }

    /** Adds the text fields to a memory index, as {@code addField(name, value, Analyzers.perField())} would. */
    void addTo(MemoryIndex index) {
        for (Analysed a : fields) {
            index.addField(a.name(), a.tokens().replay(), Analyzers.perField().getPositionIncrementGap(a.name()),
                    Analyzers.perField().getOffsetGap(a.name()));
        }
    }
}
