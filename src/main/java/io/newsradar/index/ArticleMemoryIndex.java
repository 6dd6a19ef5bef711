package io.newsradar.index;

import io.newsradar.model.Article;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * A one-article {@link MemoryIndex} with the same text fields, analyzers, positions and offsets as the article
 * index, plus the keyword fields {@code lang}, {@code source}, {@code site}: what theme matching at ingest runs
 * {@code QuerySyntax} queries against, without the index. Not thread-safe (build one per article and thread).
 */
public final class ArticleMemoryIndex {
    private ArticleMemoryIndex() {}

    /**
     * @param article the article to hold
     * @return a memory index over it, offsets stored (for explaining matches)
     */
    public static MemoryIndex of(Article article) {
        MemoryIndex mi = new MemoryIndex(true, false);
        for (IndexableField f : ArticleDocuments.textFields(article)) {
            mi.addField(f.name(), f.stringValue(), Analyzers.perField());
        }
        return withKeywords(mi, article);
    }

    /**
     * The same memory index as {@link #of(Article)}, built from tokens already analysed (the analysis the on-disk
     * index is written from too).
     *
     * @param analysis the analysed article
     * @return a memory index over it, offsets stored
     */
    public static MemoryIndex of(ArticleAnalysis analysis) {
        MemoryIndex mi = new MemoryIndex(true, false);
        analysis.addTo(mi);
        return withKeywords(mi, analysis.article());
    }

    private static MemoryIndex withKeywords(MemoryIndex mi, Article article) {
        mi.addField(new StringField(Schema.LANG, article.lang(), Field.Store.NO), null);
        mi.addField(new StringField(Schema.SOURCE, article.source(), Field.Store.NO), null);
        mi.addField(new StringField(Schema.SITE, article.site(), Field.Store.NO), null);
        return mi;
    }
}
